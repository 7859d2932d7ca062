import { ConnectionException, DeadlockException, DriverException, LockWaitTimeoutException } from '@mikro-orm/core';
import { isDatabaseUnavailable } from '../../../src/domain/db-errors';

/** Issue 11, item 2: only real connectivity errors are an outage (503 + Retry-After); bad input never is. */
const withCode = (code: string, message = 'error'): Error => Object.assign(new Error(message), { code });
const driver = (error: Error): DriverException => new DriverException(error);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a reset connection', withCode('ECONNRESET')],
    ['a connection timed out', withCode('ETIMEDOUT')],
    ['08000 connection exception', withCode('08000')],
    ['08001 cannot establish a connection', withCode('08001')],
    ['08003 connection does not exist', withCode('08003')],
    ['08006 connection failure', withCode('08006')],
    ['57P01 admin shutdown', withCode('57P01')],
    ['57P02 crash shutdown', withCode('57P02')],
    ['57P03 cannot connect now', withCode('57P03')],
    ['pg: Connection terminated unexpectedly', new Error('Connection terminated unexpectedly')],
    ['pg-pool: a connect timeout', new Error('timeout exceeded when trying to connect')],
    ['knex: pool acquire timeout', new Error('Knex: Timeout acquiring a connection. The pool is probably full.')],
    ['knex: a pool that cannot hand one out', new Error('Unable to acquire a connection')],
    ['a KnexTimeoutError by name', Object.assign(new Error('timeout'), { name: 'KnexTimeoutError' })],
    ['MikroORM ConnectionException', new ConnectionException(new Error('unable to open database file'))],
    ['a connection error as the cause of a driver error', driver(Object.assign(new Error('wrapped'), { cause: withCode('ECONNRESET') }))],
    ['SQLite: another process held the write lock past busy_timeout', new LockWaitTimeoutException(withCode('SQLITE_BUSY', 'database is locked'))],
    ['SQLite: SQLITE_BUSY from the driver', withCode('SQLITE_BUSY', 'database is locked')],
    ['55P03 lock not available (lock_timeout)', driver(withCode('55P03', 'canceling statement due to lock timeout'))],
    ['a deadlock lost on every run of the unit (40P01)', new DeadlockException(withCode('40P01', 'deadlock detected'))],
    ['SQLite: the disk is full', driver(withCode('SQLITE_FULL', 'database or disk is full'))],
    ['SQLite: an I/O error', driver(withCode('SQLITE_IOERR', 'disk I/O error'))],
    ['SQLite: a failed fsync', driver(withCode('SQLITE_IOERR_FSYNC', 'disk I/O error'))],
    ['SQLite: a file that cannot be written', driver(withCode('SQLITE_READONLY', 'attempt to write a readonly database'))],
    ['SQLite: a file that cannot be opened', driver(withCode('SQLITE_CANTOPEN', 'unable to open database file'))],
    ['53100 disk full', driver(withCode('53100', 'could not extend file: No space left on device'))],
    ['53300 too many connections', withCode('53300', 'sorry, too many clients already')],
  ])('%s is an outage', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['08P01 protocol violation (a NUL byte in a bound value)', driver(withCode('08P01', 'invalid message format'))],
    ['08007 is not among the connection states listed', withCode('08007')],
    ['22021 invalid byte sequence', driver(withCode('22021', 'invalid byte sequence for encoding "UTF8": 0x00'))],
    ['22001 value too long', driver(withCode('22001', 'value too long for type character varying(200)'))],
    ['22P02 invalid text representation', driver(withCode('22P02', 'invalid input syntax for type uuid: "x"'))],
    ['22008 datetime field overflow', driver(withCode('22008', 'date/time field value out of range'))],
    ['54001 statement too complex', driver(withCode('54001', 'stack depth limit exceeded'))],
    ['SQLite: unrecognized token', driver(new Error('unrecognized token: "\'a"'))],
    ['SQLite: parser stack overflow', driver(new Error('parser stack overflow'))],
    ['SQLite: too many SQL variables', driver(new Error('too many SQL variables'))],
    ['a message that merely mentions a connection', new Error('user "connection terminated" not found')],
    ['a message that merely mentions a lock', new Error('user "database is locked" not found')],
    ['a plain error', new Error('boom')],
  ])('%s is not an outage', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
