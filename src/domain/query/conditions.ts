import { isUuid, uuidsOf } from '../../common/ids';
import { DomainError } from '../../common/errors';
import { foldEqualities, joinedSql } from './joined-sql';
import type { SqlValue } from './sql';

/**
 * Typed filter primitives shared by every list query, and their translation into SQL predicates
 * on one table alias. Everything runs in SQL; nothing is filtered in memory.
 */
export interface StringCondition {
  eq?: string | null;
  ne?: string | null;
  co?: string | null;
  sw?: string | null;
  ew?: string | null;
  gt?: string | null;
  ge?: string | null;
  lt?: string | null;
  le?: string | null;
  /** true: has a non-empty value; false: has none. */
  present?: boolean | null;
  /** Compare case-sensitively (SCIM `caseExact`); the default comes from the attribute. */
  caseExact?: boolean | null;
}

export interface BooleanCondition {
  eq?: boolean | null;
  ne?: boolean | null;
  present?: boolean | null;
}

/** Comparisons on an ordered value; all given must hold. */
export interface OrderedCondition<T> {
  eq?: T | null;
  ne?: T | null;
  gt?: T | null;
  ge?: T | null;
  lt?: T | null;
  le?: T | null;
}

export interface DateTimeCondition extends OrderedCondition<Date> {
  present?: boolean | null;
}

/** Conditions on a whole number (a version). */
export type IntCondition = OrderedCondition<number>;

/** Conditions on an id (UUID) column. Values that are not UUIDs match nothing. */
export interface IdCondition {
  eq?: string | null;
  ne?: string | null;
  in?: string[] | null;
}

/** Conditions on a value from a fixed set (an enum). */
export interface EnumCondition<T extends string> {
  eq?: T | null;
  ne?: T | null;
  in?: T[] | null;
  /** true: has a value; false: has none. */
  present?: boolean | null;
}

/** An SQL predicate over one table alias, with its parameters in order. */
export interface Condition {
  sql: (alias: string) => string;
  params: SqlValue[];
  /** Parentheses it nests (and/or/not/exists); absent for a plain predicate. */
  depth?: number;
  /** Of `params`, the values it compares (default all); a statement's own scope (`equalities`) compares none. */
  values?: number;
  /** The comparisons it makes (default 1; an `in` list is one); a statement's own scope makes none. */
  terms?: number;
  /** Set on `column = ?`: `anyOf` folds several on one column into `column in (…)` (`joined-sql.ts`). */
  equals?: { column: (alias: string) => string; value: SqlValue };
}

/**
 * Parentheses a condition may nest. SQLite's parser holds about 100 open symbols: a filter
 * alternating `or` and `and` 30 deep, each nested filter last, overflowed it until `joinedSql`
 * put nested filters first; PostgreSQL goes further. Filters from either door are refused past
 * it with a clear error instead.
 */
export const MAX_CONDITION_DEPTH = 32;
/** Values one condition may bind: below SQLite's 32,766 bound variables, with room for the statement's own. */
export const MAX_CONDITION_VALUES = 30_000;
/**
 * Comparisons one condition may make, an `or` of equalities on one attribute (an `in` list)
 * counting as one. Compiling a statement takes time growing faster than its terms, and SQLite
 * compiles on the one thread: an `and` of 30,000 `ne` held it 13 s, of 2,000 about 0.1 s.
 */
export const MAX_CONDITION_TERMS = 2_000;

/** A combined condition, refused with BAD_USER_INPUT when it nests too deep or compares too much. */
function nested(sql: (alias: string) => string, parts: readonly Condition[], extraDepth = 1): Condition {
  let deepest = 0;
  let values = 0;
  let terms = 0;
  for (const part of parts) {
    deepest = Math.max(deepest, part.depth ?? 0);
    values += part.values ?? part.params.length;
    terms += part.terms ?? 1;
  }
  const depth = extraDepth + deepest;
  if (depth > MAX_CONDITION_DEPTH) {
    throw new DomainError('BAD_USER_INPUT', `The filter nests deeper than ${MAX_CONDITION_DEPTH} levels of and/or/not`, { field: 'filter' });
  }
  if (values > MAX_CONDITION_VALUES) throw tooManyValues(values);
  if (terms > MAX_CONDITION_TERMS) {
    throw new DomainError('BAD_USER_INPUT', `The filter makes ${terms} comparisons; at most ${MAX_CONDITION_TERMS} are allowed (an or of equalities on one attribute counts as one)`, {
      field: 'filter',
    });
  }
  const params = parts.length === 1 ? parts[0].params : parts.flatMap((p) => p.params);
  return { sql, params, depth, values, terms };
}

const tooManyValues = (count: number): DomainError =>
  new DomainError('BAD_USER_INPUT', `The filter compares ${count} values; at most ${MAX_CONDITION_VALUES} are allowed`, { field: 'filter' });

/** How a string attribute is stored. */
export interface StringColumn {
  /** Column as written in SQL, e.g. `user_name`. */
  column: string;
  /** A column holding the lower-cased value (index-backed case-insensitive compares). */
  keyColumn?: string;
  /** SCIM `caseExact` of the attribute. */
  caseExact: boolean;
  /** Stored trimmed (userName, a team's displayName): `eq`/`ne` compare trimmed, so `userName eq "bob@x.com "` finds bob. */
  trimmed?: boolean;
}

/** Holds for every row: what an empty filter compiles to. */
export const EVERYTHING: Condition = { sql: () => '1 = 1', params: [] };
/** Holds for no row (e.g. an id filter with a value that cannot be an id). */
export const NOTHING: Condition = { sql: () => '1 = 0', params: [] };

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);
const charLength = (value: string): number => [...value].length;

/** A predicate on one column of the alias: `build` gets the qualified column. */
const onColumn = (column: string, build: (c: string) => string, params: SqlValue[]): Condition => ({ sql: (a) => build(`${a}.${column}`), params });

/** `column(alias) = ?`, marked so that `anyOf` can fold several into one `in` list. */
const equality = (column: (alias: string) => string, value: SqlValue): Condition => ({ sql: (a) => `${column(a)} = ?`, params: [value], equals: { column, value } });

/** The string operators of `filter` as SQL predicates on one column; all must hold. */
export function stringConditions(target: StringColumn, filter: StringCondition): Condition[] {
  const exact = filter.caseExact ?? target.caseExact;
  const out: Condition[] = [];
  const col = (a: string): string => (!exact && target.keyColumn ? `${a}.${target.keyColumn}` : exact ? `${a}.${target.column}` : `lower(${a}.${target.column})`);
  const norm = (v: string): string => (exact ? v : v.toLowerCase());
  const push = (build: (c: string) => string, params: SqlValue[]): void => void out.push({ sql: (a) => build(col(a)), params });
  const { co, sw, ew, gt, ge, lt, le, present } = filter;
  const [eq, ne] = target.trimmed ? [filter.eq?.trim() ?? filter.eq, filter.ne?.trim() ?? filter.ne] : [filter.eq, filter.ne];
  if (eq != null) out.push(equality(col, norm(eq)));
  if (ne != null) push((c) => `(${c} is null or ${c} <> ?)`, [norm(ne)]);
  if (co != null) {
    // RFC 7644 §3.4.2.2: "" is in every value, but replace() removes nothing of it.
    if (exact && co === '') push((c) => `${c} is not null`, []);
    else if (exact) push((c) => `(${c} is not null and replace(${c}, ?, '') <> ${c})`, [co]);
    else push((c) => `${c} like ? escape '\\'`, [`%${escapeLike(norm(co))}%`]);
  }
  if (sw != null) {
    if (exact) push((c) => `substr(${c}, 1, ${charLength(sw)}) = ?`, [sw]);
    else push((c) => `${c} like ? escape '\\'`, [`${escapeLike(norm(sw))}%`]);
  }
  if (ew != null) {
    if (exact) push((c) => `substr(${c}, length(${c}) - ${charLength(ew)} + 1) = ?`, [ew]);
    else push((c) => `${c} like ? escape '\\'`, [`%${escapeLike(norm(ew))}`]);
  }
  if (gt != null) push((c) => `${c} > ?`, [norm(gt)]);
  if (ge != null) push((c) => `${c} >= ?`, [norm(ge)]);
  if (lt != null) push((c) => `${c} < ?`, [norm(lt)]);
  if (le != null) push((c) => `${c} <= ?`, [norm(le)]);
  if (present != null) {
    const c = target.column;
    out.push(onColumn(c, (q) => (present ? `(${q} is not null and ${q} <> '')` : `(${q} is null or ${q} = '')`), []));
  }
  return out;
}

/** `present` on a nullable column. */
const presence = (column: string, present: boolean): Condition => onColumn(column, (c) => `${c} is ${present ? 'not ' : ''}null`, []);

/** Conditions on a boolean column; `ne` holds for NULL too. */
export function booleanConditions(column: string, filter: BooleanCondition): Condition[] {
  const out: Condition[] = [];
  if (filter.eq != null) out.push(onColumn(column, (c) => `${c} = ?`, [filter.eq]));
  if (filter.ne != null) out.push(onColumn(column, (c) => `(${c} is null or ${c} <> ?)`, [filter.ne]));
  if (filter.present != null) out.push(presence(column, filter.present));
  return out;
}

const ORDERED_OPERATORS = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' } as const;

/** Comparisons on an ordered column (dates, numbers), and `present` for a nullable one. */
export function orderedConditions(column: string, filter: OrderedCondition<Date | number> & { present?: boolean | null }): Condition[] {
  const out: Condition[] = [];
  for (const [key, op] of Object.entries(ORDERED_OPERATORS) as [keyof typeof ORDERED_OPERATORS, string][]) {
    const value = filter[key];
    if (value != null) out.push(onColumn(column, (c) => `${c} ${op} ?`, [value]));
  }
  if (filter.present != null) out.push(presence(column, filter.present));
  return out;
}

/** A condition that scopes a statement (its organization, a row's kind): it counts towards no filter's values or comparisons. */
export const scoping = (condition: Condition): Condition => ({ ...condition, values: 0, terms: 0 });

/** `column = ?` for each given value: equalities on plain columns that scope a statement (its organization, `deleted_at is null`). */
export function equalities(values: Record<string, SqlValue | undefined>): Condition[] {
  return Object.entries(values)
    .filter((entry): entry is [string, SqlValue] => entry[1] !== undefined)
    .map(([column, value]) => scoping(value === null ? presence(column, false) : onColumn(column, (c) => `${c} = ?`, [value])));
}

/** `column in (?, …)`; no values match nothing. */
export function memberOf(column: string, values: readonly SqlValue[]): Condition {
  return values.length === 0 ? NOTHING : inList((a) => `${a}.${column}`, values);
}

/** `expression in (?, …)` of one or more values, refused past MAX_CONDITION_VALUES. */
function inList(expression: (alias: string) => string, values: readonly SqlValue[]): Condition {
  if (values.length > MAX_CONDITION_VALUES) throw tooManyValues(values.length);
  const marks = values.map(() => '?').join(', ');
  return { sql: (a) => `${expression(a)} in (${marks})`, params: [...values] };
}

/** Conditions on an SQL expression over the alias (`expression(alias)`) whose values are an enum's. */
export function enumConditions<T extends string>(expression: (alias: string) => string, filter: EnumCondition<T>): Condition[] {
  const out: Condition[] = [];
  if (filter.eq != null) out.push({ sql: (a) => `${expression(a)} = ?`, params: [filter.eq] });
  if (filter.ne != null) out.push({ sql: (a) => `${expression(a)} <> ?`, params: [filter.ne] });
  if (filter.in != null) out.push(filter.in.length === 0 ? NOTHING : { sql: (a) => `${expression(a)} in (${filter.in!.map(() => '?').join(', ')})`, params: [...filter.in] });
  if (filter.present != null) out.push({ sql: (a) => `${expression(a)} is ${filter.present ? 'not ' : ''}null`, params: [] });
  return out;
}

/** Conditions on a UUID column; non-UUID values match nothing (never a database error). */
export function idConditions(column: string, filter: IdCondition): Condition[] {
  const out: Condition[] = [];
  if (filter.eq != null) out.push(isUuid(filter.eq) ? equality((a) => `${a}.${column}`, filter.eq.toLowerCase()) : NOTHING);
  if (filter.ne != null && isUuid(filter.ne)) out.push(onColumn(column, (c) => `${c} <> ?`, [filter.ne.toLowerCase()]));
  if (filter.in != null) out.push(memberOf(column, uuidsOf(filter.in)));
  return out;
}

/**
 * `EXISTS (select 1 from <table> x where x.organization_id = alias.organization_id and <join> and
 * <where>)`; `where` is a condition on the alias `x`.
 */
export function existsCondition(table: string, join: (outer: string) => string, where: Condition = EVERYTHING): Condition {
  return nested(
    (a) => `exists (select 1 from ${table} x where x.organization_id = ${a}.organization_id and ${join(a)}${where === EVERYTHING ? '' : ` and (${where.sql('x')})`})`,
    [where],
    2,
  );
}

/**
 * `alias.id IN (select x.<column> from <table> x where x.organization_id = ? and <where>)`: the rows
 * that rows of `table` matching `where` point at, found through `table`'s own indexes once, not by a
 * probe per outer row (a correlated EXISTS over 50,000 users took 200 ms for one email). Without an
 * organization (an actor that sees every one), the correlated `existsCondition`.
 */
export function pointedAtBy(table: string, column: string, organizationId: string | null | undefined, where: Condition): Condition {
  if (!organizationId) return existsCondition(table, (a) => `x.${column} = ${a}.id`, where);
  const scope = scoping({ sql: () => '', params: [organizationId] });
  return nested(
    (a) => `${a}.id in (select x.${column} from ${table} x where x.organization_id = ?${where === EVERYTHING ? '' : ` and (${where.sql('x')})`})`,
    [scope, where],
    2,
  );
}

/** All of the conditions; of none, every row. */
export function allOf(conditions: readonly Condition[]): Condition {
  const parts = conditions.filter((c) => c !== EVERYTHING);
  if (parts.length === 0) return EVERYTHING;
  if (parts.length === 1) return parts[0];
  const joined = joinedSql(parts, 'and');
  return nested(joined.sql, joined.parts);
}

/** Any of the conditions; of none, no row. A condition that holds for every row makes the whole hold. */
export function anyOf(conditions: readonly Condition[]): Condition {
  if (conditions.includes(EVERYTHING)) return EVERYTHING;
  if (conditions.length === 0) return NOTHING;
  const folded = foldEqualities(conditions, inList);
  if (folded.length === 1) return folded[0];
  const joined = joinedSql(folded, 'or');
  return nested(joined.sql, joined.parts);
}

/** The negation of a condition; of one that holds for every row, no row. */
export function negation(condition: Condition): Condition {
  return condition === EVERYTHING ? NOTHING : nested((a) => `not (${condition.sql(a)})`, [condition]);
}
