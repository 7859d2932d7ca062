import { DomainError } from '../../common/errors';
import { decodeCursor, encodeCursor, type KeysetCursor } from '../../common/cursor';
import { stringProblem } from '../../common/input-guard';
import type { DomainContext } from '../context';
import { allOf, type Condition } from './conditions';
import type { TableReader } from './rows';
import { isSqlite, selectFirst, selectRows, sqlText, type SqlValue } from './sql';

/** A sortable property: its name in cursors, the property ordered by, and how its cursor value round-trips. */
export interface SortKey {
  /** Public name of the sort (cursor tag), e.g. `userName`. */
  name: string;
  /** Property ordered by (e.g. `userNameKey` for case-insensitive order). */
  property: string;
  kind: 'string' | 'date' | 'boolean' | 'number';
  /**
   * Order by `lower(column)`, then id: a string attribute with caseExact false and no lower-cased
   * key column (RFC 7644 §3.4.2.3). Cursors keep the value as stored, compared through `lower(?)`,
   * so that both sides fold alike: SQLite's lower() folds ASCII letters only, PostgreSQL's all.
   */
  ignoreCase?: boolean;
}

export interface PageRequest {
  /** Page size counted forward, from the start or after `after`; capped at MAX_PAGE_SIZE. */
  first?: number | null;
  /** Page size counted backward, from the end or before `before`; not with `first`. */
  last?: number | null;
  /** Keyset cursor: the page starts after this row (`endCursor` / SCIM `nextCursor`). */
  after?: string | null;
  /** Keyset cursor: the page ends before this row (`startCursor` / SCIM `previousCursor`). */
  before?: string | null;
  /** Rows to skip (index paging); forward only, not combined with `after`. */
  offset?: number | null;
  sort: SortKey;
  descending?: boolean;
  /**
   * At most one row matches (the filter holds a unique key's equality within one organization): the
   * page is read without ORDER BY, so that the database reads it by that key's index whatever its
   * statistics say. PostgreSQL, whose statistics may still hold an organization empty while an IdP
   * fills it, would otherwise read the sort's index through every row of the organization. Its
   * first row alone is fetched.
   */
  atMostOne?: boolean;
  /**
   * The filter holds an equality on an indexed column that few rows share (an IdP's `externalId
   * eq`): on PostgreSQL the rows matching it are found first and sorted after, so that stale
   * statistics cannot make walking the organization in the sort's order look cheaper.
   */
  narrow?: boolean;
}

/** Which rows of a list a request asks for: its paging arguments, whatever the entity. */
export type PageWindow = Pick<PageRequest, 'first' | 'last' | 'after' | 'before' | 'offset'>;

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
  /** Counted on demand, and only when the page cannot tell: a page that does not ask for it does not pay. */
  totalCount: () => Promise<number>;
}

export const MAX_PAGE_SIZE = 1000;

/**
 * Whether every row a filter matches has one given value of `field` (its `eq`, at the filter's top
 * or in an `and`).
 */
export function pinsEquality<F extends { and?: readonly F[] | null }>(filter: F | null | undefined, field: keyof F): boolean {
  if (!filter) return false;
  const condition = filter[field] as { eq?: unknown } | null | undefined;
  return typeof condition?.eq === 'string' || (filter.and ?? []).some((inner) => pinsEquality(inner, field));
}

/**
 * Whether a list matches one row at most (`PageRequest.atMostOne`): its filter pins `field`, a key
 * unique within an organization, and the list is one organization's. An internal token's list
 * across organizations may match one row in each.
 */
export function pinsUniqueKey<F extends { and?: readonly F[] | null }>(organizationId: string | undefined, filter: F | null | undefined, field: keyof F): boolean {
  return organizationId !== undefined && pinsEquality(filter, field);
}

type Row = { id: string };

function cursorValue(kind: SortKey['kind'], value: unknown): KeysetCursor['value'] {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (kind === 'number') return Number(value);
  if (kind === 'boolean') return Boolean(value);
  return String(value);
}

/** The form `cursorValue` writes dates in (`Date#toISOString` of years 0000–9999). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The cursor's sort value as the column holds it; undefined when it is not a value this sort can
 * have made: a date outside years 0000–9999 or in another form (PostgreSQL fails on year
 * -200000), a non-finite number, a string holding NUL or a lone surrogate, a value of another type.
 */
function fromCursorValue(kind: SortKey['kind'], value: KeysetCursor['value']): SqlValue | undefined {
  if (value === null) return null;
  switch (kind) {
    case 'date': {
      if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return undefined;
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? undefined : date;
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    default:
      return typeof value === 'string' && stringProblem(value) === null ? value : undefined;
  }
}

const invalidCursor = (field: 'after' | 'before'): DomainError => new DomainError('INVALID_CURSOR', 'The cursor is not valid for this query', { field });

/**
 * Rows after the cursor in `(sort, id)` order, with NULL sort values last when ascending and
 * first when descending (RFC 7644 §3.4.2.3). The sort value is bounded first (`sort ≥ v`, or
 * `≤` descending) so that an index on `(…, sort, id)` starts the page at the cursor: without the
 * bound the database walks every row before it. A nullable sort ascending still needs the NULL
 * rows that come last, which an OR with the bound keeps from being a plain range.
 */
function afterCondition(cursor: KeysetCursor, sort: SortKey, column: string, nullable: boolean): Condition {
  const v = fromCursorValue(sort.kind, cursor.value) ?? null;
  const idOp = cursor.desc ? '<' : '>';
  const key = sortExpression(sort, column);
  if (v === null) {
    const nullRows = (a: string) => `(${a}.${column} is null and ${a}.id ${idOp} ?)`;
    return cursor.desc
      ? { sql: (a) => `(${nullRows(a)} or ${a}.${column} is not null)`, params: [cursor.id] }
      : { sql: nullRows, params: [cursor.id] };
  }
  const [bound, strict] = cursor.desc ? ['<=', '<'] : ['>=', '>'];
  const value = sort.ignoreCase ? 'lower(?)' : '?';
  const later = (a: string) => `(${key(a)} ${bound} ${value} and (${key(a)} ${strict} ${value} or ${a}.id ${idOp} ?))`;
  if (!cursor.desc && nullable) return { sql: (a) => `(${later(a)} or ${a}.${column} is null)`, params: [v, v, cursor.id] };
  return { sql: later, params: [v, v, cursor.id] };
}

/** What a sort orders by on the alias: the column, or `lower(column)` for a sort that ignores case. */
const sortExpression =
  (sort: SortKey, column: string) =>
  (alias: string): string =>
    sort.ignoreCase ? `lower(${alias}.${column})` : `${alias}.${column}`;

function checkRequest(request: PageRequest): void {
  const bad = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, { field });
  if ((request.first ?? 0) < 0) throw bad('first', 'first must not be negative');
  if ((request.last ?? 0) < 0) throw bad('last', 'last must not be negative');
  if ((request.offset ?? 0) < 0) throw bad('offset', 'offset must not be negative');
  if (request.first != null && request.last != null) throw bad('last', 'Use either first or last, not both');
  if (request.first == null && request.last == null) throw bad('first', 'Give first or last: the page size');
  if (request.offset && request.after) throw bad('offset', 'Use either after or offset, not both');
  if (request.offset && (request.before || request.last != null)) throw bad('offset', 'offset pages forward: it cannot be combined with before or last');
}

/** Decodes a cursor made for this sort and direction, or fails with INVALID_CURSOR naming the argument. */
function readCursor(text: string, field: 'after' | 'before', sort: SortKey, desc: boolean): KeysetCursor {
  const cursor = decodeCursor(text);
  if (!cursor || cursor.sort !== sort.name || cursor.desc !== desc) throw invalidCursor(field);
  if (fromCursorValue(sort.kind, cursor.value) === undefined) throw invalidCursor(field);
  return cursor;
}

/** The total a page already tells: a forward page without a cursor that has no next page. */
function knownTotal(request: PageRequest, rows: number, more: boolean, offset: number): number | null {
  if (more || request.after || request.before || request.last != null) return null;
  return rows > 0 || offset === 0 ? offset + rows : null;
}

/**
 * A page's SELECT: `from` (with `t` for the table), in `order` (null: unordered), `limit ? offset ?`.
 * A planner may read the organization in the sort's index order, filtering every row, to save a
 * sort: PostgreSQL when its statistics still hold the organization empty while an IdP fills it,
 * SQLite (which has no statistics) for an equality that another index answers. Two things are
 * kept out of that choice:
 * - an equality that few rows share (`narrow`): its rows are selected first, in a subquery that is
 *   planned on its own, then sorted and paged;
 * - on PostgreSQL, subqueries in the select list (`withMoreColumns`), which weigh on its plan: the
 *   page is selected first, then the subqueries on its rows, in the same order (which the planner
 *   knows it already has: no second sort). SQLite computes them after the sort anyway.
 */
function pageSqlText<T>(sqlite: boolean, reader: TableReader<T>, from: string, order: ((alias: string) => string) | null, narrow: boolean): string {
  const tail = (alias: string): string => `${order ? ` order by ${order(alias)}` : ''}`;
  if (narrow && order) {
    // A subquery with a LIMIT (SQLite: none, -1) or an OFFSET (PostgreSQL) is planned on its own.
    const fence = sqlite ? 'limit -1' : 'offset 0';
    const more = reader.moreColumns ? `, ${reader.moreColumns('p')}` : '';
    return `select p.*${more} from (select ${reader.ownColumns('t')} ${from} ${fence}) p${tail('p')} limit ? offset ?`;
  }
  if (sqlite || !reader.moreColumns) return `select ${reader.columns('t')} ${from}${tail('t')} limit ? offset ?`;
  return `select p.*, ${reader.moreColumns('p')} from (select ${reader.ownColumns('t')} ${from}${tail('t')} limit ? offset ?) p${tail('p')}`;
}

/** `pageSqlText`, made once per reader and shape of the page (`sqlText`). */
function pageSql<T>(ctx: DomainContext, reader: TableReader<T>, from: string, order: ((alias: string) => string) | null, narrow: boolean): string {
  const sqlite = isSqlite(ctx);
  const key = `page ${sqlite ? 'sqlite' : 'postgresql'}${narrow ? ' narrow' : ''}|${order ? order('') : ''}|${from}`;
  return sqlText(reader, key, () => pageSqlText(sqlite, reader, from, order, narrow));
}

/** A page's rows: its first alone when at most one row matches (one native call on SQLite). */
async function readRows(ctx: DomainContext, sql: string, params: SqlValue[], atMostOne: boolean): Promise<Record<string, unknown>[]> {
  if (!atMostOne) return selectRows(ctx, sql, params);
  const row = await selectFirst(ctx, sql, params);
  return row ? [row] : [];
}

/**
 * One page of the table's rows matching `where`, by keyset cursor or by offset: `first` rows
 * forward (after `after`), or `last` rows backward (before `before`), read in reverse order and
 * returned in list order. One SELECT; the COUNT behind `totalCount` runs only when asked for and
 * the page does not tell it.
 */
export async function findPage<T extends Row>(ctx: DomainContext, reader: TableReader<T>, where: Condition, request: PageRequest): Promise<Page<T>> {
  checkRequest(request);
  const { sort } = request;
  const desc = request.descending ?? false;
  const backward = request.last != null;
  const size = Math.max(0, Math.min((backward ? request.last : request.first) ?? 0, MAX_PAGE_SIZE));
  const column = reader.column(sort.property as keyof T & string);
  const nullable = reader.nullable(sort.property as keyof T & string);
  const bounds: Condition[] = [where];
  if (request.after) bounds.push(afterCondition(readCursor(request.after, 'after', sort, desc), sort, column, nullable));
  // Before a row in this order is after it in the reverse order (NULLs trade ends with it).
  if (request.before) bounds.push(afterCondition({ ...readCursor(request.before, 'before', sort, desc), desc: !desc }, sort, column, nullable));
  const readDesc = backward ? !desc : desc;
  const offset = request.after || backward ? 0 : Math.max(0, request.offset ?? 0);
  const condition = allOf(bounds);
  const key = sortExpression(sort, column);
  const order = (alias: string): string => (readDesc ? `${key(alias)} desc nulls first, ${alias}.id desc` : `${key(alias)} asc nulls last, ${alias}.id asc`);
  const sql = pageSql(ctx, reader, `from ${reader.table} t where ${condition.sql('t')}`, request.atMostOne ? null : order, request.narrow ?? false);
  const rows = size === 0 ? [] : (await readRows(ctx, sql, [...condition.params, size + 1, offset], request.atMostOne ?? false)).map(reader.read);
  const more = rows.length > size;
  const nodes = rows.slice(0, size);
  if (backward) nodes.reverse();
  const cursorOf = (row: T): string =>
    encodeCursor({ sort: sort.name, desc, value: cursorValue(sort.kind, (row as Record<string, unknown>)[sort.property]), id: row.id });
  const known = size === 0 ? null : knownTotal(request, nodes.length, more, offset);
  let total: Promise<number> | undefined;
  const count = async (): Promise<number> => {
    const [row] = await selectRows<{ n: number | string }>(ctx, `select count(*) as n from ${reader.table} t where ${where.sql('t')}`, where.params);
    return Number(row.n);
  };
  return {
    nodes,
    // The row a `before` cursor names follows the page, as the one an `after` cursor names precedes it.
    hasNextPage: backward ? Boolean(request.before) : more || Boolean(request.before),
    hasPreviousPage: backward ? more || Boolean(request.after) : Boolean(request.after) || offset > 0,
    // Made when read: a page whose cursors nobody shows (an IdP's index page) does not make them.
    get startCursor() {
      return nodes.length ? cursorOf(nodes[0]) : null;
    },
    get endCursor() {
      return nodes.length ? cursorOf(nodes[nodes.length - 1]) : null;
    },
    totalCount: () => (total ??= known === null ? count() : Promise.resolve(known)),
  };
}
