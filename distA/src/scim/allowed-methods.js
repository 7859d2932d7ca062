"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.allowedMethods = allowedMethods;
const segmentsOf = (path) => path.toLowerCase().split('/').filter((segment) => segment !== '');
function matches(route, segments) {
    return route.segments.length === segments.length && route.segments.every((segment, i) => segment === null || segment === segments[i]);
}
/**
 * The routes `router` holds now, by path. A route for every method (`router.all`) is left out: no
 * request to its path falls through to a 405. Paths that are not strings are never registered here.
 */
function allowedMethods(router) {
    const routes = [];
    for (const layer of router.stack) {
        const route = layer.route;
        if (!route || typeof route.path !== 'string')
            continue;
        const methods = route.stack.map((handler) => handler.method).filter((method) => typeof method === 'string');
        if (methods.length === 0)
            continue;
        routes.push({ segments: segmentsOf(route.path).map((segment) => (segment.startsWith(':') ? null : segment)), methods });
    }
    return (path) => {
        const segments = segmentsOf(path);
        const methods = new Set(routes.filter((route) => matches(route, segments)).flatMap((route) => route.methods.map((m) => m.toUpperCase())));
        // Express answers HEAD with a route's GET handler.
        if (methods.has('GET'))
            methods.add('HEAD');
        return [...methods].sort();
    };
}
//# sourceMappingURL=allowed-methods.js.map