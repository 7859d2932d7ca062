import type { DocumentNode, GraphQLSchema } from 'graphql';
import { prepareDocuments } from './execute';
import type { ConnectionPageInfo } from './mapping/list-response';
import type { GraphQLUser } from './mapping/graphql-user';

/**
 * The GraphQL documents of the Users façade, prepared (parsed and validated) once at start-up.
 * Every operation takes `$withGroups`: a response that does not show `groups` does not read teams.
 * `users` takes `$withTotal`: a page that continues an index walk reports the total counted earlier (paging.ts).
 */
const USER_FIELDS = `
fragment ScimUser on User {
  id userName externalId
  name { formatted familyName givenName middleName honorificPrefix honorificSuffix }
  displayName nickName profileUrl title userType preferredLanguage locale timezone active
  emails { value type primary display }
  phoneNumbers { value type primary display }
  ims { value type primary display }
  photos { value type primary display }
  entitlements { value type primary display }
  roles { value type primary display }
  x509Certificates { value type primary display }
  addresses { formatted streetAddress locality region postalCode country type primary }
  enterprise { employeeNumber costCenter organization division department manager { value displayName } }
  idpRole createdAt updatedAt version
  teams @include(if: $withGroups) { id displayName }
}`;

export const USER_OPERATION_SOURCES = {
  user: `query ScimUser($id: ID!, $withGroups: Boolean!) { user(id: $id) { ...ScimUser } } ${USER_FIELDS}`,
  userVersion: `query ScimUserVersion($id: ID!) { user(id: $id) { id version } }`,
  users: `query ScimUsers($filter: UserFilterInput, $orderBy: UserOrderInput, $first: Int, $after: String, $offset: Int, $last: Int, $before: String, $withGroups: Boolean!, $withTotal: Boolean!) {
    users(filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset, last: $last, before: $before) {
      totalCount @include(if: $withTotal)
      nodes { ...ScimUser }
      pageInfo { hasNextPage endCursor hasPreviousPage startCursor }
    }
  } ${USER_FIELDS}`,
  createUser: `mutation ScimCreateUser($input: UserInput!, $withGroups: Boolean!) { createUser(input: $input) { ...ScimUser } } ${USER_FIELDS}`,
  replaceUser: `mutation ScimReplaceUser($id: ID!, $input: UserInput!, $ifVersion: Int, $withGroups: Boolean!) {
    replaceUser(id: $id, input: $input, ifVersion: $ifVersion) { ...ScimUser }
  } ${USER_FIELDS}`,
  deleteUser: `mutation ScimDeleteUser($id: ID!) { deleteUser(id: $id) }`,
} as const;

export type UserOperations = Record<keyof typeof USER_OPERATION_SOURCES, DocumentNode>;

/** Parses and validates the Users documents against the schema; throws, naming the document, when one is invalid. */
export function prepareUserOperations(schema: GraphQLSchema): UserOperations {
  return prepareDocuments(schema, USER_OPERATION_SOURCES);
}

/** Result shapes of the documents above. */
export interface UserResult {
  user: GraphQLUser;
}
export interface UserVersionResult {
  user: { id: string; version: number };
}
export interface UsersResult {
  users: { totalCount?: number; nodes: GraphQLUser[]; pageInfo: ConnectionPageInfo };
}
export interface CreateUserResult {
  createUser: GraphQLUser;
}
export interface ReplaceUserResult {
  replaceUser: GraphQLUser;
}
