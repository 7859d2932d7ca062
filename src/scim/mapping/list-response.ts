import type { ListRequest } from '../list-request';

/** RFC 7644 §3.4.2 list responses, shared by every resource type. */
export const LIST_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** The paging arguments of a GraphQL connection query for a list request. */
export interface PagingVariables {
  first: number;
  after: string | null;
  offset: number | null;
}

/**
 * Index paging (RFC 7644 §3.4.2.4): `startIndex` is 1-based, so the offset is one less.
 * Cursor paging (RFC 9865): an empty `cursor` asks for the first page, any other is the opaque
 * `nextCursor` of the previous page (the connection's `endCursor`).
 */
export function pagingVariables(request: ListRequest): PagingVariables {
  if (request.cursor !== undefined) return { first: request.count, after: request.cursor === '' ? null : request.cursor, offset: null };
  return { first: request.count, after: null, offset: request.startIndex - 1 };
}

export interface ListPage {
  totalResults: number;
  resources: readonly object[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * A ListResponse: always `schemas`, integer `totalResults` and `itemsPerPage`, and `Resources`
 * (an empty array when nothing matches: Entra's connection test expects it, entra/01-connection-test.json;
 * so does Okta's, okta/01-connection-test.json). Index paging echoes
 * `startIndex`; cursor paging carries `nextCursor` on every page but the last and, as RFC 9865's
 * examples, no `startIndex`.
 */
export function toListResponse(request: ListRequest, page: ListPage): Record<string, unknown> {
  const response: Record<string, unknown> = { schemas: [LIST_RESPONSE_SCHEMA], totalResults: page.totalResults };
  if (request.cursor === undefined) response.startIndex = request.startIndex;
  response.itemsPerPage = page.resources.length;
  if (request.cursor !== undefined && page.hasNextPage && page.endCursor) response.nextCursor = page.endCursor;
  response.Resources = page.resources;
  return response;
}
