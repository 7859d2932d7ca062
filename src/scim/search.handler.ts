import type { Request, Response, Router } from 'express';
import { backendOf, type ScimBackend } from './backend';
import { ScimError } from './errors';
import type { ScimDependencies } from './execute';
import { parseFilter, resolveFilter } from './filter';
import { createGroupLister } from './groups.handler';
import { listRequestOf, type ListRequest } from './list-request';
import type { ListQuery } from './mapping/list-query';
import { toListResponse, type ListPage } from './mapping/list-response';
import { checkCursorCount, type ListFetch } from './paging';
import { sendScim } from './respond';
import type { ScimRoutes } from './router';
import type { AttributeCatalogue } from './schema-catalogue';
import { GROUP_CATALOGUE, USER_CATALOGUE } from './schemas';
import { createUserLister } from './users.handler';
import { assertNoSort, filterForType } from './search-filter';

/** One resource type of the root search, in the order its results are concatenated. */
interface SearchSource {
  /** Prefix of the root search's cursors positioned in this type (unreserved characters only, RFC 9865). */
  prefix: string;
  catalogue: AttributeCatalogue;
  fetch: ListFetch;
}

/** Each source's query for the request's filter; null for a type the filter can never match. */
function queriesFor(request: ListRequest, sources: readonly SearchSource[]): (ListQuery | null)[] {
  const parsed = request.filter === null ? null : parseFilter(request.filter);
  const catalogues = sources.map((source) => source.catalogue);
  return sources.map((source) => {
    const typed = parsed === null ? true : filterForType(parsed, source.catalogue, catalogues);
    if (typed === false) return null;
    return { filter: typed === true ? null : resolveFilter(typed, source.catalogue), sortBy: null, descending: false };
  });
}

/** Where a root cursor points: a source and a position in it (RFC 9865 cursors are opaque to clients). */
function readCursor(cursor: string, sources: readonly SearchSource[]): { index: number; after: string | null } {
  if (cursor === '') return { index: 0, after: null };
  const [prefix, ...rest] = cursor.split('.');
  const index = sources.findIndex((source) => source.prefix === prefix);
  if (index < 0 || rest.length > 1) throw new ScimError(400, 'invalidCursor', 'The cursor is not valid for this query');
  return { index, after: rest[0] ?? null };
}

/**
 * RFC 7644 §3.4.3 over the concatenation of the types' results (Users, then Groups): totals add up,
 * `startIndex` counts across the whole, and each type is read with one query.
 */
async function indexPage(backend: ScimBackend, request: ListRequest, sources: readonly SearchSource[], queries: (ListQuery | null)[]): Promise<ListPage> {
  const slice: ListPage = { totalResults: 0, resources: [], hasNextPage: false, endCursor: null };
  let skip = request.startIndex - 1;
  for (const [i, source] of sources.entries()) {
    const query = queries[i];
    if (!query) continue;
    const want = request.count - slice.resources.length;
    const page = await source.fetch(backend, query, { first: want, after: null, offset: want > 0 ? skip : 0, withTotal: true, withCursors: false }, request);
    slice.totalResults += page.totalResults;
    slice.resources.push(...page.resources);
    skip = Math.max(0, skip - page.totalResults);
  }
  return slice;
}

/** RFC 9865 over the concatenation: the next cursor names the type it continues in. */
async function cursorPage(backend: ScimBackend, request: ListRequest, sources: readonly SearchSource[], queries: (ListQuery | null)[]): Promise<ListPage> {
  checkCursorCount(request);
  const start = readCursor(request.cursor ?? '', sources);
  const slice: ListPage = { totalResults: 0, resources: [], hasNextPage: false, endCursor: null };
  for (const [i, source] of sources.entries()) {
    const query = queries[i];
    if (!query) continue;
    const want = request.count - slice.resources.length;
    const reading = i >= start.index && want > 0 && !slice.hasNextPage;
    const after = i === start.index ? start.after : null;
    const page = await source.fetch(backend, query, { first: reading ? want : 0, after: reading ? after : null, offset: null, withTotal: true, withCursors: true }, request);
    slice.totalResults += page.totalResults;
    slice.resources.push(...page.resources);
    if (slice.hasNextPage) continue;
    // The page ends inside this type, or it is full and this later type has rows still to come.
    if (reading && page.hasNextPage && page.endCursor) Object.assign(slice, { hasNextPage: true, endCursor: `${source.prefix}.${page.endCursor}` });
    else if (!reading && i > start.index && page.totalResults > 0) Object.assign(slice, { hasNextPage: true, endCursor: source.prefix });
  }
  return slice;
}

/** `POST /.search` at the service root, over Users and Groups (RFC 7644 §3.4.3). */
export function createSearchRoute(deps: ScimDependencies) {
  const sources: SearchSource[] = [
    { prefix: 'u', catalogue: USER_CATALOGUE, fetch: createUserLister(deps.baseUrl) },
    { prefix: 'g', catalogue: GROUP_CATALOGUE, fetch: createGroupLister(deps.baseUrl) },
  ];
  return async (req: Request, res: Response): Promise<void> => {
    const request = listRequestOf(req);
    assertNoSort(request.sortBy);
    const queries = queriesFor(request, sources);
    const backend = backendOf(res);
    const slice = request.cursor === undefined ? await indexPage(backend, request, sources, queries) : await cursorPage(backend, request, sources, queries);
    sendScim(res, 200, toListResponse(request, slice));
  };
}

/** Registers `POST /.search` (RFC 7644 §3.4.3) on the SCIM router. */
export const searchRoutes: ScimRoutes = (router: Router, deps: ScimDependencies) => {
  router.post('/.search', createSearchRoute(deps));
};
