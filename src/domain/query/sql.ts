import { setTimeout as pause } from 'node:timers/promises';
import { DeadlockException, type EntityManager } from '@mikro-orm/core';
import { keepsWrites } from '../../common/errors';
import type { DomainContext } from '../context';
import { POSTGRES, SQLITE, isDiscarded, type Outcome, type Want } from './drivers';
import { PostgresUnit } from './postgres-unit';
import type { SqliteLease } from './sqlite-lease';
import { leaseOfClient, type ConnectionPool, type KnexPoolClient } from './sqlite-pool';

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

/** Most texts `sqlText` keeps per owner; past it the owner's texts are made again as needed. */
const TEXTS_PER_OWNER = 200;
const texts = new WeakMap<object, Map<string, string>>();

/**
 * A statement's text, made once per `owner` (a table reader, say) and `key` (what else the text
 * depends on, led by the statement's kind, as `insert 3`, so that callers never share a key) and
 * the same string object afterwards. A hot statement's text made afresh on every request (a
 * select list with subqueries is kilobytes) would be hashed and compared in full to find its
 * prepared statement; a kept one is found at once.
 */
export function sqlText(owner: object, key: string, make: () => string): string {
  let known = texts.get(owner);
  if (!known) texts.set(owner, (known = new Map()));
  let text = known.get(key);
  if (text === undefined) {
    if (known.size >= TEXTS_PER_OWNER) known.clear();
    known.set(key, (text = make()));
  }
  return text;
}

/** Rows of a SELECT. */
export async function selectRows<T = Record<string, unknown>>(ctx: DomainContext, sql: string, params: readonly SqlValue[]): Promise<T[]> {
  return (await run(ctx, sql, params, 'rows')).rows as T[];
}

/** The first row of a SELECT that matches one row at most (by a unique key), or undefined. */
export async function selectFirst<T = Record<string, unknown>>(ctx: DomainContext, sql: string, params: readonly SqlValue[]): Promise<T | undefined> {
  return (await run(ctx, sql, params, 'first')).rows[0] as T | undefined;
}

/**
 * Runs a write; returns the number of rows it changed. Outside a transaction, on SQLite, the write
 * is a unit of work of its own, so that it is durable when answered (group commit, `inTransaction`).
 */
export async function runStatement(ctx: DomainContext, sql: string, params: readonly SqlValue[]): Promise<number> {
  if (!ctx.transaction && isSqlite(ctx)) return inTransaction(ctx, (inside) => runStatement(inside, sql, params));
  return (await run(ctx, sql, params, 'count')).count;
}

/**
 * Runs an INSERT whose caller needs nothing back (no RETURNING, no count, no ON CONFLICT). Inside a
 * transaction on PostgreSQL it waits to go with the transaction's next statement
 * (`postgres-unit.ts`), so its error, a unique violation, surfaces there: translate it around the
 * whole unit of work (`withDbErrors`), never around this call.
 */
export async function insertStatement(ctx: DomainContext, sql: string, params: readonly SqlValue[]): Promise<void> {
  const unit = ctx.transaction?.unit;
  if (unit) unit.deferInsert({ sql, params, valuesOnly: true });
  else await runStatement(ctx, sql, params);
}

/** A database transaction held on one connection of the pool, from BEGIN to COMMIT or ROLLBACK. */
export interface Transaction {
  readonly connection: unknown;
  /** PostgreSQL: the transaction's BEGIN and its waiting INSERTs (`postgres-unit.ts`). */
  readonly unit?: PostgresUnit;
}

/** Runs of a PostgreSQL unit of work that loses deadlocks, at most. */
const CONFLICT_ATTEMPTS = 4;

/**
 * Runs `work` in one transaction: the caller's when it has one, else a new one on a connection of
 * its own, committed when `work` resolves and rolled back when it throws. Everything `work` does
 * through this module runs in it; the ORM's own entity operations do not (use this module instead).
 * On SQLite, units that arrive together share one COMMIT (`sqlite-lease.ts`); each is still all or
 * nothing, and answered once durable. On PostgreSQL, a unit's INSERTs wait to go together with its
 * next statement, and a unit that only inserts sends them as one statement, without BEGIN or
 * COMMIT (`postgres-unit.ts`). A refusal that keeps its writes (`DomainError.keepsWrites`)
 * commits them, then rejects with the refusal. A PostgreSQL unit that PostgreSQL chose as a
 * deadlock's victim (40P01; 40001, a serialization failure, alike) was rolled back whole, so it is
 * run again from the start, `work` included, a few times before its error is let through.
 */
export async function inTransaction<T>(ctx: DomainContext, work: (ctx: DomainContext) => Promise<T>): Promise<T> {
  if (ctx.transaction) return work(ctx);
  if (dialectOf(ctx.em) === 'sqlite') return inSqliteUnit(ctx, work);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await inPostgresUnit(ctx, work);
    } catch (error) {
      if (!(error instanceof DeadlockException) || attempt >= CONFLICT_ATTEMPTS) throw error;
      // Apart, so that the units that met in the deadlock do not meet again at once.
      await pause(attempt * (5 + Math.random() * 20));
    }
  }
}

async function inPostgresUnit<T>(ctx: DomainContext, work: (ctx: DomainContext) => Promise<T>): Promise<T> {
  const client = knexOf(ctx.em).client;
  const connection = await client.acquireConnection();
  // The unit's own statements (BEGIN, its INSERTs, COMMIT) go straight to the connection.
  const direct: DomainContext = { ...ctx, transaction: { connection } };
  const unit = new PostgresUnit(({ sql, params, valuesOnly }) => run(direct, sql, params, 'count', valuesOnly));
  const inside: DomainContext = { ...ctx, transaction: { connection, unit } };
  let result: T;
  let refusal: { error: unknown } | null = null;
  try {
    try {
      result = await work(inside);
    } catch (error) {
      if (!keepsWrites(error) || isDiscarded(connection)) throw error;
      refusal = { error };
    }
    await unit.commit();
  } catch (error) {
    // A connection that stopped answering is discarded: its session ends, and with it the
    // transaction (the server rolls it back); a ROLLBACK would only wait for it in vain. A
    // COMMIT whose waiting INSERTs failed never went: the ROLLBACK ends the transaction.
    if (unit.opened && !isDiscarded(connection)) await run(direct, 'rollback', [], 'count').catch(() => undefined);
    throw error;
  } finally {
    client.releaseConnection(connection);
  }
  if (refusal) throw refusal.error;
  return result!;
}

async function inSqliteUnit<T>(ctx: DomainContext, work: (ctx: DomainContext) => Promise<T>): Promise<T> {
  const lease = leaseOf(ctx.em);
  const control = controlOf(ctx);
  const { connection, first } = await lease.openWhenWritable(control);
  let result: T;
  let committed: Promise<void>;
  let refusal: { error: unknown } | null = null;
  try {
    try {
      result = await work({ ...ctx, transaction: { connection } });
      committed = lease.keepUnit(control, first);
    } catch (error) {
      if (!keepsWrites(error)) throw undo(lease, control, first, error);
      committed = lease.keepUnit(control, first);
      refusal = { error };
    }
  } finally {
    lease.release(control);
  }
  await committed;
  if (refusal) throw refusal.error;
  return result!;
}

/** Drops a failed unit's writes; returns its error, to throw. */
function undo(lease: SqliteLease, control: ReturnType<typeof controlOf>, first: boolean, error: unknown): unknown {
  try {
    lease.dropUnit(control, first, error);
  } catch {
    // The unit fails with its own error; the lease has failed the batch if undoing it failed.
  }
  return error;
}

/** Whether the context's database is SQLite (which stores dates as epoch milliseconds and booleans as 0/1). */
export const isSqlite = (ctx: DomainContext): boolean => dialectOf(ctx.em) === 'sqlite';

/**
 * A SELECT's row-lock clause (` for update`, ` for share`) inside a transaction on PostgreSQL; empty
 * on SQLite, which has no row locks and serialises writers at BEGIN IMMEDIATE, and outside one.
 */
export const rowLock = (ctx: DomainContext, mode: 'update' | 'share'): string => (ctx.transaction && !isSqlite(ctx) ? ` for ${mode}` : '');

/** Where a statement outside a transaction gets its connection: knex's pool, or SQLite's lease. */
/** The knex pieces MikroORM's SQL connections expose, as far as this module needs them. */
interface KnexClient extends KnexPoolClient {
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
  logQuery(sql: string): void;
}

/**
 * Has this ORM's SQLite writers wait for another process's write lock without stopping the process
 * (`SqliteLease.waitInTurns`): for a server, whose every write goes through this module. Nothing on
 * PostgreSQL.
 */
export function waitForWriteLockInTurns(em: EntityManager): void {
  if (dialectOf(em) === 'sqlite') leaseOf(em).waitInTurns();
}

/**
 * What waits for SQLite's one connection (`SqliteLease.waiters`); null on PostgreSQL. Nothing in
 * the service reads it: tests that stage a race wait on it until their racer is queued.
 */
export function sqliteWaiters(em: EntityManager): { queued: number; lockedOut: boolean } | null {
  return dialectOf(em) === 'sqlite' ? leaseOf(em).waiters() : null;
}

/** The lease of SQLite's one connection, one per ORM. */
const leaseOf = (em: EntityManager): SqliteLease => leaseOfClient(knexOf(em).client);

/** Runs a transaction-control statement on SQLite, at once (libsql is synchronous), logged and reported like the others. */
function controlOf(ctx: DomainContext) {
  const connection = ctx.em.getConnection() as unknown as SqlConnection;
  return (raw: unknown, sql: string): void => {
    report(connection, sql, []);
    if (ctx.em.config.getLogger().isEnabled('query')) connection.logQuery(sql);
    try {
      SQLITE.execute(raw, sql, [], 'count');
    } catch (error) {
      throw ctx.em.getDriver().convertException(error as Error);
    }
  };
}

/** Tells knex's `query` listeners (statement counts in tests) about a statement. */
function report(connection: SqlConnection, sql: string, params: readonly SqlValue[]): void {
  const knex = connection.getKnex();
  if (knex.listenerCount('query') > 0) knex.emit('query', { sql, bindings: params });
}

const knexOf = (em: EntityManager): Knex => (em.getConnection() as unknown as SqlConnection).getKnex();

function dialectOf(em: EntityManager): 'sqlite' | 'postgresql' {
  const { client } = knexOf(em);
  return client.driverName === 'pg' || client.dialect === 'postgresql' ? 'postgresql' : 'sqlite';
}

/**
 * The statement's text (its `?` placeholders, never the values bound to them) on the error, so a
 * logged failure says which statement failed without saying whose data it carried.
 */
function withShape(error: Error, sql: string): Error {
  Object.defineProperty(error, 'sql', { value: sql, enumerable: false, configurable: true, writable: true });
  return error;
}

/**
 * Runs one statement on the transaction's connection, or on one borrowed from the pool (SQLite's
 * pool holds a single connection, so a statement never slips into another request's transaction).
 * Driver errors leave as MikroORM's exceptions, as if the ORM had run the statement.
 */
async function run(ctx: DomainContext, sql: string, params: readonly SqlValue[], want: Want, valuesOnly = false): Promise<Outcome> {
  const unit = ctx.transaction?.unit;
  if (unit && !unit.ready) await unit.settle();
  const connection = ctx.em.getConnection() as unknown as SqlConnection;
  const sqlite = dialectOf(ctx.em) === 'sqlite';
  const pool: ConnectionPool = sqlite ? leaseOf(ctx.em).asPool(controlOf(ctx)) : connection.getKnex().client;
  const held = ctx.transaction?.connection;
  const statement = async (): Promise<Outcome> => {
    const raw = held ?? (await pool.acquireConnection());
    try {
      return await (sqlite ? SQLITE : POSTGRES).execute(raw, sql, params, want, valuesOnly);
    } catch (error) {
      throw withShape(ctx.em.getDriver().convertException(error as Error), sql);
    } finally {
      if (!held) pool.releaseConnection(raw);
    }
  };
  report(connection, sql, params);
  // Timed and logged only when the ORM logs queries (debug, `onQuery`): every statement pays for it otherwise.
  return ctx.em.config.getLogger().isEnabled('query') ? connection.executeQuery(sql, statement) : statement();
}
