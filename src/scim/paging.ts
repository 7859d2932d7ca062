import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { ScimError } from './errors';
import type { FilterInput } from './filter/to-graphql';
import { MAX_RESULTS, type ListRequest } from './list-request';
import { pagingVariables, type PagingVariables } from './mapping/list-response';
import type { Projection } from './resource-request';

/**
 * List paging as GraphQL connection arguments, shared by every list route.
 *
 * Cursor paging (RFC 9865) hands the client the connection's own keyset cursor as `nextCursor`, so
 * a page is an index seek whatever its depth. Index paging (RFC 7644 §3.4.2.4) is what Okta and
 * Entra use; as OFFSET it costs O(startIndex) per page and, with a COUNT on every page, O(n²)
 * over a whole import. So the façade remembers, per client and query, where each index page it
 * served ended: when the next request asks for `startIndex` = previous `startIndex` +
 * `itemsPerPage` (an import walking the list), it seeks to that keyset cursor instead of skipping
 * rows, and reports the total counted earlier in the walk, counting again once it is a minute old
 * or when the rows show it is out of date; the last page of a walk reports what the walk delivered.
 * Any other startIndex, an expired entry, or another process serving the request falls back to
 * OFFSET and a fresh count, with the same rows in the same stable order. Between two pages the
 * seek keeps the rows that follow the last one seen, where OFFSET would skip a row if an earlier
 * one was deleted meanwhile. Only full pages are remembered: a walk ends at a page with no next one.
 */
export interface ListPaging {
  /** One page of `resource` for a list request: plans it, reads it with `fetch`, remembers where it ended. */
  page(req: Request, res: Response, resource: string, request: ListRequest, query: ListQuery, fetch: ListFetch): Promise<ListSlice>;
  /** Who is paging: a digest of the request's credentials (positions are never shared between clients). */
  scopeOf(req: Request): string;
  /** How to read the page a request asks for; `query` is everything but paging (filter, order) that the rows depend on. */
  plan(request: ListRequest, scope: string, resource: string, query: unknown): PagePlan;
  /** Records where a served index page ended and the total it reported, for the request that continues after it. */
  remember(request: ListRequest, scope: string, resource: string, query: unknown, page: ServedPage): void;
}

/** The part of a list query that selects and orders rows: what a position in the list depends on. */
export interface ListQuery {
  filter: FilterInput | null;
  orderBy: { field: string; direction: 'ASC' | 'DESC' } | null;
}

/** One page of a list, rendered as SCIM. */
export interface ListSlice {
  totalResults: number;
  resources: Record<string, unknown>[];
  hasNextPage: boolean;
  endCursor: string | null;
  hasPreviousPage?: boolean;
  startCursor?: string | null;
}

/** Reads and renders one page of a resource type; `total`, when known, is reported instead of counted. */
export type ListFetch = (res: Response, query: ListQuery, paged: PagingVariables, projection: Projection, total: number | null) => Promise<ListSlice>;

export interface PagePlan {
  paged: PagingVariables;
  /** The total to report without counting (a continued walk); null: count it. */
  total: number | null;
  /** When `total` was counted (epoch milliseconds); null with it. */
  countedAt: number | null;
}

export interface ServedPage {
  served: number;
  endCursor: string | null;
  total: number;
  /** From the plan when its total was reused; null when this page counted. */
  countedAt: number | null;
}

export interface ListPagingOptions {
  /** Positions kept (least recently stored dropped first). */
  capacity?: number;
  /** How long a position is kept, in milliseconds. */
  ttlMs?: number;
  /** How long a counted total is reused by the pages that continue a walk, in milliseconds. */
  totalTtlMs?: number;
  now?: () => number;
}

const DEFAULT_CAPACITY = 10_000;
/** Okta and Entra fetch the next page at once; ten minutes is ample. */
const DEFAULT_TTL_MS = 10 * 60 * 1000;
const DEFAULT_TOTAL_TTL_MS = 60 * 1000;

interface Position {
  cursor: string;
  total: number;
  countedAt: number;
  expires: number;
}

const digest = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** RFC 9865 §2.2: a cursor page holds at least one result; `count` is clamped to MAX_RESULTS (the advertised maxPageSize). */
export function checkCursorCount(request: ListRequest): void {
  if (request.count < 1) throw new ScimError(400, 'invalidCount', `With cursor paging, count must be between 1 and ${MAX_RESULTS}`);
}

export function createListPaging(options: ListPagingOptions = {}): ListPaging {
  const capacity = options.capacity ?? DEFAULT_CAPACITY;
  const ttl = options.ttlMs ?? DEFAULT_TTL_MS;
  const totalTtl = options.totalTtlMs ?? DEFAULT_TOTAL_TTL_MS;
  const now = options.now ?? Date.now;
  const positions = new Map<string, Position>();
  const keyOf = (scope: string, resource: string, query: unknown, startIndex: number): string =>
    `${scope}/${resource}/${digest(JSON.stringify(query))}/${startIndex}`;
  const counted = { total: null, countedAt: null };

  const paging: ListPaging = {
    async page(req, res, resource, request, query, fetch) {
      const scope = paging.scopeOf(req);
      const plan = paging.plan(request, scope, resource, query);
      const slice = await fetch(res, query, plan.paged, request, plan.total);
      let countedAt = plan.countedAt;
      if (plan.total !== null) {
        // A walk that continues has been handed startIndex - 1 rows before this page.
        const delivered = request.startIndex - 1 + slice.resources.length;
        if (!slice.hasNextPage) slice.totalResults = delivered;
        else if (slice.totalResults <= delivered) {
          slice.totalResults = (await fetch(res, query, { first: 0, after: null, offset: null }, request, null)).totalResults;
          countedAt = null;
        }
      }
      if (slice.hasNextPage) paging.remember(request, scope, resource, query, { served: slice.resources.length, endCursor: slice.endCursor, total: slice.totalResults, countedAt });
      return slice;
    },

    scopeOf: (req) => digest(req.get('authorization') ?? ''),

    plan(request, scope, resource, query) {
      if (request.cursor !== undefined) checkCursorCount(request);
      const key = keyOf(scope, resource, query, request.startIndex);
      const position = request.cursor === undefined ? positions.get(key) : undefined;
      const at = now();
      if (!position || position.expires <= at) {
        positions.delete(key);
        return { paged: pagingVariables(request), ...counted };
      }
      const fresh = at - position.countedAt < totalTtl;
      return { paged: { first: request.count, after: position.cursor, offset: null }, total: fresh ? position.total : null, countedAt: fresh ? position.countedAt : null };
    },

    remember(request, scope, resource, query, page) {
      if (request.cursor !== undefined || page.served === 0 || page.endCursor === null || capacity === 0) return;
      const key = keyOf(scope, resource, query, request.startIndex + page.served);
      const at = now();
      positions.delete(key);
      positions.set(key, { cursor: page.endCursor, total: page.total, countedAt: page.countedAt ?? at, expires: at + ttl });
      while (positions.size > capacity) positions.delete(positions.keys().next().value as string);
    },
  };
  return paging;
}
