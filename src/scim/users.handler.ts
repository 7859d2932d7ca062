import type { Request, Response, Router } from 'express';
import { isScimError } from './errors';
import type { ScimDependencies } from './execute';
import { listRequestOf } from './list-request';
import { toListResponse } from './mapping/list-response';
import { readUserBody } from './mapping/user-body';
import { userFilterInput, userOrderBy } from './mapping/user-list';
import { toScimUser, toUserInput } from './mapping/user.mapper';
import type { GraphQLUser } from './mapping/graphql-user';
import {
  prepareUserOperations,
  type CreateUserResult,
  type ReplaceUserResult,
  type UserOperations,
  type UserResult,
  type UserVersionResult,
  type UsersResult,
} from './user-operations';
import { createListPaging, type ListFetch, type ListPaging } from './paging';
import { applyPatchOperations, parsePatchRequest } from './patch';
import { project } from './projection';
import { deleteChecked, expectedVersion, idOf, mountResource, projectionOf, shows as showsAttribute, staleVersion as stale, type Projection } from './resource-request';
import { sendScim, weakEtag } from './respond';
import { runGraphQL, type ScimRoutes } from './router';
import { CORE_USER, ENTERPRISE_USER, ROLE_EXTENSION, USER_CATALOGUE } from './schemas';

const EXTENSION_URNS = [ENTERPRISE_USER, ROLE_EXTENSION];
/** PATCH attempts when another write lands between our read and our replace (no If-Match given). */
const PATCH_ATTEMPTS = 3;

/** Whether the response shows the top-level User attribute `name` (lower-case), so it is worth reading. */
const shows = (projection: Projection, name: string): boolean => showsAttribute(projection, CORE_USER, name);

/** One page of users rendered as /Users renders them, for `GET /Users`, `POST /Users/.search` and the root `POST /.search`. */
export function createUserLister(deps: ScimDependencies, ops: UserOperations): ListFetch {
  return async (res, query, paged, projection, total) => {
    const variables = { ...query, ...paged, withGroups: shows(projection, 'groups'), withTotal: total === null };
    const { users } = await runGraphQL<UsersResult>(deps, res, ops.users, variables);
    const resources = users.nodes.map((user) => project(toScimUser(user, deps.baseUrl), projection, EXTENSION_URNS));
    return { totalResults: users.totalCount ?? total ?? 0, resources, ...users.pageInfo };
  };
}

/** The `/Users` routes (RFC 7644 §3.2–§3.6): SCIM in, GraphQL documents through `execute`, SCIM out. */
export function createUserRoutes(deps: ScimDependencies, ops: UserOperations, paging: ListPaging = createListPaging()) {
  const fetch = createUserLister(deps, ops);
  const run = <T>(res: Response, document: UserOperations[keyof UserOperations], variables: Record<string, unknown>) =>
    runGraphQL<T>(deps, res, document, variables);

  function sendUser(res: Response, status: number, user: GraphQLUser, projection: Projection, headers: Record<string, string> = {}): void {
    const resource = project(toScimUser(user, deps.baseUrl), projection, EXTENSION_URNS);
    sendScim(res, status, resource, { ETag: weakEtag(user.version), ...headers });
  }

  return {
    /** GET /Users and POST /Users/.search (RFC 7644 §3.4.2, §3.4.3). */
    async list(req: Request, res: Response): Promise<void> {
      const request = listRequestOf(req);
      const query = { filter: userFilterInput(request.filter), orderBy: userOrderBy(request) };
      sendScim(res, 200, toListResponse(request, await paging.page(req, res, 'Users', request, query, fetch)));
    },

    async get(req: Request, res: Response): Promise<void> {
      const projection = projectionOf(req);
      const { user } = await run<UserResult>(res, ops.user, { id: idOf(req), withGroups: shows(projection, 'groups') });
      sendUser(res, 200, user, projection);
    },

    /** RFC 7644 §3.3: 201 with the resource, `Location` and `ETag`; a taken userName is 409 uniqueness. */
    async create(req: Request, res: Response): Promise<void> {
      const projection = projectionOf(req);
      const input = toUserInput(readUserBody(req.body));
      const { createUser: user } = await run<CreateUserResult>(res, ops.createUser, { input, withGroups: shows(projection, 'groups') });
      sendUser(res, 201, user, projection, { Location: `${deps.baseUrl}/Users/${user.id}` });
    },

    /** RFC 7644 §3.5.1: the body replaces the user; `active` false/true deactivates/reactivates in the domain. */
    async replace(req: Request, res: Response): Promise<void> {
      const projection = projectionOf(req);
      const input = toUserInput(readUserBody(req.body, idOf(req)));
      const variables = { id: idOf(req), input, ifVersion: expectedVersion(req) ?? null, withGroups: shows(projection, 'groups') };
      const { replaceUser: user } = await run<ReplaceUserResult>(res, ops.replaceUser, variables);
      sendUser(res, 200, user, projection);
    },

    /**
     * RFC 7644 §3.5.2: read, apply every operation to the SCIM resource, and write the result with one
     * replaceUser guarded by the version read, so the PATCH is all or nothing. Without If-Match a write
     * that lands in between is retried on fresh data; with one, a stale version is 412. A PATCH that
     * changes nothing writes nothing: a repeated deactivate keeps its version (okta/09-repeat-deactivate.json).
     */
    async patch(req: Request, res: Response): Promise<void> {
      const operations = parsePatchRequest(req.body);
      const expected = expectedVersion(req);
      const projection = projectionOf(req);
      for (let attempt = 1; ; attempt += 1) {
        const { user } = await run<UserResult>(res, ops.user, { id: idOf(req), withGroups: false });
        if (expected !== undefined && expected !== user.version) throw stale(expected, user.version);
        const input = toUserInput(applyPatchOperations(toScimUser(user, deps.baseUrl), operations, USER_CATALOGUE));
        const variables = { id: user.id, input, ifVersion: user.version, withGroups: shows(projection, 'groups') };
        try {
          const { replaceUser: updated } = await run<ReplaceUserResult>(res, ops.replaceUser, variables);
          sendUser(res, 200, updated, projection);
          return;
        } catch (error) {
          const lostRace = isScimError(error) && error.status === 412 && expected === undefined;
          if (!lostRace || attempt >= PATCH_ATTEMPTS) throw error;
        }
      }
    },

    /** RFC 7644 §3.6: 204; the user is deactivated, then tombstoned (404 afterwards, userName free). */
    async remove(req: Request, res: Response): Promise<void> {
      const currentVersion = async () => (await run<UserVersionResult>(res, ops.userVersion, { id: idOf(req) })).user.version;
      await deleteChecked(req, res, currentVersion, () => run(res, ops.deleteUser, { id: idOf(req) }));
    },
  };
}

/** Registers `/Users` on the SCIM router; its GraphQL documents are prepared here, once, at start-up. */
export const userRoutes: ScimRoutes = (router: Router, deps: ScimDependencies) => {
  mountResource(router, '/Users', createUserRoutes(deps, prepareUserOperations(deps.schema)));
};
