import type { Run } from './backend';
import {
  ScimCreateTeamDocument,
  ScimDeleteTeamDocument,
  ScimPatchTeamDocument,
  ScimReplaceTeamDocument,
  ScimTeamDocument,
  ScimTeamMembersDocument,
  ScimTeamsDocument,
  type CreateTeamInput,
  type MemberPageFragment,
  type PatchTeamInput,
  type ReplaceTeamInput,
  type ScimTeamFragment,
  type ScimTeamsQuery,
  type ScimTeamsQueryVariables,
} from './operations/groups.generated';

/**
 * Members read per query when a group is rendered: the largest page `Team.members` serves. A larger
 * team is read page by page with the member cursor, never in one giant query.
 */
export const MEMBER_PAGE_SIZE = 1000;

/** The Groups documents, by name, to validate at start-up. */
export const GROUP_DOCUMENTS = {
  ScimTeamDocument,
  ScimTeamMembersDocument,
  ScimTeamsDocument,
  ScimCreateTeamDocument,
  ScimReplaceTeamDocument,
  ScimPatchTeamDocument,
  ScimDeleteTeamDocument,
};

/** One page of `teams` as the `ScimTeams` document reads it: nodes, page info and, when asked, `totalCount`. */
export type TeamPage = ScimTeamsQuery['teams'];

/** Which rows of a list: the paging and query variables of `teams`, without the member page. */
export type TeamListVariables = Omit<ScimTeamsQueryVariables, 'memberPage'>;

/** What the `/Groups` handlers ask of the application; `withMembers` reads the first page of members. */
export interface GroupsBackend {
  get(id: string, withMembers: boolean): Promise<ScimTeamFragment>;
  /** The page of members after `after`. */
  members(id: string, after: string): Promise<MemberPageFragment>;
  list(variables: TeamListVariables): Promise<TeamPage>;
  create(input: CreateTeamInput, withMembers: boolean): Promise<ScimTeamFragment>;
  /** Every field and the whole member list; with `ifVersion`, only at that version (else 412). */
  replace(id: string, input: ReplaceTeamInput, ifVersion: number | null, withMembers: boolean): Promise<ScimTeamFragment>;
  /** Changed fields and member deltas (or a whole new list) in one write. */
  change(id: string, input: PatchTeamInput, ifVersion: number | null, withMembers: boolean): Promise<ScimTeamFragment>;
  /** Deletes the resource; with `ifVersion`, only at that version (else 412). */
  remove(id: string, ifVersion?: number | null): Promise<void>;
}

/**
 * The `/Groups` backend over `run`: each call is one of the Groups documents (groups.graphql), typed by
 * its generated types, members read MEMBER_PAGE_SIZE at a time.
 */
export function groupsBackend(run: Run): GroupsBackend {
  const memberPage = MEMBER_PAGE_SIZE;
  return {
    get: async (id, withMembers) => (await run(ScimTeamDocument, { id, withMembers, memberPage })).team,
    members: async (id, after) => (await run(ScimTeamMembersDocument, { id, after, memberPage })).team.members,
    list: async (variables) => (await run(ScimTeamsDocument, { ...variables, memberPage })).teams,
    create: async (input, withMembers) => (await run(ScimCreateTeamDocument, { input, withMembers, memberPage })).createTeam,
    replace: async (id, input, ifVersion, withMembers) => (await run(ScimReplaceTeamDocument, { id, input, ifVersion, withMembers, memberPage })).replaceTeam,
    change: async (id, input, ifVersion, withMembers) => (await run(ScimPatchTeamDocument, { id, input, ifVersion, withMembers, memberPage })).patchTeam,
    remove: async (id, ifVersion) => {
      await run(ScimDeleteTeamDocument, { id, ifVersion });
    },
  };
}
