import type { SqlValue } from './sql';

/**
 * The two drivers as `sql.ts` uses them: run one prepared statement on a connection of the ORM's
 * pool. Statements are prepared once per connection and kept.
 */

export interface Outcome {
  rows: unknown[];
  count: number;
}

/** What a driver connection must do for this module: run one prepared statement. */
export interface Dialect {
  execute(connection: unknown, sql: string, params: readonly SqlValue[], want: 'rows' | 'count'): Promise<Outcome> | Outcome;
}

/** Most statements kept per connection; dynamic SQL (filters, id lists) beyond this is prepared again when needed. */
const STATEMENTS_PER_CONNECTION = 500;

/** A small LRU of prepared statements per driver connection (connections are recycled by the pool). */
function statementCache<S>(): (connection: object, sql: string, prepare: () => S) => S {
  const caches = new WeakMap<object, Map<string, S>>();
  return (connection, sql, prepare) => {
    let cache = caches.get(connection);
    if (!cache) caches.set(connection, (cache = new Map()));
    let statement = cache.get(sql);
    if (statement === undefined) {
      statement = prepare();
      if (cache.size >= STATEMENTS_PER_CONNECTION) cache.delete(cache.keys().next().value as string);
    } else cache.delete(sql);
    cache.set(sql, statement);
    return statement;
  };
}

interface LibSqlStatement {
  all(params: unknown[]): unknown[];
  run(params: unknown[]): { changes: number };
}

const sqliteStatements = statementCache<LibSqlStatement>();

const sqliteValue = (value: SqlValue): string | number | null =>
  value instanceof Date ? value.getTime() : typeof value === 'boolean' ? Number(value) : value;

/** libsql (SQLite): synchronous, better-sqlite3's API. */
export const SQLITE: Dialect = {
  execute(connection, sql, params, want) {
    const database = connection as { prepare(sql: string): LibSqlStatement };
    const statement = sqliteStatements(database, sql, () => database.prepare(sql));
    const values = params.map(sqliteValue);
    if (want === 'rows') return { rows: statement.all(values), count: 0 };
    return { rows: [], count: statement.run(values).changes };
  },
};

/** `?` placeholders as PostgreSQL's `$1, $2, …` (none of our SQL has a `?` inside a literal). */
const numbered = new Map<string, { name: string | undefined; text: string }>();

/** Server-side prepared statements are named for the first texts seen; later dynamic SQL runs unnamed. */
const NAMED_STATEMENTS = 1000;
/**
 * Statements with more parameters run unnamed, planned for their values each time: a prepared
 * statement may fall back to a generic plan, and a generic plan of a long `in (…)` list can scan a
 * whole organization (0.5 s per 500 ids at 50,000 users on a table without statistics yet).
 */
const NAMED_PARAMETERS = 32;

function postgresText(sql: string): { name: string | undefined; text: string } {
  let known = numbered.get(sql);
  if (!known) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${(n += 1)}`);
    const named = numbered.size < NAMED_STATEMENTS && n <= NAMED_PARAMETERS;
    known = { name: named ? `s${numbered.size + 1}` : undefined, text };
    numbered.set(sql, known);
  }
  return known;
}

/** node-postgres: named statements are parsed once per connection. */
export const POSTGRES: Dialect = {
  async execute(connection, sql, params) {
    const { name, text } = postgresText(sql);
    const client = connection as { query(config: object): Promise<{ rows: unknown[]; rowCount: number | null }> };
    const result = await client.query({ name, text, values: params });
    return { rows: result.rows, count: result.rowCount ?? 0 };
  },
};

