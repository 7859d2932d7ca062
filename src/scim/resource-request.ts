import type { Request, Response, Router } from 'express';
import { ScimError } from './errors';
import { parseListRequest, type ListRequest } from './list-request';
import { ifMatchVersions, sendScim, weakEtag } from './respond';

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

/**
 * The versions an `If-Match` names (RFC 7644 §3.14, RFC 9110 §13.1.1); undefined without one (or
 * with `*`). A header naming no version of ours never matches: 412 before anything is read.
 */
export function expectedVersions(req: Request): readonly number[] | undefined {
  const versions = ifMatchVersions(req.get('if-match'));
  if (versions?.length === 0) throw new ScimError(412, undefined, `If-Match ${req.get('if-match')} does not name a version of this resource`);
  return versions;
}

const etagList = (versions: readonly number[]): string => versions.map(weakEtag).join(', ');

/** The 412 of an `If-Match` that names none of the current version. */
const staleVersion = (expected: readonly number[], current: number): ScimError =>
  new ScimError(412, undefined, `If-Match ${etagList(expected)} does not match the current version ${weakEtag(current)}`);

/**
 * The version a write read at `current` is guarded by: undefined without If-Match, `current` when
 * the If-Match names it (the precondition holds when any of its tags does), else 412.
 */
export function matchedVersion(expected: readonly number[] | undefined, current: number): number | undefined {
  if (expected === undefined) return undefined;
  if (!expected.includes(current)) throw staleVersion(expected, current);
  return current;
}

/**
 * The version a write that reads nothing first is guarded by (null: unguarded). One tag is handed
 * to the write, whose guard answers 412 itself; a list reads the current version first and guards
 * the write by the one it names, so a write landing in between still answers 412.
 */
export async function guardVersion(expected: readonly number[] | undefined, currentVersion: () => Promise<number>): Promise<number | null> {
  if (expected === undefined) return null;
  if (expected.length === 1) return expected[0];
  return matchedVersion(expected, await currentVersion()) ?? null;
}

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
 * RFC 7644 §3.6 with §3.14: a DELETE carrying If-Match deletes only at the version it names, checked
 * on the row locked for the delete (`guardVersion`), so a write landing after the client's read
 * answers 412 instead of being deleted; without one it deletes at once. Answers 204.
 */
export async function deleteChecked(
  req: Request,
  res: Response,
  currentVersion: () => Promise<number>,
  remove: (ifVersion: number | null) => Promise<unknown>,
): Promise<void> {
  await remove(await guardVersion(expectedVersions(req), currentVersion));
  sendScim(res, 204);
}
