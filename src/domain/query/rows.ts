import type { EntityManager, EntityProperty } from '@mikro-orm/core';
import { newId } from '../../common/ids';
import type { DomainContext } from '../context';
import type { Condition } from './conditions';
import { insertStatement, isSqlite, runStatement, selectRows, sqlText, type SqlValue } from './sql';

/**
 * Rows of an entity's table read with plain SQL (`sql.ts`), turned into plain objects of the
 * entity's properties, whatever each driver returned: SQLite gives dates as epoch milliseconds,
 * booleans as 0/1 and JSON as text; PostgreSQL gives Date, boolean and parsed JSON. The column
 * names and kinds come from the ORM's metadata, so an entity's shape is written down once.
 * What these reads return is not managed by the ORM: it is for rendering, never for writing back.
 */
export interface TableReader<T> {
  /** The table's name. */
  table: string;
  /** Every column, quoted (`"primary"` is a keyword), in one fixed order. */
  columnNames: readonly string[];
  /** The select list `alias."col", …` of every property (and of the columns `withMoreColumns` added). */
  columns(alias: string): string;
  /** The select list of the table's own columns only. */
  ownColumns(alias: string): string;
  /** The select list of the columns `withMoreColumns` added (subqueries per row), when it did. */
  moreColumns?(alias: string): string;
  /** The quoted column of a property, e.g. `userNameKey` → `"user_name_key"`. */
  column(property: keyof T & string): string;
  /** Whether a property's column may hold NULL. */
  nullable(property: keyof T & string): boolean;
  read(row: Record<string, unknown>): T;
  /** The values of every column of `row`, in `columns` order, as SQL parameters (JSON as text). */
  values(row: T): SqlValue[];
  /** One property's value as an SQL parameter (JSON as text). */
  value<K extends keyof T & string>(property: K, value: T[K]): SqlValue;
  /**
   * A new row as a plain object: the entity's defaults (a fresh `id` and timestamps of now) with
   * `values` over them. Cheaper than `new Entity()`, which the ORM wires for change tracking.
   */
  fresh(values: Partial<T>): T;
}

type Kind = 'date' | 'boolean' | 'json' | 'plain';

interface Column {
  property: string;
  name: string;
  kind: Kind;
  nullable: boolean;
}

function kindOf(property: EntityProperty): Kind {
  const type = String(property.type).toLowerCase();
  if (type === 'datetime' || type === 'date' || property.runtimeType === 'Date') return 'date';
  if (type === 'boolean' || property.runtimeType === 'boolean') return 'boolean';
  if (type === 'json' || type === 'jsontype') return 'json';
  return 'plain';
}

const DECODE: Record<Kind, (value: unknown) => unknown> = {
  date: (value) => (value === null || value === undefined || value instanceof Date ? (value ?? null) : new Date(value as number | string)),
  boolean: (value) => (value === null || value === undefined ? null : Boolean(value)),
  json: (value) => (typeof value === 'string' ? JSON.parse(value) : (value ?? null)),
  plain: (value) => value ?? null,
};

const encode = (kind: Kind, value: unknown): SqlValue => (kind === 'json' && value != null ? JSON.stringify(value) : ((value ?? null) as SqlValue));

const readers = new WeakMap<object, TableReader<unknown>>();

/** The entity's defaults, read once from one instance (its field initializers). */
function defaultsOf(entity: new () => unknown, columns: readonly Column[]): Record<string, unknown> {
  const instance = new entity() as Record<string, unknown>;
  return Object.fromEntries(columns.map((c) => [c.property, instance[c.property] ?? null]));
}

/** The reader of an entity's table (built once per entity and ORM). */
export function tableReader<T>(em: EntityManager, entity: new () => T): TableReader<T> {
  const meta = em.getMetadata().get(entity.name);
  const known = readers.get(meta);
  if (known) return known as TableReader<T>;
  const columns: Column[] = Object.values(meta.properties).map((property) => ({
    property: property.name,
    name: property.fieldNames[0],
    kind: kindOf(property),
    nullable: property.nullable === true,
  }));
  const byProperty = new Map(columns.map((c) => [c.property, c]));
  const defaults = defaultsOf(entity, columns);
  const perRow = columns.filter((c) => c.property === 'id' || c.kind === 'date').map((c) => c.property);
  const selectLists = new Map<string, string>();
  const reader: TableReader<T> = {
    table: meta.tableName,
    columnNames: columns.map((c) => `"${c.name}"`),
    columns: (alias) => reader.ownColumns(alias),
    ownColumns: (alias) => {
      let list = selectLists.get(alias);
      if (list === undefined) selectLists.set(alias, (list = columns.map((c) => `${alias}."${c.name}"`).join(', ')));
      return list;
    },
    column: (property) => `"${byProperty.get(property)!.name}"`,
    nullable: (property) => byProperty.get(property)?.nullable ?? true,
    read(row) {
      const out: Record<string, unknown> = {};
      for (const c of columns) out[c.property] = DECODE[c.kind](row[c.name]);
      return out as T;
    },
    values(row) {
      const record = row as Record<string, unknown>;
      return columns.map((c) => encode(c.kind, record[c.property]));
    },
    value: (property, value) => encode(byProperty.get(property)?.kind ?? 'plain', value),
    fresh(values) {
      const row: Record<string, unknown> = { ...defaults };
      for (const property of perRow) if (row[property] !== null) row[property] = property === 'id' ? newId() : new Date();
      return Object.assign(row, values) as T;
    },
  };
  readers.set(meta, reader);
  return reader;
}

/**
 * A correlated subquery that gives the rows of `reader`'s table it selects as one JSON array of
 * objects keyed by column name (what `read` takes), `[]` when there are none, in `orderBy` order:
 * a parent row and its child rows in one statement. `from` is the subquery's FROM and WHERE, with
 * `alias` for this table; read the column's value with `readJsonRows`.
 */
export function jsonRowsSql(ctx: DomainContext, reader: TableReader<unknown>, alias: string, from: string, orderBy: string): string {
  const names = reader.columnNames.map((quoted) => quoted.slice(1, -1));
  if (isSqlite(ctx)) {
    const object = names.map((name) => `'${name}', ${alias}."${name}"`).join(', ');
    return `(select json_group_array(json_object(${object}) order by ${orderBy}) from ${from})`;
  }
  // json_build_object takes at most 100 arguments; json_agg of the whole row has no such limit.
  return `(select coalesce(json_agg(${alias} order by ${orderBy}), '[]') from ${from})`;
}

/** The rows of a `jsonRowsSql` column (SQLite gives JSON text, PostgreSQL parsed JSON), read as `reader.read` reads a row. */
export function readJsonRows<T>(reader: TableReader<T>, value: unknown): T[] {
  const rows = (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>[];
  return rows.map(reader.read);
}

/**
 * `reader` with more columns after its own (`more.columns` gives their select list, each aliased)
 * and `more.read` adding what they hold to each row read: a read of the table that brings related
 * rows along (`jsonRowsSql`). Its rows are for rendering only, like every reader's. Such a column
 * costs only for the rows a statement returns: SQLite and PostgreSQL compute a select list's
 * subqueries after the sort and the LIMIT (a page of PostgreSQL selects them around its rows:
 * `findPage`).
 */
export function withMoreColumns<T, X extends object>(
  reader: TableReader<T>,
  more: { columns(alias: string): string; read(row: Record<string, unknown>): X },
): TableReader<T & X> {
  const moreLists = new Map<string, string>();
  const moreColumns = (alias: string): string => {
    let list = moreLists.get(alias);
    if (list === undefined) moreLists.set(alias, (list = reader.moreColumns ? `${reader.moreColumns(alias)}, ${more.columns(alias)}` : more.columns(alias)));
    return list;
  };
  return {
    ...(reader as unknown as TableReader<T & X>),
    columns: (alias) => `${reader.ownColumns(alias)}, ${moreColumns(alias)}`,
    moreColumns,
    read: (row) => Object.assign(reader.read(row) as T & object, more.read(row)) as T & X,
  };
}

/** Most rows per INSERT statement (SQLite allows 32,766 parameters; the widest table has about 40 columns). */
const ROWS_PER_INSERT = 500;

/** `insert into t (every column) values (?, …), …` for `count` rows, made once per table and count. */
function insertSql(reader: TableReader<unknown>, count: number): string {
  return sqlText(reader, `insert ${count}`, () => {
    const marks = `(${reader.columnNames.map(() => '?').join(', ')})`;
    return `insert into ${reader.table} (${reader.columnNames.join(', ')}) values ${Array.from({ length: count }, () => marks).join(', ')}`;
  });
}

/**
 * Inserts whole rows (every column: build them with `reader.fresh`, so the entity's defaults
 * apply), in as few statements as the parameter limits allow.
 */
export async function insertRows<T>(ctx: DomainContext, reader: TableReader<T>, rows: readonly T[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    await insertStatement(ctx, insertSql(reader as TableReader<unknown>, chunk.length), chunk.flatMap((row) => reader.values(row)));
  }
}

/** The rows matching `where` (a condition on the alias `t`), with an optional `order by …`/`limit …` tail. */
export async function selectWhere<T>(ctx: DomainContext, reader: TableReader<T>, where: Condition, tail = ''): Promise<T[]> {
  const rows = await selectRows(ctx, `select ${reader.columns('t')} from ${reader.table} t where ${where.sql('t')}${tail ? ` ${tail}` : ''}`, where.params);
  return rows.map(reader.read);
}

/** Sets the given properties on the rows matching `where` (a condition on the table itself); returns how many changed. */
export async function updateWhere<T>(ctx: DomainContext, reader: TableReader<T>, changes: Partial<T>, where: Condition): Promise<number> {
  const entries = Object.entries(changes).filter(([, value]) => value !== undefined) as [keyof T & string, T[keyof T & string]][];
  const sets = entries.map(([property]) => `${reader.column(property)} = ?`).join(', ');
  const values = entries.map(([property, value]) => reader.value(property, value));
  return runStatement(ctx, `update ${reader.table} set ${sets} where ${where.sql(reader.table)}`, [...values, ...where.params]);
}
