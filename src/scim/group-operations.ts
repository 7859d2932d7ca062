import type { DocumentNode, GraphQLSchema } from 'graphql';
import { prepareDocuments } from './execute';
import type { ConnectionPageInfo } from './mapping/list-response';
import type { GraphQLTeam, GraphQLTeamFields, GraphQLTeamMembers } from './mapping/group.mapper';

/**
 * Members read per query when a group is rendered: the largest page `Team.members` serves. A larger
 * team is read page by page with the member cursor (`teamMembers`), never in one giant query.
 */
export const MEMBER_PAGE_SIZE = 1000;

/**
 * The GraphQL documents of the Groups façade, prepared (parsed and validated) once at start-up.
 * Every document that returns a team takes `$withMembers`: a response that does not show `members`
 * (`excludedAttributes=members`, or a PATCH answered 204) reads no membership at all. `teams` takes
 * `$withTotal`: a page that continues an index walk reports the total counted earlier (paging.ts).
 */
const TEAM_FIELDS = `
fragment ScimTeam on Team {
  id displayName externalId createdAt updatedAt version
  members(first: ${MEMBER_PAGE_SIZE}) @include(if: $withMembers) { nodes { id userName } pageInfo { hasNextPage endCursor } }
}`;

export const GROUP_OPERATION_SOURCES = {
  team: `query ScimTeam($id: ID!, $withMembers: Boolean!) { team(id: $id) { ...ScimTeam } } ${TEAM_FIELDS}`,
  teamFields: `query ScimTeamFields($id: ID!) { team(id: $id) { id displayName externalId version } }`,
  teamMembers: `query ScimTeamMembers($id: ID!, $after: String) {
    team(id: $id) { members(first: ${MEMBER_PAGE_SIZE}, after: $after) { nodes { id userName } pageInfo { hasNextPage endCursor } } }
  }`,
  teams: `query ScimTeams($filter: TeamFilterInput, $orderBy: TeamOrderInput, $first: Int, $after: String, $offset: Int, $last: Int, $before: String, $withMembers: Boolean!, $withTotal: Boolean!) {
    teams(filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset, last: $last, before: $before) {
      totalCount @include(if: $withTotal)
      nodes { ...ScimTeam }
      pageInfo { hasNextPage endCursor hasPreviousPage startCursor }
    }
  } ${TEAM_FIELDS}`,
  createTeam: `mutation ScimCreateTeam($input: CreateTeamInput!, $withMembers: Boolean!) { createTeam(input: $input) { ...ScimTeam } } ${TEAM_FIELDS}`,
  replaceTeam: `mutation ScimReplaceTeam($id: ID!, $input: ReplaceTeamInput!, $ifVersion: Int, $withMembers: Boolean!) {
    replaceTeam(id: $id, input: $input, ifVersion: $ifVersion) { ...ScimTeam }
  } ${TEAM_FIELDS}`,
  patchTeam: `mutation ScimPatchTeam($id: ID!, $input: PatchTeamInput!, $ifVersion: Int, $withMembers: Boolean!) {
    patchTeam(id: $id, input: $input, ifVersion: $ifVersion) { ...ScimTeam }
  } ${TEAM_FIELDS}`,
  deleteTeam: `mutation ScimDeleteTeam($id: ID!) { deleteTeam(id: $id) }`,
} as const;

export type GroupOperations = Record<keyof typeof GROUP_OPERATION_SOURCES, DocumentNode>;

/** Parses and validates the Groups documents against the schema; throws, naming the document, when one is invalid. */
export function prepareGroupOperations(schema: GraphQLSchema): GroupOperations {
  return prepareDocuments(schema, GROUP_OPERATION_SOURCES);
}

/** Result shapes of the documents above. */
export interface TeamResult {
  team: GraphQLTeam;
}
export interface TeamFieldsResult {
  team: GraphQLTeamFields;
}
export interface TeamMembersResult {
  team: { members: GraphQLTeamMembers };
}
export interface TeamsResult {
  teams: { totalCount?: number; nodes: GraphQLTeam[]; pageInfo: ConnectionPageInfo };
}
export interface CreateTeamResult {
  createTeam: GraphQLTeam;
}
export interface ReplaceTeamResult {
  replaceTeam: GraphQLTeam;
}
export interface PatchTeamResult {
  patchTeam: GraphQLTeam;
}
