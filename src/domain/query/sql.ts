import type { EntityManager } from '@mikro-orm/core';
import type { DomainContext } from '../context';

/**
 * Plain SQL that SQLite and PostgreSQL both accept (`?` placeholders), run on the connections of
 * the ORM's pool as statements prepared once per connection and kept: building and preparing a
 * query costs more than running it. This is the one module that talks to the drivers directly, and
 * it owns transactions (`inTransaction`): a statement runs inside the context's transaction when
 * there is one. Statements are logged like the ORM's own (`onQuery`, debug) and reported on knex's
 * `query` event, so counting statements sees them all.
 */

/** A bound value: dates and booleans are stored as each dialect stores them (SQLite: epoch ms and 0/1). */
export type SqlValue = string | number | boolean | Date | null;

/** Rows of a SELECT. */
export async function selectRows<T = Record<string, unknown>>(ctx: DomainContext, sql: string, params: readonly SqlValue[]): Promise<T[]> {
  return (await run(ctx, sql, params, 'rows')).rows as T[];
}

/** Runs a write; returns the number of rows it changed. */
export async function runStatement(ctx: DomainContext, sql: string, params: readonly SqlValue[]): Promise<number> {
  return (await run(ctx, sql, params, 'count')).count;
}

/** A database transaction held on one connection of the pool, from BEGIN to COMMIT or ROLLBACK. */
export interface Transaction {
  readonly connection: unknown;
}

/**
 * Runs `work` in one transaction: the caller's when it has one, else a new one on a connection of
 * its own, committed when `work` resolves and rolled back when it throws. Everything `work` does
 * through this module runs in it; the ORM's own entity operations do not (use this module instead).
 */
export async function inTransaction<T>(ctx: DomainContext, work: (ctx: DomainContext) => Promise<T>): Promise<T> {
  if (ctx.transaction) return work(ctx);
  const client = knexOf(ctx.em).client;
  const connection = await client.acquireConnection();
  const transaction: Transaction = { connection };
  const inside = { ...ctx, transaction };
  try {
    await run(inside, 'begin', [], 'count');
    const result = await work(inside);
    await run(inside, 'commit', [], 'count');
    return result;
  } catch (error) {
    await run(inside, 'rollback', [], 'count').catch(() => undefined);
    throw error;
  } finally {
    client.releaseConnection(connection);
  }
}

/** Whether the context's database is SQLite (which stores dates as epoch milliseconds and booleans as 0/1). */
export const isSqlite = (ctx: DomainContext): boolean => dialectOf(ctx.em) === 'sqlite';

interface Outcome {
  rows: unknown[];
  count: number;
}

/** What a driver connection must do for this module: run one prepared statement. */
interface Dialect {
  execute(connection: unknown, sql: string, params: readonly SqlValue[], want: 'rows' | 'count'): Promise<Outcome> | Outcome;
}

/** The knex pieces MikroORM's SQL connections expose, as far as this module needs them. */
interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): unknown;
  driverName?: string;
  dialect?: string;
}

interface Knex {
  client: KnexClient;
  emit(event: 'query', data: { sql: string; bindings: readonly unknown[] }): boolean;
  listenerCount(event: 'query'): number;
}

interface SqlConnection {
  getKnex(): Knex;
  executeQuery<T>(sql: string, work: () => Promise<T>): Promise<T>;
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
const SQLITE: Dialect = {
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
const POSTGRES: Dialect = {
  async execute(connection, sql, params) {
    const { name, text } = postgresText(sql);
    const client = connection as { query(config: object): Promise<{ rows: unknown[]; rowCount: number | null }> };
    const result = await client.query({ name, text, values: params });
    return { rows: result.rows, count: result.rowCount ?? 0 };
  },
};

const knexOf = (em: EntityManager): Knex => (em.getConnection() as unknown as SqlConnection).getKnex();

function dialectOf(em: EntityManager): 'sqlite' | 'postgresql' {
  const { client } = knexOf(em);
  return client.driverName === 'pg' || client.dialect === 'postgresql' ? 'postgresql' : 'sqlite';
}

/**
 * Runs one statement on the transaction's connection, or on one borrowed from the pool (SQLite's
 * pool holds a single connection, so a statement never slips into another request's transaction).
 * Driver errors leave as MikroORM's exceptions, as if the ORM had run the statement.
 */
async function run(ctx: DomainContext, sql: string, params: readonly SqlValue[], want: 'rows' | 'count'): Promise<Outcome> {
  const connection = ctx.em.getConnection() as unknown as SqlConnection;
  const knex = connection.getKnex();
  const { client } = knex;
  const dialect = dialectOf(ctx.em) === 'postgresql' ? POSTGRES : SQLITE;
  const held = ctx.transaction?.connection;
  const statement = async (): Promise<Outcome> => {
    const raw = held ?? (await client.acquireConnection());
    try {
      return await dialect.execute(raw, sql, params, want);
    } catch (error) {
      throw ctx.em.getDriver().convertException(error as Error);
    } finally {
      if (!held) client.releaseConnection(raw);
    }
  };
  if (knex.listenerCount('query') > 0) knex.emit('query', { sql, bindings: params });
  // Timed and logged only when the ORM logs queries (debug, `onQuery`): every statement pays for it otherwise.
  return ctx.em.config.getLogger().isEnabled('query') ? connection.executeQuery(sql, statement) : statement();
}
