import { ScimError } from '../errors';
import type { JsonObject } from '../json';
import type { ListRequest } from '../list-request';
import type { ScimTeamsQueryVariables } from '../operations/groups.generated';
import type { ScimUsersQueryVariables } from '../operations/users.generated';
import type { ScimListResponse } from '../types';

/** RFC 7644 §3.4.2 list responses, shared by every resource type. */
export const LIST_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** The variables of `ScimUsers` and `ScimTeams` that page a list; a renamed one does not compile. */
type PagingKey = 'first' | 'after' | 'offset' | 'last' | 'before' | 'withTotal' | 'withCursors';

/**
 * The paging arguments of a GraphQL connection query for a list request, as the generated
 * `ScimUsers` variables type them. `first`, `after`, `offset` and `withTotal` are always given (null
 * where unused); `last` rows before `before` only for backward paging (a `previousCursor`).
 * `withTotal` says whether to count the matching rows (`totalResults`): false for the later slices
 * of a page. `withCursors` whether to make the page's keyset cursors: an index page never shows
 * them (a `userName eq` lookup, the hot path, pays nothing for them), a cursor page and the slices
 * of a large page read on from them.
 */
export type PagingVariables = Required<Pick<ScimUsersQueryVariables, Exclude<PagingKey, 'last' | 'before'>>> & Pick<ScimUsersQueryVariables, 'last' | 'before'>;

/** The same variables fit `ScimTeams`: the groups lister passes them as they are. */
type Fits<A extends B, B> = A;
export type PagingFitsTeams = Fits<PagingVariables, Pick<ScimTeamsQueryVariables, PagingKey>>;

/**
 * Marks a `previousCursor`: the connection's `startCursor` read backwards. `~` is an unreserved URI
 * character (RFC 9865 §2) that no keyset cursor (base64url) contains.
 */
const BACKWARD = '~';

/**
 * Index paging (RFC 7644 §3.4.2.4): `startIndex` is 1-based, so the offset is one less.
 * Cursor paging (RFC 9865): an empty `cursor` asks for the first page; a `nextCursor` (the
 * connection's `endCursor`) the `count` rows after it; a `previousCursor` the `count` rows before.
 */
export function pagingVariables(request: ListRequest): PagingVariables {
  const { cursor, count } = request;
  if (cursor === undefined) return { first: count, after: null, offset: request.startIndex - 1, withTotal: true, withCursors: false };
  if (cursor.startsWith(BACKWARD)) {
    const before = cursor.slice(BACKWARD.length);
    if (before === '') throw new ScimError(400, 'invalidCursor', 'The cursor is not valid for this query');
    return { first: null, after: null, offset: null, last: count, before, withTotal: true, withCursors: true };
  }
  return { first: count, after: cursor === '' ? null : cursor, offset: null, withTotal: true, withCursors: true };
}

/** A connection's page info as a ListPage tells it: no cursors when the fetch did not ask for them (`withCursors` false). */
export function pageInfoOf(info: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor?: string | null; startCursor?: string | null }) {
  return { hasNextPage: info.hasNextPage, hasPreviousPage: info.hasPreviousPage, endCursor: info.endCursor ?? null, startCursor: info.startCursor ?? null };
}

/** One page of a list, its resources rendered as SCIM and projected: what a ListResponse shows. */
export interface ListPage {
  /** The matching rows; 0 when the fetch was told not to count them (`withTotal` false). */
  totalResults: number;
  resources: JsonObject[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** Known for cursor pages of one resource type; the root search leaves them out. */
  hasPreviousPage?: boolean;
  startCursor?: string | null;
}

/**
 * A ListResponse: always `schemas`, integer `totalResults` and `itemsPerPage`, and `Resources`
 * (an empty array when nothing matches: Entra's connection test expects it, entra/01-connection-test.json;
 * so does Okta's, okta/01-connection-test.json). Index paging echoes
 * `startIndex`; cursor paging carries `nextCursor` on every page but the last, `previousCursor` on
 * every page but the first and, as RFC 9865's examples, no `startIndex`.
 */
export function toListResponse(request: ListRequest, page: ListPage): ScimListResponse {
  const cursorPaged = request.cursor !== undefined;
  return {
    schemas: [LIST_RESPONSE_SCHEMA],
    totalResults: page.totalResults,
    ...(cursorPaged ? {} : { startIndex: request.startIndex }),
    itemsPerPage: page.resources.length,
    ...(cursorPaged && page.hasNextPage && page.endCursor ? { nextCursor: page.endCursor } : {}),
    ...(cursorPaged && page.hasPreviousPage && page.startCursor ? { previousCursor: BACKWARD + page.startCursor } : {}),
    Resources: page.resources,
  };
}
