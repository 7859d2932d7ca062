import type { Request, Response, Router } from 'express';
import type { ScimDependencies } from './execute';
import {
  prepareGroupOperations,
  type CreateTeamResult,
  type GroupOperations,
  type PatchTeamResult,
  type ReplaceTeamResult,
  type TeamFieldsResult,
  type TeamMembersResult,
  type TeamResult,
  type TeamsResult,
} from './group-operations';
import { listRequestOf } from './list-request';
import { groupFilterInput, groupOrderBy } from './mapping/group-list';
import { changedFields, memberInput } from './mapping/group-patch';
import { readGroupBody, toScimGroup, type GraphQLMember, type GraphQLTeam } from './mapping/group.mapper';
import { toListResponse } from './mapping/list-response';
import { groupPatchToMemberChanges } from './patch';
import { createListPaging, type ListFetch, type ListPaging } from './paging';
import { project } from './projection';
import { asksForAttributes, deleteChecked, expectedVersion, idOf, mountResource, projectionOf, shows, staleVersion, type Projection } from './resource-request';
import { sendScim, weakEtag } from './respond';
import { runGraphQL, type ScimRoutes } from './router';
import { CORE_GROUP, GROUP_CATALOGUE } from './schemas';

type Run = <T>(res: Response, document: GroupOperations[keyof GroupOperations], variables: Record<string, unknown>) => Promise<T>;

/** Whether a response with this projection shows `members`, so they are worth reading. */
const showsMembers = (projection: Projection): boolean => shows(projection, CORE_GROUP, 'members');

/**
 * Reads and renders groups for `GET /Groups`, `POST /Groups/.search` and the root `POST /.search`:
 * each group with its whole member list when the projection shows it, read page by page.
 */
export function createGroupLister(deps: ScimDependencies, ops: GroupOperations) {
  const run: Run = (res, document, variables) => runGraphQL(deps, res, document, variables);

  /** A team's whole member list, read page by page with the member cursor; null when members were not selected. */
  async function membersOf(res: Response, team: GraphQLTeam): Promise<GraphQLMember[] | null> {
    if (!team.members) return null;
    const members = [...team.members.nodes];
    let page = team.members.pageInfo;
    while (page.hasNextPage && page.endCursor) {
      const { team: next } = await run<TeamMembersResult>(res, ops.teamMembers, { id: team.id, after: page.endCursor });
      members.push(...next.members.nodes);
      page = next.members.pageInfo;
    }
    return members;
  }

  async function render(res: Response, team: GraphQLTeam, projection: Projection): Promise<Record<string, unknown>> {
    return project(toScimGroup(team, await membersOf(res, team), deps.baseUrl), projection, []);
  }

  /** One page of groups; `total`, when known, is reported instead of counted (paging.ts). */
  const fetch: ListFetch = async (res, query, paged, projection, total) => {
    const variables = { ...query, ...paged, withMembers: showsMembers(projection), withTotal: total === null };
    const { teams } = await run<TeamsResult>(res, ops.teams, variables);
    const resources: Record<string, unknown>[] = [];
    for (const team of teams.nodes) resources.push(await render(res, team, projection));
    return { totalResults: teams.totalCount ?? total ?? 0, resources, ...teams.pageInfo };
  };

  return { run, render, fetch };
}

/** The `/Groups` routes (RFC 7644 §3.2–§3.6) over teams: SCIM in, GraphQL documents through `execute`, SCIM out. */
export function createGroupRoutes(deps: ScimDependencies, ops: GroupOperations, paging: ListPaging = createListPaging()) {
  const { run, render, fetch } = createGroupLister(deps, ops);

  async function sendGroup(res: Response, status: number, team: GraphQLTeam, projection: Projection, headers: Record<string, string> = {}) {
    sendScim(res, status, await render(res, team, projection), { ETag: weakEtag(team.version), ...headers });
  }

  return {
    /** GET /Groups and POST /Groups/.search (RFC 7644 §3.4.2, §3.4.3). */
    async list(req: Request, res: Response): Promise<void> {
      const request = listRequestOf(req);
      const query = { filter: groupFilterInput(request.filter), orderBy: groupOrderBy(request) };
      sendScim(res, 200, toListResponse(request, await paging.page(req, res, 'Groups', request, query, fetch)));
    },

    /** `excludedAttributes=members` reads no membership (entra/26-get-group-excluding-members.json). */
    async get(req: Request, res: Response): Promise<void> {
      const projection = projectionOf(req);
      const { team } = await run<TeamResult>(res, ops.team, { id: idOf(req), withMembers: showsMembers(projection) });
      await sendGroup(res, 200, team, projection);
    },

    /**
     * RFC 7644 §3.3: 201 with the group, `Location` and `ETag`; a displayName taken in any case is 409
     * uniqueness (okta/23-push-group-duplicate.json, entra/22-create-duplicate-group.json).
     */
    async create(req: Request, res: Response): Promise<void> {
      const projection = projectionOf(req);
      const { memberIds, ...fields } = readGroupBody(req.body);
      const input = { ...fields, memberIds: memberIds ?? [] };
      const { createTeam: team } = await run<CreateTeamResult>(res, ops.createTeam, { input, withMembers: showsMembers(projection) });
      await sendGroup(res, 201, team, projection, { Location: `${deps.baseUrl}/Groups/${team.id}` });
    },

    /**
     * RFC 7644 §3.5.1: the body replaces the group, its member list included (Okta AIW apps push every
     * change this way: okta/32-aiw-put-members.json). A body without `members` leaves the membership as it is: a client that read the
     * group with `excludedAttributes=members` must not empty it by writing it back.
     */
    async replace(req: Request, res: Response): Promise<void> {
      const projection = projectionOf(req);
      const { memberIds, ...fields } = readGroupBody(req.body, idOf(req));
      const common = { id: idOf(req), ifVersion: expectedVersion(req) ?? null, withMembers: showsMembers(projection) };
      const team =
        memberIds === null
          ? (await run<PatchTeamResult>(res, ops.patchTeam, { ...common, input: fields })).patchTeam
          : (await run<ReplaceTeamResult>(res, ops.replaceTeam, { ...common, input: { ...fields, memberIds } })).replaceTeam;
      await sendGroup(res, 200, team, projection);
    },

    /**
     * RFC 7644 §3.5.2 as one patchTeam mutation (one transaction): membership as deltas that never read
     * the member list, plus the fields the other operations change. 204 unless the client asks for
     * attributes, as Entra expects of group PATCHes. Shapes: okta/26…30, entra/27…31 (Entra's
     * `Remove` with a value array removes only the listed members: entra/30-remove-member-value-array.json).
     */
    async patch(req: Request, res: Response): Promise<void> {
      const changes = groupPatchToMemberChanges(req.body, GROUP_CATALOGUE);
      const expected = expectedVersion(req);
      const projection = projectionOf(req);
      let fields = {};
      if (changes.attributeOps.length > 0 || expected !== undefined) {
        const { team } = await run<TeamFieldsResult>(res, ops.teamFields, { id: idOf(req) });
        if (expected !== undefined && expected !== team.version) throw staleVersion(expected, team.version);
        fields = changedFields(team, changes.attributeOps);
      }
      const respond = asksForAttributes(projection);
      const variables = { id: idOf(req), input: { ...fields, ...memberInput(changes) }, ifVersion: expected ?? null };
      const { patchTeam: team } = await run<PatchTeamResult>(res, ops.patchTeam, { ...variables, withMembers: respond && showsMembers(projection) });
      if (respond) await sendGroup(res, 200, team, projection);
      else sendScim(res, 204, undefined, { ETag: weakEtag(team.version) });
    },

    /** RFC 7644 §3.6: 204; the team and its memberships go (its audit history stays). */
    async remove(req: Request, res: Response): Promise<void> {
      const currentVersion = async () => (await run<TeamFieldsResult>(res, ops.teamFields, { id: idOf(req) })).team.version;
      await deleteChecked(req, res, currentVersion, () => run(res, ops.deleteTeam, { id: idOf(req) }));
    },
  };
}

/** Registers `/Groups` on the SCIM router; its GraphQL documents are prepared here, once, at start-up. */
export const groupRoutes: ScimRoutes = (router: Router, deps: ScimDependencies) => {
  mountResource(router, '/Groups', createGroupRoutes(deps, prepareGroupOperations(deps.schema)));
};
