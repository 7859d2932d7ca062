import type { Request, Response, Router } from 'express';
import { ScimError } from './errors';
import { parseListRequest, type ListRequest } from './list-request';
import { ifMatchVersion, sendScim, weakEtag } from './respond';

/**
 * What every single-resource route (`/Users/{id}`, `/Groups/{id}`, the creates) reads from its
 * request besides the body: the `{id}`, the projection and `If-Match`.
 */
export type Projection = Pick<ListRequest, 'attributes' | 'excludedAttributes'>;

/** `attributes` / `excludedAttributes` of a write or a GET by id come from its query string (RFC 7644 §3.9). */
export const projectionOf = (req: Request): Projection => parseListRequest(req.query as Record<string, unknown>);

/** The `{id}` of `/<Resource>/{id}`. */
export const idOf = (req: Request): string => String(req.params.id);

/** Whether the client named any attributes (a write answered 204 by default then answers 200 with the resource). */
export const asksForAttributes = (projection: Projection): boolean =>
  projection.attributes.length > 0 || projection.excludedAttributes.length > 0;

/**
 * Whether the response shows the top-level attribute `name` (lower-case) of the core schema `coreUrn`,
 * so it is worth reading: `excludedAttributes=members` spares a group's member list.
 */
export function shows(projection: Projection, coreUrn: string, name: string): boolean {
  const core = `${coreUrn.toLowerCase()}:`;
  const named = (list: readonly string[]): boolean =>
    list.some((text) => {
      const lower = text.trim().toLowerCase();
      return (lower.startsWith(core) ? lower.slice(core.length) : lower).split(/[.[]/)[0] === name;
    });
  return projection.attributes.length > 0 ? named(projection.attributes) : !named(projection.excludedAttributes);
}

/** The version an `If-Match` names (RFC 7644 §3.14); undefined without one (or `*`). An ETag that is not ours never matches. */
export function expectedVersion(req: Request): number | undefined {
  const version = ifMatchVersion(req.get('if-match'));
  if (version === null) throw new ScimError(412, undefined, `If-Match ${req.get('if-match')} does not name a version of this resource`);
  return version ?? undefined;
}

/** The 412 of an `If-Match` that names another version than the current one. */
export const staleVersion = (expected: number, current: number): ScimError =>
  new ScimError(412, undefined, `If-Match ${weakEtag(expected)} does not match the current version ${weakEtag(current)}`);

type Handler = (req: Request, res: Response) => Promise<void>;

/** The handlers of one resource endpoint (RFC 7644 §3.2). */
export interface ResourceHandlers {
  list: Handler;
  create: Handler;
  get: Handler;
  replace: Handler;
  patch: Handler;
  remove: Handler;
}

/** Mounts a resource endpoint: list (GET and `POST …/.search`), create, and get/replace/patch/delete by id. */
export function mountResource(router: Router, endpoint: string, handlers: ResourceHandlers): void {
  router.get(endpoint, handlers.list);
  router.post(`${endpoint}/.search`, handlers.list);
  router.post(endpoint, handlers.create);
  router.get(`${endpoint}/:id`, handlers.get);
  router.put(`${endpoint}/:id`, handlers.replace);
  router.patch(`${endpoint}/:id`, handlers.patch);
  router.delete(`${endpoint}/:id`, handlers.remove);
}

/**
 * RFC 7644 §3.6 with §3.14: a DELETE carrying If-Match reads the current version first and answers
 * 412 when it differs; without one it deletes at once. Answers 204.
 */
export async function deleteChecked(req: Request, res: Response, currentVersion: () => Promise<number>, remove: () => Promise<unknown>): Promise<void> {
  const expected = expectedVersion(req);
  if (expected !== undefined) {
    const current = await currentVersion();
    if (current !== expected) throw staleVersion(expected, current);
  }
  await remove();
  sendScim(res, 204);
}
