import { raw } from '@mikro-orm/core';
import { isUuid, uuidsOf } from '../../common/ids';

/**
 * Typed filter primitives shared by every list query, and their translation into MikroORM
 * conditions. Everything runs in SQL; nothing is filtered in memory.
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

/** One SQL-side condition; combined with `$and` / `$or` / `$not`. */
export type Condition = Record<string, unknown>;

/** How a string attribute is stored. */
export interface StringColumn {
  /** Column as written in SQL, e.g. `user_name`. */
  column: string;
  /** A column holding the lower-cased value (index-backed case-insensitive compares). */
  keyColumn?: string;
  /** SCIM `caseExact` of the attribute. */
  caseExact: boolean;
}

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);
const charLength = (value: string): number => [...value].length;

/** An SQL predicate over one table alias, with its parameters. */
export interface SqlPredicate {
  sql: (alias: string) => string;
  params: unknown[];
}

/** A raw condition whose SQL refers to the current table alias. */
function sqlCondition(build: (alias: string) => string, params: unknown[]): Condition {
  return { [raw((alias: string) => build(alias), params)]: [] };
}

/** A predicate as a MikroORM condition on the queried entity's table. */
export function rawCondition(predicate: SqlPredicate): Condition {
  return sqlCondition(predicate.sql, predicate.params);
}

/** A condition no row meets (e.g. an id filter with a value that cannot be an id). */
export const NOTHING: () => Condition = () => sqlCondition(() => '1 = 0', []);

/** The string operators of `filter` as SQL predicates on one column; all must hold. */
export function stringPredicates(target: StringColumn, filter: StringCondition): SqlPredicate[] {
  const exact = filter.caseExact ?? target.caseExact;
  const out: SqlPredicate[] = [];
  const col = (a: string): string => (!exact && target.keyColumn ? `${a}.${target.keyColumn}` : exact ? `${a}.${target.column}` : `lower(${a}.${target.column})`);
  const norm = (v: string): string => (exact ? v : v.toLowerCase());
  const push = (build: (c: string) => string, params: unknown[]): void => {
    out.push({ sql: (a) => build(col(a)), params });
  };
  const { eq, ne, co, sw, ew, gt, ge, lt, le, present } = filter;
  if (eq != null) push((c) => `${c} = ?`, [norm(eq)]);
  if (ne != null) push((c) => `(${c} is null or ${c} <> ?)`, [norm(ne)]);
  if (co != null) {
    if (exact) push((c) => `(${c} is not null and replace(${c}, ?, '') <> ${c})`, [co]);
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
    out.push({
      sql: (a) => (present ? `(${a}.${target.column} is not null and ${a}.${target.column} <> '')` : `(${a}.${target.column} is null or ${a}.${target.column} = '')`),
      params: [],
    });
  }
  return out;
}

export function stringConditions(target: StringColumn, filter: StringCondition): Condition[] {
  return stringPredicates(target, filter).map(rawCondition);
}

/** Conditions on a mapped property (the ORM converts the values for the dialect). */
export function booleanConditions(property: string, filter: BooleanCondition): Condition[] {
  const out: Condition[] = [];
  if (filter.eq != null) out.push({ [property]: filter.eq });
  if (filter.ne != null) out.push({ $or: [{ [property]: { $ne: filter.ne } }, { [property]: null }] });
  if (filter.present != null) out.push({ [property]: filter.present ? { $ne: null } : null });
  return out;
}

/** Comparisons on an ordered property (dates, numbers), and `present` for a nullable one. */
export function orderedConditions(property: string, filter: OrderedCondition<unknown> & { present?: boolean | null }): Condition[] {
  const out: Condition[] = [];
  const ops = { eq: '$eq', ne: '$ne', gt: '$gt', ge: '$gte', lt: '$lt', le: '$lte' } as const;
  for (const [key, op] of Object.entries(ops) as [keyof typeof ops, string][]) {
    const value = filter[key];
    if (value != null) out.push({ [property]: { [op]: value } });
  }
  if (filter.present != null) out.push({ [property]: filter.present ? { $ne: null } : null });
  return out;
}

/** Conditions on a UUID property; non-UUID values match nothing (never a database error). */
export function idConditions(property: string, filter: IdCondition): Condition[] {
  const out: Condition[] = [];
  if (filter.eq != null) out.push(isUuid(filter.eq) ? { [property]: filter.eq.toLowerCase() } : NOTHING());
  if (filter.ne != null && isUuid(filter.ne)) out.push({ [property]: { $ne: filter.ne.toLowerCase() } });
  if (filter.in != null) {
    const ids = uuidsOf(filter.in);
    out.push(ids.length ? { [property]: { $in: ids } } : NOTHING());
  }
  return out;
}

/** `idConditions` as SQL on a column (inside an EXISTS); null when there is no condition. */
export function idSql(column: string, cond: IdCondition): { sql: string; params: unknown[] } | null {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (cond.eq != null) {
    if (!isUuid(cond.eq)) return { sql: '1 = 0', params: [] };
    parts.push(`${column} = ?`);
    params.push(cond.eq.toLowerCase());
  }
  if (cond.ne != null && isUuid(cond.ne)) {
    parts.push(`${column} <> ?`);
    params.push(cond.ne.toLowerCase());
  }
  if (cond.in != null) {
    const ids = uuidsOf(cond.in);
    if (ids.length === 0) return { sql: '1 = 0', params: [] };
    parts.push(`${column} in (${ids.map(() => '?').join(', ')})`);
    params.push(...ids);
  }
  return parts.length ? { sql: parts.join(' and '), params } : null;
}

/** `EXISTS (select 1 from <table> x where x.organization_id = alias.organization_id and <join> and <where>)`. */
export function existsCondition(
  table: string,
  join: (outer: string) => string,
  where: { sql: string; params: unknown[] } | null,
): Condition {
  return sqlCondition(
    (a) => `exists (select 1 from ${table} x where x.organization_id = ${a}.organization_id and ${join(a)}${where ? ` and (${where.sql})` : ''})`,
    where?.params ?? [],
  );
}

/** Combines conditions: all must hold; an empty list is no condition. */
export function allOf(conditions: Condition[]): Condition {
  if (conditions.length === 0) return {};
  if (conditions.length === 1) return conditions[0];
  return { $and: conditions };
}

/** No condition: holds for every row. */
const isEmpty = (condition: Condition): boolean => Object.keys(condition).length === 0;

/** Any of the conditions; an empty one holds for every row, and so does the whole. */
export function anyOf(conditions: Condition[]): Condition {
  if (conditions.some(isEmpty)) return {};
  return conditions.length === 1 ? conditions[0] : { $or: conditions };
}

/** The negation of a condition; of an empty one (every row), no row. */
export function negation(condition: Condition): Condition {
  return isEmpty(condition) ? NOTHING() : { $not: condition };
}
