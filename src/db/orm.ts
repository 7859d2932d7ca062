import { MikroORM, ReflectMetadataProvider, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DatabaseConfig, DatabaseTimeouts } from '../config';
import { ENTITIES } from '../domain/entities';

export interface OrmOptions {
  /** Receives every SQL statement (used by the statement-count tests and debug logging). */
  onQuery?: (sql: string) => void;
}

/** Migrations are kept per dialect: SQL generated for one fails on the other. */
const migrationsFolder = (driver: DatabaseConfig['driver']): string =>
  join(__dirname, 'migrations', driver);

/** The one ORM configuration, used by the server, the CLI, the tests and the ORM's own CLI. */
export function createOrmConfig(database: DatabaseConfig, options: OrmOptions = {}): Options {
  const common: Options = {
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    extensions: [Migrator],
    migrations: {
      path: migrationsFolder(database.driver),
      pathTs: migrationsFolder(database.driver),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? (message: string) => options.onQuery?.(message) : undefined,
    colors: false,
  };
  if (database.driver === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: database.url, pool: { min: 0, max: 10 }, ...postgresTimeouts(database.timeouts) };
  }
  if (database.path === ':memory:') return { ...common, driver: LibSqlDriver, dbName: database.path };
  mkdirSync(dirname(database.path), { recursive: true });
  return { ...common, driver: LibSqlDriver, dbName: database.path, pool: { afterCreate: durableSqlite } };
}

/**
 * Time limits for PostgreSQL work, so that a database out of reach is an error within seconds
 * (answered 503 + Retry-After) rather than a request hanging: node-postgres's connect and read
 * timeouts (the read timeout catches a silent network, where the server's own limits cannot),
 * the server's `statement_timeout` and `idle_in_transaction_session_timeout` (a transaction whose
 * client vanished releases its locks), and knex's wait for a pooled connection.
 */
function postgresTimeouts(timeouts: DatabaseTimeouts | undefined): Pick<Options, 'driverOptions'> {
  if (!timeouts) return {};
  return {
    driverOptions: {
      acquireConnectionTimeout: timeouts.acquireMs,
      connection: {
        connectionTimeoutMillis: timeouts.connectMs,
        query_timeout: timeouts.queryMs,
        statement_timeout: timeouts.statementMs,
        idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
        keepAlive: true,
      },
    },
  };
}

/**
 * SQLite's page cache per connection, in KiB (a negative `cache_size`). SQLite's default, 2 MB,
 * holds a few thousand users' rows: past that a lookup read its user's pages, contacts, teams and
 * token from the operating system again (about 5 `pread`s per lookup at 10,000 users), where the
 * same pages kept here cost nothing. The cache fills only as far as the file is read, and in WAL
 * mode it stays valid across this connection's own commits.
 */
const SQLITE_CACHE_KIB = 64 * 1024;

/**
 * Every SQLite connection (the pool opens a new one now and then) writes ahead: in WAL mode a
 * commit is one fsync of the log instead of several of the journal and the file, and readers do not
 * block the writer. `synchronous = FULL` keeps every commit durable on its own, as before. A writer
 * that finds the file locked by another process (the CLI seeding beside the server) waits for it.
 */
function durableSqlite(connection: { exec(sql: string): unknown }, done: (error: unknown, connection: unknown) => void): void {
  try {
    connection.exec(`pragma journal_mode = WAL; pragma synchronous = FULL; pragma foreign_keys = on; pragma busy_timeout = 5000; pragma cache_size = -${SQLITE_CACHE_KIB}`);
    done(null, connection);
  } catch (error) {
    done(error, connection);
  }
}

/** Connects and returns the ORM; the caller owns `close()`. */
export async function connectOrm(database: DatabaseConfig, options: OrmOptions = {}): Promise<MikroORM> {
  return MikroORM.init(createOrmConfig(database, options));
}

/** The key of the PostgreSQL advisory lock that migrations run under (any bigint of our own). */
export const MIGRATION_LOCK_KEY = 7_305_148_112;

interface PoolClient {
  acquireConnection(): Promise<{ query(sql: string, values: unknown[]): Promise<unknown> }>;
  releaseConnection(connection: unknown): Promise<void> | void;
}

/**
 * Runs `work` holding the database's migration lock, so that instances starting at once on one
 * PostgreSQL database migrate one after the other (the later ones find nothing pending) instead
 * of racing to create the same tables. The lock is a session advisory lock (`pg_advisory_lock`)
 * on a connection of the ORM's pool, held while `work` runs on others; PostgreSQL releases it by
 * itself if that connection dies. SQLite needs none here: its file has one writer at a time.
 */
export async function withMigrationLock<T>(orm: MikroORM, work: () => Promise<T>): Promise<T> {
  const driver = orm.em.getDriver();
  if (!(driver instanceof PostgreSqlDriver)) return work();
  const pool = driver.getConnection().getKnex().client as PoolClient;
  const connection = await pool.acquireConnection();
  try {
    await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await work();
    } finally {
      // A connection that died took the lock with it; its error must not hide `work`'s.
      await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await pool.releaseConnection(connection);
  }
}

/** Applies pending migrations without taking the lock (the caller holds it); returns the names applied. */
export async function applyMigrations(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** Applies pending migrations under the migration lock; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  return withMigrationLock(orm, () => applyMigrations(orm));
}

/**
 * Runs `work` (migrations, first-run set-up) under the migration lock on an ORM without the request
 * time limits: a migration of a large table, or waiting for another instance's migrations, takes
 * longer than a request's `statement_timeout` may. On PostgreSQL that is an ORM of its own for the
 * while; SQLite has no time limits, and an in-memory database must stay the one `orm` serves.
 */
export async function withMigrationOrm<T>(orm: MikroORM, database: DatabaseConfig, work: (migrating: MikroORM) => Promise<T>): Promise<T> {
  if (database.driver !== 'postgresql' || !database.timeouts) return withMigrationLock(orm, () => work(orm));
  const migrating = await connectOrm({ driver: 'postgresql', url: database.url });
  try {
    return await withMigrationLock(migrating, () => work(migrating));
  } finally {
    await migrating.close(true);
  }
}
