import type { Request, Response, Router } from 'express';
import { backendOf, type ScimBackend } from './backend';
import { isScimError } from './errors';
import type { ScimDependencies } from './execute';
import { listRequestOf } from './list-request';
import { listQueryOf } from './mapping/list-query';
import { toListResponse } from './mapping/list-response';
import { readUserBody } from './mapping/user-body';
import { userListVariables } from './mapping/user-list';
import { toScimUser, toUserInput } from './mapping/user.mapper';
import type { ScimUserFragment } from './operations/users.generated';
import { listPage, type ListFetch } from './paging';
import { applyPatchOperations, parsePatchRequest } from './patch';
import { project } from './projection';
import { deleteChecked, expectedVersion, idOf, mountResource, projectionOf, shows as showsAttribute, staleVersion as stale, type Projection } from './resource-request';
import { sendScim, weakEtag } from './respond';
import type { ScimRoutes } from './router';
import { CORE_USER, ENTERPRISE_USER, ROLE_EXTENSION, USER_CATALOGUE } from './schemas';

const EXTENSION_URNS = [ENTERPRISE_USER, ROLE_EXTENSION];
/** PATCH attempts when another write lands between our read and our replace (no If-Match given). */
const PATCH_ATTEMPTS = 3;

/** Whether the response shows the top-level User attribute `name` (lower-case), so it is worth reading. */
const shows = (projection: Projection, name: string): boolean => showsAttribute(projection, CORE_USER, name);

/** One page of users rendered as /Users renders them, for `GET /Users`, `POST /Users/.search` and the root `POST /.search`. */
export function createUserLister(baseUrl: string): ListFetch {
  return async (backend, query, paged, projection) => {
    const users = await backend.users.list({ ...userListVariables(query), ...paged, withGroups: shows(projection, 'groups') });
    const resources = users.nodes.map((user) => project(toScimUser(user, baseUrl), projection, EXTENSION_URNS));
    return { totalResults: users.totalCount ?? 0, resources, ...users.pageInfo };
  };
}

/** The `/Users` routes (RFC 7644 §3.2–§3.6): SCIM in, typed GraphQL calls through the request's backend, SCIM out. */
export function createUserRoutes(deps: ScimDependencies) {
  const fetch = createUserLister(deps.baseUrl);

  function sendUser(res: Response, status: number, user: ScimUserFragment, projection: Projection, headers: Record<string, string> = {}): void {
    const resource = project(toScimUser(user, deps.baseUrl), projection, EXTENSION_URNS);
    sendScim(res, status, resource, { ETag: weakEtag(user.version), ...headers });
  }

  /**
   * RFC 7644 §3.5.2: read, apply every operation to the SCIM resource, and write the result with one
   * replace guarded by the version read, so the PATCH is all or nothing. Without If-Match a write
   * that lands in between is retried on fresh data; with one, a stale version is 412. A PATCH that
   * changes nothing writes nothing: a repeated deactivate keeps its version (okta/09-repeat-deactivate.json).
   */
  async function patchUser(backend: ScimBackend, id: string, body: unknown, expected: number | undefined, withGroups: boolean): Promise<ScimUserFragment> {
    const operations = parsePatchRequest(body);
    for (let attempt = 1; ; attempt += 1) {
      const user = await backend.users.get(id, false);
      if (expected !== undefined && expected !== user.version) throw stale(expected, user.version);
      const input = toUserInput(applyPatchOperations(toScimUser(user, deps.baseUrl), operations, USER_CATALOGUE));
      try {
        return await backend.users.replace(user.id, input, user.version, withGroups);
      } catch (error) {
        const lostRace = isScimError(error) && error.status === 412 && expected === undefined;
        if (!lostRace || attempt >= PATCH_ATTEMPTS) throw error;
      }
    }
  }

  return {
    /** GET /Users and POST /Users/.search (RFC 7644 §3.4.2, §3.4.3). */
    async list(req: Request, res: Response): Promise<void> {
      const request = listRequestOf(req);
      const page = await listPage(backendOf(res), request, listQueryOf(USER_CATALOGUE, request), fetch);
      sendScim(res, 200, toListResponse(request, page));
    },

    async get(req: Request, res: Response): Promise<void> {
      const projection = projectionOf(req);
      sendUser(res, 200, await backendOf(res).users.get(idOf(req), shows(projection, 'groups')), projection);
    },

    /** RFC 7644 §3.3: 201 with the resource, `Location` and `ETag`; a taken userName is 409 uniqueness. */
    async create(req: Request, res: Response): Promise<void> {
      const projection = projectionOf(req);
      const user = await backendOf(res).users.create(toUserInput(readUserBody(req.body)), shows(projection, 'groups'));
      sendUser(res, 201, user, projection, { Location: `${deps.baseUrl}/Users/${user.id}` });
    },

    /** RFC 7644 §3.5.1: the body replaces the user; `active` false/true deactivates/reactivates in the domain. */
    async replace(req: Request, res: Response): Promise<void> {
      const projection = projectionOf(req);
      const input = toUserInput(readUserBody(req.body, idOf(req)));
      const user = await backendOf(res).users.replace(idOf(req), input, expectedVersion(req) ?? null, shows(projection, 'groups'));
      sendUser(res, 200, user, projection);
    },

    async patch(req: Request, res: Response): Promise<void> {
      const projection = projectionOf(req);
      const user = await patchUser(backendOf(res), idOf(req), req.body, expectedVersion(req), shows(projection, 'groups'));
      sendUser(res, 200, user, projection);
    },

    /** RFC 7644 §3.6: 204; the user is deactivated, then tombstoned (404 afterwards, userName free). */
    async remove(req: Request, res: Response): Promise<void> {
      const { users } = backendOf(res);
      await deleteChecked(req, res, () => users.version(idOf(req)), () => users.remove(idOf(req)));
    },
  };
}

/** Registers `/Users` on the SCIM router. */
export const userRoutes: ScimRoutes = (router: Router, deps: ScimDependencies) => {
  mountResource(router, '/Users', createUserRoutes(deps));
};
