import { QueryOrder, type EntityManager, type EntityName } from '@mikro-orm/core';
import { DomainError } from '../../common/errors';
import { decodeCursor, encodeCursor, type KeysetCursor } from '../../common/cursor';
import type { Condition } from './conditions';

/** A sortable property: its entity property name, and how its cursor value round-trips. */
export interface SortKey {
  /** Public name of the sort (cursor tag), e.g. `userName`. */
  name: string;
  /** Entity property ordered by (e.g. `userNameKey` for case-insensitive order). */
  property: string;
  kind: 'string' | 'date' | 'boolean' | 'number';
}

export interface PageRequest {
  /** Page size; capped by the caller's maximum. */
  first: number;
  /** Keyset cursor from a previous page (`endCursor` / SCIM `nextCursor`). */
  after?: string | null;
  /** Rows to skip (index paging); not combined with `after`. */
  offset?: number | null;
  sort: SortKey;
  descending?: boolean;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
  /** Counted on demand: a page that does not ask for the total does not pay for it. */
  totalCount: () => Promise<number>;
}

export const MAX_PAGE_SIZE = 1000;

type Row = { id: string };

function cursorValue(kind: SortKey['kind'], value: unknown): KeysetCursor['value'] {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (kind === 'number') return Number(value);
  if (kind === 'boolean') return Boolean(value);
  return String(value);
}

function fromCursorValue(kind: SortKey['kind'], value: KeysetCursor['value']): unknown {
  if (value === null) return null;
  if (kind === 'date') {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw invalidCursor();
    return date;
  }
  return value;
}

const invalidCursor = (): DomainError =>
  new DomainError('BAD_USER_INPUT', 'The cursor is not valid for this query', { field: 'after', reason: 'invalidCursor' });

/**
 * Rows after the cursor in `(sort, id)` order, with NULL sort values last when ascending and
 * first when descending (RFC 7644 §3.4.2.3). The sort value is bounded first (`sort ≥ v`, or
 * `≤` descending) so that an index on `(…, sort, id)` starts the page at the cursor: without the
 * bound the database walks every row before it. A nullable sort ascending still needs the NULL
 * rows that come last, which an OR with the bound keeps from being a plain range.
 */
function afterCondition(cursor: KeysetCursor, sort: SortKey, nullable: boolean): Condition {
  const p = sort.property;
  const v = fromCursorValue(sort.kind, cursor.value);
  const idOp = cursor.desc ? '$lt' : '$gt';
  if (v === null) {
    return cursor.desc
      ? { $or: [{ [p]: null, id: { [idOp]: cursor.id } }, { [p]: { $ne: null } }] }
      : { [p]: null, id: { [idOp]: cursor.id } };
  }
  const later: Condition = {
    $and: [{ [p]: { [cursor.desc ? '$lte' : '$gte']: v } }, { $or: [{ [p]: { [cursor.desc ? '$lt' : '$gt']: v } }, { id: { [idOp]: cursor.id } }] }],
  };
  return !cursor.desc && nullable ? { $or: [later, { [p]: null }] } : later;
}

function checkRequest(request: PageRequest): void {
  if (request.first < 0) throw new DomainError('BAD_USER_INPUT', 'first must not be negative', { field: 'first' });
  if ((request.offset ?? 0) < 0) throw new DomainError('BAD_USER_INPUT', 'offset must not be negative', { field: 'offset' });
  if (request.after && request.offset) {
    throw new DomainError('BAD_USER_INPUT', 'Use either after or offset, not both', { field: 'offset' });
  }
}

/**
 * One page of `entity` rows matching `where`, by keyset cursor or by offset. `where` builds the
 * condition afresh for each query: a raw SQL fragment serves one query only.
 */
export async function findPage<T extends Row>(
  em: EntityManager,
  entity: EntityName<T>,
  where: () => Condition,
  request: PageRequest,
): Promise<Page<T>> {
  checkRequest(request);
  const { sort } = request;
  const desc = request.descending ?? false;
  const first = Math.max(0, Math.min(request.first, MAX_PAGE_SIZE));
  let pageWhere = where();
  if (request.after) {
    const cursor = decodeCursor(request.after);
    if (!cursor || cursor.sort !== sort.name || cursor.desc !== desc) throw invalidCursor();
    const property = (em.getMetadata().find(entity)?.properties as Record<string, { nullable?: boolean }> | undefined)?.[sort.property];
    pageWhere = { $and: [pageWhere, afterCondition(cursor, sort, property ? property.nullable === true : true)] };
  }
  const order = desc ? QueryOrder.DESC_NULLS_FIRST : QueryOrder.ASC_NULLS_LAST;
  const offset = request.after ? 0 : Math.max(0, request.offset ?? 0);
  const rows =
    first === 0
      ? []
      : ((await em.find(entity, pageWhere as never, {
          orderBy: { [sort.property]: order, id: desc ? QueryOrder.DESC : QueryOrder.ASC } as never,
          limit: first + 1,
          offset,
        })) as T[]);
  const nodes = rows.slice(0, first);
  const cursorOf = (row: T): string =>
    encodeCursor({ sort: sort.name, desc, value: cursorValue(sort.kind, (row as Record<string, unknown>)[sort.property]), id: row.id });
  let total: Promise<number> | undefined;
  return {
    nodes,
    hasNextPage: rows.length > first,
    hasPreviousPage: Boolean(request.after) || offset > 0,
    startCursor: nodes.length ? cursorOf(nodes[0]) : null,
    endCursor: nodes.length ? cursorOf(nodes[nodes.length - 1]) : null,
    totalCount: () => (total ??= em.count(entity, where() as never)),
  };
}
