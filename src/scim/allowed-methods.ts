import type { Router } from 'express';

/**
 * The methods each path of the SCIM router answers, read from the routes it registered, so that a
 * 405's `Allow` (RFC 9110 §15.5.6) cannot drift from what the router serves. Matching follows the
 * router's options: case-insensitive, a trailing slash tolerated, `:name` one segment.
 */
export type AllowedMethods = (path: string) => string[];

interface RouteMethods {
  /** The route's path split at `/`, lower-cased; null marks a `:param` segment. */
  segments: (string | null)[];
  methods: string[];
}

const segmentsOf = (path: string): string[] => path.toLowerCase().split('/').filter((segment) => segment !== '');

function matches(route: RouteMethods, segments: readonly string[]): boolean {
  return route.segments.length === segments.length && route.segments.every((segment, i) => segment === null || segment === segments[i]);
}

/**
 * The routes `router` holds now, by path. A route for every method (`router.all`) is left out: no
 * request to its path falls through to a 405. Paths that are not strings are never registered here.
 */
export function allowedMethods(router: Router): AllowedMethods {
  const routes: RouteMethods[] = [];
  for (const layer of router.stack) {
    const route = layer.route;
    if (!route || typeof route.path !== 'string') continue;
    const methods = route.stack.map((handler) => handler.method).filter((method): method is string => typeof method === 'string');
    if (methods.length === 0) continue;
    routes.push({ segments: segmentsOf(route.path).map((segment) => (segment.startsWith(':') ? null : segment)), methods });
  }
  return (path) => {
    const segments = segmentsOf(path);
    const methods = new Set(routes.filter((route) => matches(route, segments)).flatMap((route) => route.methods.map((m) => m.toUpperCase())));
    // Express answers HEAD with a route's GET handler.
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
}
