import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { ScimError } from './errors';
import { MAX_RESULTS, type ListRequest } from './list-request';
import type { PagingVariables } from './mapping/list-response';

/**
 * List paging as GraphQL connection arguments, shared by every list route.
 *
 * Cursor paging (RFC 9865) hands the client the connection's own keyset cursor as `nextCursor`, so
 * a page is an index seek whatever its depth. Index paging (RFC 7644 §3.4.2.4) is what Okta and
 * Entra use; as OFFSET it costs O(startIndex) per page and O(n²) over a whole import. So the
 * façade remembers, per client and query, the keyset cursor where each page it served ended:
 * when the next request asks for `startIndex` = previous `startIndex` + `itemsPerPage` (an import
 * walking the list), it seeks to that cursor instead of skipping rows. Any other startIndex, an
 * expired entry, or another process serving the request falls back to OFFSET, with the same
 * rows in a stable order. Between two pages the seek keeps the rows that follow the last one
 * seen, where OFFSET would skip a row if an earlier one was deleted meanwhile.
 */
export interface ListPaging {
  /** Who is paging: a digest of the request's credentials (positions are never shared between clients). */
  scopeOf(req: Request): string;
  /** The connection arguments for a request; `query` is everything but paging (filter, order) that the rows depend on. */
  variables(request: ListRequest, scope: string, resource: string, query: unknown): PagingVariables;
  /** Records where a served index page ended, for the request that continues after it. */
  remember(request: ListRequest, scope: string, resource: string, query: unknown, served: number, endCursor: string | null): void;
}

export interface ListPagingOptions {
  /** Positions kept (least recently stored dropped first). */
  capacity?: number;
  /** How long a position is kept, in milliseconds. */
  ttlMs?: number;
  now?: () => number;
}

const DEFAULT_CAPACITY = 10_000;
/** Okta and Entra fetch the next page at once; ten minutes is ample. */
const DEFAULT_TTL_MS = 10 * 60 * 1000;

const digest = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** RFC 9865 §2.2: a cursor page holds at least one result; `count` is clamped to MAX_RESULTS (the advertised maxPageSize). */
export function checkCursorCount(request: ListRequest): void {
  if (request.count < 1) throw new ScimError(400, 'invalidCount', `With cursor paging, count must be between 1 and ${MAX_RESULTS}`);
}

export function createListPaging(options: ListPagingOptions = {}): ListPaging {
  const capacity = options.capacity ?? DEFAULT_CAPACITY;
  const ttl = options.ttlMs ?? DEFAULT_TTL_MS;
  const now = options.now ?? Date.now;
  const positions = new Map<string, { cursor: string; expires: number }>();
  const keyOf = (scope: string, resource: string, query: unknown, startIndex: number): string =>
    `${scope}/${resource}/${digest(JSON.stringify(query))}/${startIndex}`;

  return {
    scopeOf: (req) => digest(req.get('authorization') ?? ''),

    variables(request, scope, resource, query) {
      if (request.cursor !== undefined) {
        checkCursorCount(request);
        return { first: request.count, after: request.cursor === '' ? null : request.cursor, offset: null };
      }
      const key = keyOf(scope, resource, query, request.startIndex);
      const position = positions.get(key);
      if (position && position.expires > now()) return { first: request.count, after: position.cursor, offset: null };
      positions.delete(key);
      return { first: request.count, after: null, offset: request.startIndex - 1 };
    },

    remember(request, scope, resource, query, served, endCursor) {
      if (request.cursor !== undefined || served === 0 || endCursor === null || capacity === 0) return;
      const key = keyOf(scope, resource, query, request.startIndex + served);
      positions.delete(key);
      positions.set(key, { cursor: endCursor, expires: now() + ttl });
      while (positions.size > capacity) positions.delete(positions.keys().next().value as string);
    },
  };
}
