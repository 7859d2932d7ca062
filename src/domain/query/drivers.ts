import { SQLITE_FILE_ERROR } from '../db-errors';
import type { SqlValue } from './sql';

/**
 * The two drivers as `sql.ts` uses them: run one prepared statement on a connection of the ORM's
 * pool. Statements are prepared once per connection and kept.
 */

export interface Outcome {
  rows: unknown[];
  count: number;
}

/**
 * What a statement's caller wants back: its rows, the first of them only (a statement that
 * matches one row at most), or the count of rows it changed.
 */
export type Want = 'rows' | 'first' | 'count';

/** What a driver connection must do for this module: run one prepared statement. */
export interface Dialect {
  /** `valuesOnly`: the statement's plan cannot depend on its values (an INSERT … VALUES). */
  execute(connection: unknown, sql: string, params: readonly SqlValue[], want: Want, valuesOnly?: boolean): Promise<Outcome> | Outcome;
}

/** Most statements kept per connection; dynamic SQL (filters, id lists) beyond this is prepared again when needed. */
const STATEMENTS_PER_CONNECTION = 500;

/**
 * Prepared statements per driver connection (connections are recycled by the pool), oldest out
 * first when full. A hit only reads the map (an LRU's reordering on every hit cost more than it
 * saves): a hot statement that dynamic SQL pushed out is prepared again once, and stays.
 */
function statementCache<S>(): (connection: object, sql: string, prepare: () => S) => S {
  const caches = new WeakMap<object, Map<string, S>>();
  return (connection, sql, prepare) => {
    let cache = caches.get(connection);
    if (!cache) caches.set(connection, (cache = new Map()));
    let statement = cache.get(sql);
    if (statement === undefined) {
      statement = prepare();
      if (cache.size >= STATEMENTS_PER_CONNECTION) cache.delete(cache.keys().next().value as string);
      cache.set(sql, statement);
    }
    return statement;
  };
}

interface LibSqlStatement {
  all(params: unknown[]): unknown[];
  get(params: unknown[]): unknown;
  run(params: unknown[]): { changes: number };
  raw(on: boolean): LibSqlStatement;
  columns(): { name: string }[];
}

/**
 * A statement that returns rows, prepared in raw mode (each row an array of its values) with its
 * column names: libsql makes every key of a row object anew from C strings, which for a users row
 * of some forty columns cost more than the read itself; the object is made here from the kept names.
 */
interface SqliteReader {
  statement: LibSqlStatement;
  names: string[];
}

const sqliteWriters = statementCache<LibSqlStatement>();
const sqliteReaders = statementCache<SqliteReader>();

function prepareReader(database: { prepare(sql: string): LibSqlStatement }, sql: string): SqliteReader {
  const statement = database.prepare(sql).raw(true);
  return { statement, names: statement.columns().map((column) => column.name) };
}

/** A raw row as the object libsql would have made (a later column of the same name wins, as there). */
function rowObject(names: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i += 1) row[names[i]] = values[i];
  return row;
}

const sqliteValue = (value: SqlValue): string | number | null =>
  value instanceof Date ? value.getTime() : typeof value === 'boolean' ? Number(value) : value;

/** libsql (SQLite): synchronous, better-sqlite3's API. */
export const SQLITE: Dialect = {
  execute(connection, sql, params, want) {
    try {
      return runSqlite(connection, sql, params, want);
    } catch (error) {
      // A connection opened while its file was read-only stays read-only, and one that met an I/O
      // error may stay unusable: the pool opens a new one instead, which works once the file does.
      if (SQLITE_FILE_ERROR.test(String((error as { code?: unknown }).code))) discardConnection(connection, error);
      throw error;
    }
  },
};

function runSqlite(connection: unknown, sql: string, params: readonly SqlValue[], want: Want): Outcome {
  const database = connection as { prepare(sql: string): LibSqlStatement };
  const values = params.map(sqliteValue);
  if (want === 'count') return { rows: [], count: sqliteWriters(database, sql, () => database.prepare(sql)).run(values).changes };
  const { statement, names } = sqliteReaders(database, sql, () => prepareReader(database, sql));
  if (want === 'rows') return { rows: (statement.all(values) as unknown[][]).map((row) => rowObject(names, row)), count: 0 };
  // One native call, where `all` makes an iterator and fills a batch: a third of a miss's cost.
  const row = statement.get(values) as unknown[] | undefined;
  return { rows: row === undefined ? [] : [rowObject(names, row)], count: 0 };
}

/** `?` placeholders as PostgreSQL's `$1, $2, …` (none of our SQL has a `?` inside a literal). */
const numberedText = (sql: string): { text: string; parameters: number } => {
  let parameters = 0;
  const text = sql.replace(/\?/g, () => `$${(parameters += 1)}`);
  return { text, parameters };
};

/**
 * Server-side prepared statements are named for at most this many texts, kept for the life of the
 * process (a name, once given, is never reused for another text); other SQL runs unnamed.
 */
const NAMED_STATEMENTS = 1000;
/**
 * Statements with more parameters run unnamed, planned for their values each time: a prepared
 * statement may fall back to a generic plan, and a generic plan of a long `in (…)` list can scan a
 * whole organization (0.5 s per 500 ids at 50,000 users on a table without statistics yet). An
 * INSERT … VALUES has no plan to choose (`valuesOnly`): it is named up to a larger count, which a
 * create's user, contacts and audit record fit, and a bulk insert of hundreds of rows does not.
 */
const NAMED_PARAMETERS = 32;
const NAMED_VALUES = 400;
/** Texts seen once, remembered so that a second run names them; forgotten when this many pile up. */
const SEEN_ONCE = 5000;

const named = new Map<string, { name: string; text: string }>();
const seenOnce = new Set<string>();

/**
 * The statement for `sql`: named from its second run on, so that SQL made once (a one-off filter,
 * an id list of an unusual length) neither takes a name nor stays in memory for long.
 */
function postgresStatement(sql: string, valuesOnly: boolean): { name: string | undefined; text: string } {
  const known = named.get(sql);
  if (known) return known;
  const { text, parameters } = numberedText(sql);
  if (parameters > (valuesOnly ? NAMED_VALUES : NAMED_PARAMETERS) || named.size >= NAMED_STATEMENTS) return { name: undefined, text };
  if (!seenOnce.has(sql)) {
    if (seenOnce.size >= SEEN_ONCE) seenOnce.clear();
    seenOnce.add(sql);
    return { name: undefined, text };
  }
  seenOnce.delete(sql);
  const statement = { name: `s${named.size + 1}`, text };
  named.set(sql, statement);
  return statement;
}

/**
 * Marks a connection knex's pool must not hand out again: its pool destroys a connection so
 * marked instead of reusing it (the mark is the one node-postgres errors set, `__knex__disposed`).
 */
export function discardConnection(connection: unknown, reason: unknown): void {
  (connection as { __knex__disposed?: unknown }).__knex__disposed = reason;
}

/** Whether a connection was discarded (`discardConnection`, or knex saw it fail). */
export const isDiscarded = (connection: unknown): boolean => Boolean((connection as { __knex__disposed?: unknown }).__knex__disposed);

/**
 * node-postgres's client-side read timeout (`query_timeout`): the statement's answer never came, so
 * the connection still waits for it and must not be reused.
 */
const isReadTimeout = (error: unknown): boolean => error instanceof Error && error.message === 'Query read timeout';

/** node-postgres: named statements are parsed once per connection. */
export const POSTGRES: Dialect = {
  async execute(connection, sql, params, _want, valuesOnly = false) {
    const { name, text } = postgresStatement(sql, valuesOnly);
    const client = connection as { query(config: object): Promise<{ rows: unknown[]; rowCount: number | null }> };
    try {
      const result = await client.query({ name, text, values: params });
      return { rows: result.rows, count: result.rowCount ?? 0 };
    } catch (error) {
      if (isReadTimeout(error)) discardConnection(connection, error);
      throw error;
    }
  },
};

