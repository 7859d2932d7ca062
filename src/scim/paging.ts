import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ScimBackend } from './backend';
import { ScimError } from './errors';
import { MAX_RESULTS, type ListRequest } from './list-request';
import type { ListQuery } from './mapping/list-query';
import { pagingVariables, type ListPage, type PagingVariables } from './mapping/list-response';
import type { Projection } from './resource-request';

/**
 * List paging as GraphQL connection arguments, shared by every list route. A page, its
 * `totalResults` and its cursors are a function of the request and the database alone: any
 * instance behind a load balancer answers the same request the same way.
 *
 * Index paging (RFC 7644 §3.4.2.4, what Okta and Entra use) reads `count` rows at offset
 * `startIndex - 1` of a stable order (creation time, then id) and counts the matching rows, unless
 * the page already tells the total (a first page with no next one: a `userName eq` lookup). Cursor
 * paging (RFC 9865) hands the client the connection's own keyset cursor as `nextCursor`, so a page
 * is an index seek whatever its depth.
 */

/** Reads and renders one page of a resource type. */
export type ListFetch = (backend: ScimBackend, query: ListQuery, paged: PagingVariables, projection: Projection) => Promise<ListPage>;

/** RFC 9865 §2.2: a cursor page holds at least one result; `count` is clamped to MAX_RESULTS (the advertised maxPageSize). */
export function checkCursorCount(request: ListRequest): void {
  if (request.count < 1) throw new ScimError(400, 'invalidCount', `With cursor paging, count must be between 1 and ${MAX_RESULTS}`);
}

/**
 * Rows read and rendered in one go at most. A larger page is read in slices, each continuing after
 * the last row of the one before (a keyset seek), with the event loop's turn in between, and its
 * `totalResults` is counted in a turn of its own: rendering a thousand resources takes the one
 * thread for a hundred milliseconds, counting a large directory tens of milliseconds on SQLite
 * (whose driver holds the thread), and a cheap request (`/healthz`, a lookup) must not wait behind
 * both. A page that reaches the end of an index-paged list tells its total without a count.
 */
export const SLICE_ROWS = 100;

/** The page a list request asks for, read and rendered by `fetch`, in slices of SLICE_ROWS rows. */
export async function listPage(backend: ScimBackend, request: ListRequest, query: ListQuery, fetch: ListFetch): Promise<ListPage> {
  if (request.cursor !== undefined) checkCursorCount(request);
  const paged = pagingVariables(request);
  if (paged.first === null || paged.first <= SLICE_ROWS) return fetch(backend, query, paged, request);
  const page = await fetch(backend, query, { ...paged, first: SLICE_ROWS, withTotal: false, withCursors: true }, request);
  const resources = [...page.resources];
  let last = page;
  while (resources.length < paged.first && last.hasNextPage && last.endCursor) {
    await nextTurn();
    const first = Math.min(SLICE_ROWS, paged.first - resources.length);
    last = await fetch(backend, query, { first, after: last.endCursor, offset: null, withTotal: false, withCursors: true }, request);
    resources.push(...last.resources);
  }
  const { offset } = paged;
  // An index page that reached the end of the list holds every row from its offset on (the rule of
  // `knownTotal` in domain/query/paging.ts, for a page read in one go).
  const rowsTellTotal = !last.hasNextPage && offset !== null && (resources.length > 0 || offset === 0);
  const totalResults = rowsTellTotal ? offset + resources.length : await countAlone(backend, query, request, fetch);
  return { ...page, totalResults, resources, hasNextPage: last.hasNextPage, endCursor: last.endCursor };
}

/**
 * A sliced page's `totalResults`, counted in a turn of its own; the response is written in the
 * turn after, since the count and the page's JSON each hold the thread long enough.
 */
async function countAlone(backend: ScimBackend, query: ListQuery, request: ListRequest, fetch: ListFetch): Promise<number> {
  await nextTurn();
  const { totalResults } = await fetch(backend, query, { first: 0, after: null, offset: 0, withTotal: true, withCursors: false }, request);
  await nextTurn();
  return totalResults;
}
