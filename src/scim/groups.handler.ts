import type { Request, Response, Router } from 'express';
import { backendOf, type ScimBackend } from './backend';
import type { ScimDependencies } from './execute';
import type { JsonObject } from './json';
import { listRequestOf } from './list-request';
import { groupListVariables } from './mapping/group-list';
import { changedFields, memberInput } from './mapping/group-patch';
import { groupFieldsOf, readGroupBody, toScimGroup, type GroupMember } from './mapping/group.mapper';
import { listQueryOf } from './mapping/list-query';
import { pageInfoOf, toListResponse } from './mapping/list-response';
import type { ScimTeamFragment } from './operations/groups.generated';
import { applyPatchOperations, groupPatchToMemberChanges, type GroupMemberChanges } from './patch';
import { listPage, type ListFetch } from './paging';
import { project } from './projection';
import { asksForAttributes, deleteChecked, expectedVersions, guardVersion, idOf, matchedVersion, mountResource, projectionOf, shows, type Projection } from './resource-request';
import { sendScim, weakEtag } from './respond';
import type { ScimRoutes } from './router';
import { CORE_GROUP, GROUP_CATALOGUE } from './schemas';

/** Whether a response with this projection shows `members`, so they are worth reading. */
const showsMembers = (projection: Projection): boolean => shows(projection, CORE_GROUP, 'members');

/** A group's current version, for an If-Match checked before a write or delete that reads nothing else. */
const versionOf = async (groups: ScimBackend['groups'], id: string): Promise<number> => (await groups.get(id, false)).version;

/** A team's whole member list, read page by page with the member cursor; null when members were not selected. */
async function membersOf(backend: ScimBackend, team: ScimTeamFragment): Promise<GroupMember[] | null> {
  if (!team.members) return null;
  const members = [...team.members.nodes];
  let page = team.members.pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const next = await backend.groups.members(team.id, page.endCursor);
    members.push(...next.nodes);
    page = next.pageInfo;
  }
  return members;
}

/** A team as the response shows it: the SCIM Group, projected, with its whole member list when shown. */
async function renderGroup(backend: ScimBackend, team: ScimTeamFragment, projection: Projection, baseUrl: string): Promise<JsonObject> {
  return project(toScimGroup(team, await membersOf(backend, team), baseUrl), projection, []);
}

/** One page of groups for `GET /Groups`, `POST /Groups/.search` and the root `POST /.search`. */
export function createGroupLister(baseUrl: string): ListFetch {
  return async (backend, query, paged, projection) => {
    const teams = await backend.groups.list({ ...groupListVariables(query), ...paged, withMembers: showsMembers(projection) });
    const resources: JsonObject[] = [];
    for (const team of teams.nodes) resources.push(await renderGroup(backend, team, projection, baseUrl));
    return { totalResults: teams.totalCount ?? 0, resources, ...pageInfoOf(teams.pageInfo) };
  };
}

/**
 * RFC 7644 §3.5.2 as one write. Membership goes as deltas that never read the member list (the one
 * named exception). Any other operation is applied to the group's SCIM representation, read once,
 * and only the fields it changed are written. A Group's attribute operations set `displayName` and
 * `externalId` whatever they were before, so without If-Match the write needs no guard: racing
 * PATCHes land one after the other, as if serialised on the row, and none answers 412. With
 * If-Match the write is guarded by the one of its versions the group is at (none: 412). A PATCH
 * that changes no field (Okta echoes the name and id with every member push:
 * okta/27-push-member-add.json) writes only its member deltas; one without other operations reads
 * nothing at all.
 */
async function patchGroup(backend: ScimBackend, id: string, changes: GroupMemberChanges, expected: readonly number[] | undefined, withMembers: boolean): Promise<ScimTeamFragment> {
  const members = memberInput(changes);
  if (changes.attributeOps.length === 0 && expected === undefined) return backend.groups.change(id, members, null, withMembers);
  const team = await backend.groups.get(id, false);
  const guard = matchedVersion(expected, team.version);
  const fields = changedFields(team, groupFieldsOf(applyPatchOperations(toScimGroup(team, null, ''), changes.attributeOps, GROUP_CATALOGUE)));
  return backend.groups.change(id, { ...fields, ...members }, guard ?? null, withMembers);
}

/** The `/Groups` routes (RFC 7644 §3.2–§3.6) over teams: SCIM in, typed GraphQL calls through the request's backend, SCIM out. */
export function createGroupRoutes(deps: ScimDependencies) {
  const fetch = createGroupLister(deps.baseUrl);

  async function sendGroup(res: Response, status: number, team: ScimTeamFragment, projection: Projection, headers: Record<string, string> = {}) {
    sendScim(res, status, await renderGroup(backendOf(res), team, projection, deps.baseUrl), { ETag: weakEtag(team.version), ...headers });
  }

  return {
    /** GET /Groups and POST /Groups/.search (RFC 7644 §3.4.2, §3.4.3). */
    async list(req: Request, res: Response): Promise<void> {
      const request = listRequestOf(req);
      const page = await listPage(backendOf(res), request, listQueryOf(GROUP_CATALOGUE, request), fetch);
      sendScim(res, 200, toListResponse(request, page));
    },

    /** `excludedAttributes=members` reads no membership (entra/26-get-group-excluding-members.json). */
    async get(req: Request, res: Response): Promise<void> {
      const projection = projectionOf(req);
      await sendGroup(res, 200, await backendOf(res).groups.get(idOf(req), showsMembers(projection)), projection);
    },

    /**
     * RFC 7644 §3.3: 201 with the group, `Location` and `ETag`; a displayName taken in any case is 409
     * uniqueness (okta/23-push-group-duplicate.json, entra/22-create-duplicate-group.json).
     */
    async create(req: Request, res: Response): Promise<void> {
      const projection = projectionOf(req);
      const { memberIds, ...fields } = readGroupBody(req.body);
      const team = await backendOf(res).groups.create({ ...fields, memberIds: memberIds ?? [] }, showsMembers(projection));
      await sendGroup(res, 201, team, projection, { Location: `${deps.baseUrl}/Groups/${team.id}` });
    },

    /**
     * RFC 7644 §3.5.1: the body replaces the group, its member list included (Okta AIW apps push every
     * change this way: okta/32-aiw-put-members.json). A body without `members` leaves the membership as
     * it is: a client that read the group with `excludedAttributes=members` must not empty it by
     * writing it back.
     */
    async replace(req: Request, res: Response): Promise<void> {
      const projection = projectionOf(req);
      const { memberIds, ...fields } = readGroupBody(req.body, idOf(req));
      const { groups } = backendOf(res);
      const ifVersion = await guardVersion(expectedVersions(req), () => versionOf(groups, idOf(req)));
      const withMembers = showsMembers(projection);
      const team =
        memberIds === null
          ? await groups.change(idOf(req), fields, ifVersion, withMembers)
          : await groups.replace(idOf(req), { ...fields, memberIds }, ifVersion, withMembers);
      await sendGroup(res, 200, team, projection);
    },

    /**
     * RFC 7644 §3.5.2. 204 unless the client asks for attributes, as Entra expects of group PATCHes.
     * Shapes: okta/26…30, entra/27…31 (Entra's `Remove` with a value array removes only the listed
     * members: entra/30-remove-member-value-array.json).
     */
    async patch(req: Request, res: Response): Promise<void> {
      const changes = groupPatchToMemberChanges(req.body, GROUP_CATALOGUE);
      const projection = projectionOf(req);
      const respond = asksForAttributes(projection);
      const team = await patchGroup(backendOf(res), idOf(req), changes, expectedVersions(req), respond && showsMembers(projection));
      if (respond) await sendGroup(res, 200, team, projection);
      else sendScim(res, 204, undefined, { ETag: weakEtag(team.version) });
    },

    /** RFC 7644 §3.6: 204; the team and its memberships go (its audit history stays). */
    async remove(req: Request, res: Response): Promise<void> {
      const { groups } = backendOf(res);
      await deleteChecked(req, res, () => versionOf(groups, idOf(req)), (ifVersion) => groups.remove(idOf(req), ifVersion));
    },
  };
}

/** Registers `/Groups` on the SCIM router. */
export const groupRoutes: ScimRoutes = (router: Router, deps: ScimDependencies) => {
  mountResource(router, '/Groups', createGroupRoutes(deps));
};
