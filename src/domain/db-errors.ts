import { ConnectionException, DeadlockException, LockWaitTimeoutException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError } from '../common/errors';

/**
 * The unique indexes that enforce a domain rule: the field each protects, known by the index name
 * (PostgreSQL) or by the table and column (SQLite: "UNIQUE constraint failed: users.organization_id,
 * users.user_name_key").
 */
const UNIQUE_FIELDS: readonly { index: string; column: string; field: string }[] = [
  { index: 'users_org_user_name_key_unique', column: 'users.user_name_key', field: 'userName' },
  { index: 'teams_org_display_name_key_unique', column: 'teams.display_name_key', field: 'displayName' },
  { index: 'organizations_slug_unique', column: 'organizations.slug', field: 'slug' },
  { index: 'api_tokens_hash_unique', column: 'api_tokens.token_hash', field: 'token' },
];

/**
 * Translates a database error into a DomainError where the database enforces a domain rule
 * (uniqueness); anything else is rethrown unchanged.
 */
function translateDbError(error: unknown): never {
  if (error instanceof UniqueConstraintViolationException) {
    const text = `${error.message}`;
    const field = UNIQUE_FIELDS.find(({ index, column }) => text.includes(index) || text.includes(column))?.field;
    throw new DomainError(
      'ALREADY_EXISTS',
      field ? `${field} is already in use` : 'A unique value is already in use',
      field ? { field } : {},
      { cause: error },
    );
  }
  throw error;
}

/** Runs `work`, translating database errors on the way out. */
export async function withDbErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    return translateDbError(error);
  }
}

/** Seconds a client is asked to wait when the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

/** Socket errors of a connection that cannot be made or was lost. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN']);
/**
 * PostgreSQL SQLSTATEs of a connection refused, lost or not made (08000, 08001, 08003, 08004,
 * 08006) and of a server shutting down or starting (57P01–57P03). Not the rest of class 08:
 * 08P01 (protocol violation) is what a NUL byte in a bound value gets, bad input, not an outage.
 */
const PG_CONNECTION_STATES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03']);
/** Messages of the pool (knex, pg-pool) and the drivers (pg, libsql) for a connection that is gone or cannot be had. */
const CONNECTION_MESSAGES =
  /^(?:Knex: )?(?:Unable to acquire a connection|Timeout acquiring a connection)|^Connection terminated|^Client has encountered a connection error|^Client was closed|^timeout exceeded when trying to connect|connection is closed|^The client is closed/i;

/**
 * Our own time limits running out (config.ts, db/orm.ts): node-postgres gave up connecting or
 * waiting for an answer, or the server cancelled a statement over `statement_timeout` (57014) or
 * ended a session idle in a transaction (25P03). The database did not answer within the request's
 * budget, so the request is answered 503 + Retry-After like an outage.
 */
const TIMEOUT_MESSAGES = /Query read timeout|timeout exceeded when trying to connect|Connection terminated due to connection timeout|timeout expired/i;
const TIMEOUT_STATES = new Set(['57014', '25P03']);

function isOurTimeout(candidate: { code?: unknown; message?: unknown }): boolean {
  return (typeof candidate.code === 'string' && TIMEOUT_STATES.has(candidate.code)) || (typeof candidate.message === 'string' && TIMEOUT_MESSAGES.test(candidate.message));
}

/**
 * The database stayed locked by another writer past our wait: another process (the CLI, a second
 * instance) held SQLite's write lock for longer than the lease waits ("database is locked",
 * SQLITE_BUSY; `sqlite-lease.ts`), or PostgreSQL's `lock_timeout` ran out (55P03). The request is
 * answered 503 + Retry-After: the database is busy, not the request wrong.
 */
const LOCKED_CODES = new Set(['SQLITE_BUSY', '55P03']);
const LOCKED_MESSAGE = /^database is locked/i;

/** Whether `error` itself says another writer holds the lock (the ORM's exception, or the driver's code or message). */
export function isLockedByAnother(error: unknown): boolean {
  if (error instanceof LockWaitTimeoutException) return true;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (typeof code === 'string' && LOCKED_CODES.has(code)) || (typeof message === 'string' && LOCKED_MESSAGE.test(message));
}

/**
 * The database cannot take the write however often it is sent until an operator acts: the disk is
 * full (SQLITE_FULL; PostgreSQL 53100), failing (SQLITE_IOERR) or not writable (SQLITE_READONLY,
 * SQLITE_CANTOPEN: permissions, a read-only file system), or the server is out of memory or
 * connections (53200, 53300). Answered 503 + Retry-After: the request is not wrong, and an IdP
 * that retries later loses nothing.
 */
const EXHAUSTED_CODES = new Set(['SQLITE_FULL', '53100', '53200', '53300']);
/** SQLite's file errors, extended codes included (SQLITE_IOERR_WRITE, SQLITE_READONLY_RECOVERY, …). */
export const SQLITE_FILE_ERROR = /^SQLITE_(?:IOERR|READONLY|CANTOPEN)/;

const isExhausted = (code: unknown): boolean => typeof code === 'string' && (EXHAUSTED_CODES.has(code) || SQLITE_FILE_ERROR.test(code));

/**
 * True when `error` (or anything in its cause chain) says the database cannot be reached or cannot
 * take a write for now: a refused, reset or lost connection, a server shutting down, the pool
 * unable to hand out a connection in time, a lock another writer held past our wait, a deadlock
 * lost on every run of the unit (`inTransaction`), a full disk.
 * Anything else the database says (a protocol or data error from bad input, a constraint) is not
 * an outage, and a client must not be told to retry it.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 6; depth += 1) {
    const candidate = e as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown; originalError?: unknown };
    if (e instanceof ConnectionException || e instanceof DeadlockException || candidate.name === 'KnexTimeoutError') return true;
    if (typeof candidate.code === 'string' && (NETWORK_CODES.has(candidate.code) || PG_CONNECTION_STATES.has(candidate.code))) return true;
    if (typeof candidate.message === 'string' && CONNECTION_MESSAGES.test(candidate.message)) return true;
    if (isOurTimeout(candidate) || isLockedByAnother(e) || isExhausted(candidate.code)) return true;
    e = candidate.originalError ?? candidate.cause;
  }
  return false;
}

/** The error a database outage is reported as, on either door. */
export const databaseUnavailable = (cause?: unknown): DomainError =>
  new DomainError('UNAVAILABLE', 'The database is unavailable; retry later', { retryAfter: RETRY_AFTER_SECONDS }, { cause });
