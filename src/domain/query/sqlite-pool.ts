import { isLockedByAnother } from '../db-errors';
import { SqliteLease } from './sqlite-lease';

/**
 * What the SQLite lease (`sqlite-lease.ts`) is given: the pool it borrows SQLite's one connection
 * from, how it runs transaction control, and what it knows of the driver's write lock; and the
 * lease of each knex client.
 */

/** The pool the lease borrows the connection from (knex's, holding SQLite's single connection). */
export interface ConnectionPool {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): unknown;
  /** Calls `listener` when anyone asks the pool for a connection, and when it closes (else the lease gives it back every turn). */
  onDemand?(listener: () => void): void;
}

/** Runs one transaction-control statement on the leased connection (logged and counted like any). */
export type Control = (connection: unknown, sql: string) => void;

/** What the lease needs to know of the driver to wait for another process's write lock. */
export interface LockWait {
  /** Whether an error says another process holds the file's write lock (SQLITE_BUSY). */
  isLockedOut(error: unknown): boolean;
  /** Sets SQLite's own wait on a connection the lease gets for the first time (`busy_timeout`, ms). */
  setBusyTimeout(connection: unknown, ms: number): void;
}

/** knex's client, as far as the lease needs it. */
export interface KnexPoolClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): unknown;
  /** knex's pool (tarn): it tells who asks it for a connection, and when it closes. */
  pool?: { on(event: 'acquireRequest' | 'poolDestroyRequest', listener: () => void): void };
}

/** Another process's write lock, as libsql and the ORM report it (`isLockedByAnother`). */
const SQLITE_LOCK_WAIT: LockWait = {
  isLockedOut: isLockedByAnother,
  setBusyTimeout: (connection, ms) => (connection as { exec(sql: string): unknown }).exec(`pragma busy_timeout = ${ms}`),
};

const leases = new WeakMap<object, SqliteLease>();

/** The lease of a knex client's one SQLite connection, made on first use. */
export function leaseOfClient(client: KnexPoolClient): SqliteLease {
  let lease = leases.get(client);
  if (!lease) leases.set(client, (lease = new SqliteLease(leasePool(client), SQLITE_LOCK_WAIT)));
  return lease;
}

/** knex's client as the lease's pool, telling the lease when anyone else wants the connection. */
function leasePool(client: KnexPoolClient): ConnectionPool {
  return {
    acquireConnection: () => client.acquireConnection(),
    releaseConnection: (connection) => client.releaseConnection(connection),
    onDemand: (listener) => {
      client.pool?.on('acquireRequest', listener);
      client.pool?.on('poolDestroyRequest', listener);
    },
  };
}
