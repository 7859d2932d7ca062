import type { Request, Response, Router } from 'express';
import { backendOf, type ScimBackend } from './backend';
import type { ScimDependencies } from './execute';
import { listRequestOf } from './list-request';
import { listQueryOf } from './mapping/list-query';
import { pageInfoOf, toListResponse } from './mapping/list-response';
import { readUserBody } from './mapping/user-body';
import { userListVariables } from './mapping/user-list';
import { userChangeOf } from './mapping/user-patch';
import { toScimUser, toUserInput } from './mapping/user.mapper';
import type { ScimUserFragment } from './operations/users.generated';
import { listPage, type ListFetch } from './paging';
import { applyPatchOperations, parsePatchRequest } from './patch';
import { project } from './projection';
import { deleteChecked, expectedVersions, guardVersion, idOf, matchedVersion, mountResource, projectionOf, shows as showsAttribute, type Projection } from './resource-request';
import { sendScim, weakEtag } from './respond';
import type { ScimRoutes } from './router';
import { CORE_USER, ENTERPRISE_USER, ROLE_EXTENSION, USER_CATALOGUE } from './schemas';

const EXTENSION_URNS = [ENTERPRISE_USER, ROLE_EXTENSION];

/** Whether the response shows the top-level User attribute `name` (lower-case), so it is worth reading. */
const shows = (projection: Projection, name: string): boolean => showsAttribute(projection, CORE_USER, name);

/** One page of users rendered as /Users renders them, for `GET /Users`, `POST /Users/.search` and the root `POST /.search`. */
export function createUserLister(baseUrl: string): ListFetch {
  return async (backend, query, paged, projection) => {
    const users = await backend.users.list({ ...userListVariables(query), ...paged, withGroups: shows(projection, 'groups') });
    const resources = users.nodes.map((user) => project(toScimUser(user, baseUrl), projection, EXTENSION_URNS));
    return { totalResults: users.totalCount ?? 0, resources, ...pageInfoOf(users.pageInfo) };
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
   * RFC 7644 §3.5.2: read, apply every operation to the SCIM resource, and send what changed as one
   * `updateUser`, which applies it to the row it locks for the write (`SELECT … FOR UPDATE`), so the
   * PATCH is all or nothing and serialises on the row. A write that lands between our read and our
   * update is kept, not a reason for 412: without If-Match a PATCH never answers 412 (RFC 7644
   * §3.14). With If-Match, 412 exactly when the user is at none of the versions it names. A PATCH
   * that changes nothing writes nothing: a repeated deactivate keeps its version
   * (okta/09-repeat-deactivate.json).
   */
  async function patchUser(backend: ScimBackend, id: string, body: unknown, expected: readonly number[] | undefined, withGroups: boolean): Promise<ScimUserFragment> {
    const operations = parsePatchRequest(body);
    const user = await backend.users.get(id, false);
    const guard = matchedVersion(expected, user.version);
    const resource = toScimUser(user, deps.baseUrl);
    const change = userChangeOf(toUserInput(resource), toUserInput(applyPatchOperations(resource, operations, USER_CATALOGUE)));
    if (!change.changed) return withGroups ? backend.users.get(user.id, true) : user;
    return backend.users.update(user.id, change.input, change.listsAsRead, guard ?? null, withGroups);
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
      const { users } = backendOf(res);
      const ifVersion = await guardVersion(expectedVersions(req), () => users.version(idOf(req)));
      const user = await users.replace(idOf(req), input, ifVersion, shows(projection, 'groups'));
      sendUser(res, 200, user, projection);
    },

    async patch(req: Request, res: Response): Promise<void> {
      const projection = projectionOf(req);
      const user = await patchUser(backendOf(res), idOf(req), req.body, expectedVersions(req), shows(projection, 'groups'));
      sendUser(res, 200, user, projection);
    },

    /** RFC 7644 §3.6: 204; the user is deactivated, then tombstoned (404 afterwards, userName free). */
    async remove(req: Request, res: Response): Promise<void> {
      const { users } = backendOf(res);
      await deleteChecked(req, res, () => users.version(idOf(req)), (ifVersion) => users.remove(idOf(req), ifVersion));
    },
  };
}

/** Registers `/Users` on the SCIM router. */
export const userRoutes: ScimRoutes = (router: Router, deps: ScimDependencies) => {
  mountResource(router, '/Users', createUserRoutes(deps));
};
