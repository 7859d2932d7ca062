"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIGRATION_LOCK_KEY = void 0;
exports.createOrmConfig = createOrmConfig;
exports.connectOrm = connectOrm;
exports.withMigrationLock = withMigrationLock;
exports.applyMigrations = applyMigrations;
exports.migrate = migrate;
exports.withMigrationOrm = withMigrationOrm;
const core_1 = require("@mikro-orm/core");
const migrations_1 = require("@mikro-orm/migrations");
const libsql_1 = require("@mikro-orm/libsql");
const postgresql_1 = require("@mikro-orm/postgresql");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const entities_1 = require("../domain/entities");
/** Migrations are kept per dialect: SQL generated for one fails on the other. */
const migrationsFolder = (driver) => (0, node_path_1.join)(__dirname, 'migrations', driver);
/** The one ORM configuration, used by the server, the CLI, the tests and the ORM's own CLI. */
function createOrmConfig(database, options = {}) {
    const common = {
        entities: entities_1.ENTITIES,
        metadataProvider: core_1.ReflectMetadataProvider,
        allowGlobalContext: false,
        forceUtcTimezone: true,
        extensions: [migrations_1.Migrator],
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
        logger: options.onQuery ? (message) => options.onQuery?.(message) : undefined,
        colors: false,
    };
    if (database.driver === 'postgresql') {
        return { ...common, driver: postgresql_1.PostgreSqlDriver, clientUrl: database.url, pool: { min: 0, max: 10 }, ...postgresTimeouts(database.timeouts) };
    }
    if (database.path === ':memory:')
        return { ...common, driver: libsql_1.LibSqlDriver, dbName: database.path };
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(database.path), { recursive: true });
    return { ...common, driver: libsql_1.LibSqlDriver, dbName: database.path, pool: { afterCreate: durableSqlite } };
}
/**
 * Time limits for PostgreSQL work, so that a database out of reach is an error within seconds
 * (answered 503 + Retry-After) rather than a request hanging: node-postgres's connect and read
 * timeouts (the read timeout catches a silent network, where the server's own limits cannot),
 * the server's `statement_timeout` and `idle_in_transaction_session_timeout` (a transaction whose
 * client vanished releases its locks), and knex's wait for a pooled connection.
 */
function postgresTimeouts(timeouts) {
    if (!timeouts)
        return {};
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
function durableSqlite(connection, done) {
    try {
        connection.exec(`pragma journal_mode = WAL; pragma synchronous = FULL; pragma foreign_keys = on; pragma busy_timeout = 5000; pragma cache_size = -${SQLITE_CACHE_KIB}`);
        done(null, connection);
    }
    catch (error) {
        done(error, connection);
    }
}
/** Connects and returns the ORM; the caller owns `close()`. */
async function connectOrm(database, options = {}) {
    return core_1.MikroORM.init(createOrmConfig(database, options));
}
/** The key of the PostgreSQL advisory lock that migrations run under (any bigint of our own). */
exports.MIGRATION_LOCK_KEY = 7_305_148_112;
/**
 * Runs `work` holding the database's migration lock, so that instances starting at once on one
 * PostgreSQL database migrate one after the other (the later ones find nothing pending) instead
 * of racing to create the same tables. The lock is a session advisory lock (`pg_advisory_lock`)
 * on a connection of the ORM's pool, held while `work` runs on others; PostgreSQL releases it by
 * itself if that connection dies. SQLite needs none here: its file has one writer at a time.
 */
async function withMigrationLock(orm, work) {
    const driver = orm.em.getDriver();
    if (!(driver instanceof postgresql_1.PostgreSqlDriver))
        return work();
    const pool = driver.getConnection().getKnex().client;
    const connection = await pool.acquireConnection();
    try {
        await connection.query('select pg_advisory_lock($1)', [exports.MIGRATION_LOCK_KEY]);
        try {
            return await work();
        }
        finally {
            // A connection that died took the lock with it; its error must not hide `work`'s.
            await connection.query('select pg_advisory_unlock($1)', [exports.MIGRATION_LOCK_KEY]).catch(() => undefined);
        }
    }
    finally {
        await pool.releaseConnection(connection);
    }
}
/** Applies pending migrations without taking the lock (the caller holds it); returns the names applied. */
async function applyMigrations(orm) {
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
}
/** Applies pending migrations under the migration lock; returns the names applied. */
async function migrate(orm) {
    return withMigrationLock(orm, () => applyMigrations(orm));
}
/**
 * Runs `work` (migrations, first-run set-up) under the migration lock on an ORM without the request
 * time limits: a migration of a large table, or waiting for another instance's migrations, takes
 * longer than a request's `statement_timeout` may. On PostgreSQL that is an ORM of its own for the
 * while; SQLite has no time limits, and an in-memory database must stay the one `orm` serves.
 */
async function withMigrationOrm(orm, database, work) {
    if (database.driver !== 'postgresql' || !database.timeouts)
        return withMigrationLock(orm, () => work(orm));
    const migrating = await connectOrm({ driver: 'postgresql', url: database.url });
    try {
        return await withMigrationLock(migrating, () => work(migrating));
    }
    finally {
        await migrating.close(true);
    }
}
//# sourceMappingURL=orm.js.map