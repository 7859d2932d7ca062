"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rowLock = exports.isSqlite = void 0;
exports.sqlText = sqlText;
exports.selectRows = selectRows;
exports.selectFirst = selectFirst;
exports.runStatement = runStatement;
exports.insertStatement = insertStatement;
exports.inTransaction = inTransaction;
exports.waitForWriteLockInTurns = waitForWriteLockInTurns;
const promises_1 = require("node:timers/promises");
const core_1 = require("@mikro-orm/core");
const errors_1 = require("../../common/errors");
const db_errors_1 = require("../db-errors");
const drivers_1 = require("./drivers");
const postgres_unit_1 = require("./postgres-unit");
const sqlite_lease_1 = require("./sqlite-lease");
/** Most texts `sqlText` keeps per owner; past it the owner's texts are made again as needed. */
const TEXTS_PER_OWNER = 200;
const texts = new WeakMap();
/**
 * A statement's text, made once per `owner` (a table reader, say) and `key` (what else the text
 * depends on, led by the statement's kind, as `insert 3`, so that callers never share a key) and
 * the same string object afterwards. A hot statement's text made afresh on every request (a
 * select list with subqueries is kilobytes) would be hashed and compared in full to find its
 * prepared statement; a kept one is found at once.
 */
function sqlText(owner, key, make) {
    let known = texts.get(owner);
    if (!known)
        texts.set(owner, (known = new Map()));
    let text = known.get(key);
    if (text === undefined) {
        if (known.size >= TEXTS_PER_OWNER)
            known.clear();
        known.set(key, (text = make()));
    }
    return text;
}
/** Rows of a SELECT. */
async function selectRows(ctx, sql, params) {
    return (await run(ctx, sql, params, 'rows')).rows;
}
/** The first row of a SELECT that matches one row at most (by a unique key), or undefined. */
async function selectFirst(ctx, sql, params) {
    return (await run(ctx, sql, params, 'first')).rows[0];
}
/**
 * Runs a write; returns the number of rows it changed. Outside a transaction, on SQLite, the write
 * is a unit of work of its own, so that it is durable when answered (group commit, `inTransaction`).
 */
async function runStatement(ctx, sql, params) {
    if (!ctx.transaction && (0, exports.isSqlite)(ctx))
        return inTransaction(ctx, (inside) => runStatement(inside, sql, params));
    return (await run(ctx, sql, params, 'count')).count;
}
/**
 * Runs an INSERT whose caller needs nothing back (no RETURNING, no count, no ON CONFLICT). Inside a
 * transaction on PostgreSQL it waits to go with the transaction's next statement
 * (`postgres-unit.ts`), so its error, a unique violation, surfaces there: translate it around the
 * whole unit of work (`withDbErrors`), never around this call.
 */
async function insertStatement(ctx, sql, params) {
    const unit = ctx.transaction?.unit;
    if (unit)
        unit.deferInsert({ sql, params, valuesOnly: true });
    else
        await runStatement(ctx, sql, params);
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
async function inTransaction(ctx, work) {
    if (ctx.transaction)
        return work(ctx);
    if (dialectOf(ctx.em) === 'sqlite')
        return inSqliteUnit(ctx, work);
    for (let attempt = 1;; attempt += 1) {
        try {
            return await inPostgresUnit(ctx, work);
        }
        catch (error) {
            if (!(error instanceof core_1.DeadlockException) || attempt >= CONFLICT_ATTEMPTS)
                throw error;
            // Apart, so that the units that met in the deadlock do not meet again at once.
            await (0, promises_1.setTimeout)(attempt * (5 + Math.random() * 20));
        }
    }
}
async function inPostgresUnit(ctx, work) {
    const client = knexOf(ctx.em).client;
    const connection = await client.acquireConnection();
    // The unit's own statements (BEGIN, its INSERTs, COMMIT) go straight to the connection.
    const direct = { ...ctx, transaction: { connection } };
    const unit = new postgres_unit_1.PostgresUnit(({ sql, params, valuesOnly }) => run(direct, sql, params, 'count', valuesOnly));
    const inside = { ...ctx, transaction: { connection, unit } };
    let result;
    let refusal = null;
    try {
        try {
            result = await work(inside);
        }
        catch (error) {
            if (!(0, errors_1.keepsWrites)(error) || (0, drivers_1.isDiscarded)(connection))
                throw error;
            refusal = { error };
        }
        await unit.commit();
    }
    catch (error) {
        // A connection that stopped answering is discarded: its session ends, and with it the
        // transaction (the server rolls it back); a ROLLBACK would only wait for it in vain. A
        // COMMIT whose waiting INSERTs failed never went: the ROLLBACK ends the transaction.
        if (unit.opened && !(0, drivers_1.isDiscarded)(connection))
            await run(direct, 'rollback', [], 'count').catch(() => undefined);
        throw error;
    }
    finally {
        client.releaseConnection(connection);
    }
    if (refusal)
        throw refusal.error;
    return result;
}
async function inSqliteUnit(ctx, work) {
    const lease = leaseOf(ctx.em);
    const control = controlOf(ctx);
    const { connection, first } = await lease.openWhenWritable(control);
    let result;
    let committed;
    let refusal = null;
    try {
        try {
            result = await work({ ...ctx, transaction: { connection } });
            committed = lease.keepUnit(control, first);
        }
        catch (error) {
            if (!(0, errors_1.keepsWrites)(error))
                throw undo(lease, control, first, error);
            committed = lease.keepUnit(control, first);
            refusal = { error };
        }
    }
    finally {
        lease.release(control);
    }
    await committed;
    if (refusal)
        throw refusal.error;
    return result;
}
/** Drops a failed unit's writes; returns its error, to throw. */
function undo(lease, control, first, error) {
    try {
        lease.dropUnit(control, first, error);
    }
    catch {
        // The unit fails with its own error; the lease has failed the batch if undoing it failed.
    }
    return error;
}
/** Whether the context's database is SQLite (which stores dates as epoch milliseconds and booleans as 0/1). */
const isSqlite = (ctx) => dialectOf(ctx.em) === 'sqlite';
exports.isSqlite = isSqlite;
/**
 * A SELECT's row-lock clause (` for update`, ` for share`) inside a transaction on PostgreSQL; empty
 * on SQLite, which has no row locks and serialises writers at BEGIN IMMEDIATE, and outside one.
 */
const rowLock = (ctx, mode) => (ctx.transaction && !(0, exports.isSqlite)(ctx) ? ` for ${mode}` : '');
exports.rowLock = rowLock;
const leases = new WeakMap();
/** Another process's write lock, as libsql and the ORM report it (`isLockedByAnother`). */
const SQLITE_LOCK_WAIT = {
    isLockedOut: db_errors_1.isLockedByAnother,
    setBusyTimeout: (connection, ms) => connection.exec(`pragma busy_timeout = ${ms}`),
};
/**
 * Has this ORM's SQLite writers wait for another process's write lock without stopping the process
 * (`SqliteLease.waitInTurns`): for a server, whose every write goes through this module. Nothing on
 * PostgreSQL.
 */
function waitForWriteLockInTurns(em) {
    if (dialectOf(em) === 'sqlite')
        leaseOf(em).waitInTurns();
}
/** The lease of SQLite's one connection, one per ORM. */
function leaseOf(em) {
    const { client } = knexOf(em);
    let lease = leases.get(client);
    if (!lease)
        leases.set(client, (lease = new sqlite_lease_1.SqliteLease(client, SQLITE_LOCK_WAIT)));
    return lease;
}
/** Runs a transaction-control statement on SQLite, at once (libsql is synchronous), logged and reported like the others. */
function controlOf(ctx) {
    const connection = ctx.em.getConnection();
    return (raw, sql) => {
        report(connection, sql, []);
        if (ctx.em.config.getLogger().isEnabled('query'))
            connection.logQuery(sql);
        try {
            drivers_1.SQLITE.execute(raw, sql, [], 'count');
        }
        catch (error) {
            throw ctx.em.getDriver().convertException(error);
        }
    };
}
/** Tells knex's `query` listeners (statement counts in tests) about a statement. */
function report(connection, sql, params) {
    const knex = connection.getKnex();
    if (knex.listenerCount('query') > 0)
        knex.emit('query', { sql, bindings: params });
}
const knexOf = (em) => em.getConnection().getKnex();
function dialectOf(em) {
    const { client } = knexOf(em);
    return client.driverName === 'pg' || client.dialect === 'postgresql' ? 'postgresql' : 'sqlite';
}
/**
 * The statement's text (its `?` placeholders, never the values bound to them) on the error, so a
 * logged failure says which statement failed without saying whose data it carried.
 */
function withShape(error, sql) {
    Object.defineProperty(error, 'sql', { value: sql, enumerable: false, configurable: true, writable: true });
    return error;
}
/**
 * Runs one statement on the transaction's connection, or on one borrowed from the pool (SQLite's
 * pool holds a single connection, so a statement never slips into another request's transaction).
 * Driver errors leave as MikroORM's exceptions, as if the ORM had run the statement.
 */
async function run(ctx, sql, params, want, valuesOnly = false) {
    const unit = ctx.transaction?.unit;
    if (unit && !unit.ready)
        await unit.settle();
    const connection = ctx.em.getConnection();
    const sqlite = dialectOf(ctx.em) === 'sqlite';
    const pool = sqlite ? leaseOf(ctx.em).asPool(controlOf(ctx)) : connection.getKnex().client;
    const held = ctx.transaction?.connection;
    const statement = async () => {
        const raw = held ?? (await pool.acquireConnection());
        try {
            return await (sqlite ? drivers_1.SQLITE : drivers_1.POSTGRES).execute(raw, sql, params, want, valuesOnly);
        }
        catch (error) {
            throw withShape(ctx.em.getDriver().convertException(error), sql);
        }
        finally {
            if (!held)
                pool.releaseConnection(raw);
        }
    };
    report(connection, sql, params);
    // Timed and logged only when the ORM logs queries (debug, `onQuery`): every statement pays for it otherwise.
    return ctx.em.config.getLogger().isEnabled('query') ? connection.executeQuery(sql, statement) : statement();
}
//# sourceMappingURL=sql.js.map