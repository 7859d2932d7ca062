"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.chunked = chunked;
exports.membersByUser = membersByUser;
exports.teamsOfUserSql = teamsOfUserSql;
exports.unknownUserIds = unknownUserIds;
exports.insertMemberRows = insertMemberRows;
exports.deleteMemberRows = deleteMemberRows;
exports.deleteMemberRowsOutside = deleteMemberRowsOutside;
exports.deleteAllMemberRows = deleteAllMemberRows;
exports.deleteUserMemberRows = deleteUserMemberRows;
exports.selectTeam = selectTeam;
exports.lockTeamRow = lockTeamRow;
exports.lockTeamsOfUser = lockTeamsOfUser;
exports.updateTeamRow = updateTeamRow;
exports.bumpTeamVersions = bumpTeamVersions;
exports.insertTeam = insertTeam;
exports.deleteTeamRow = deleteTeamRow;
const promises_1 = require("node:timers/promises");
const ids_1 = require("../../common/ids");
const rows_1 = require("../query/rows");
const sql_1 = require("../query/sql");
const user_entity_1 = require("../user/user.entity");
const team_member_entity_1 = require("./team-member.entity");
const team_entity_1 = require("./team.entity");
/*
 * The SQL of team writes, in plain statements that SQLite and PostgreSQL both accept. Membership
 * statements are bounded by the ids the caller passed (or by the rows they change), never by the
 * size of the team: nothing here reads a team's member list. Locks are taken in one order by every
 * writer — users (the one a user write changes, or those added to a team, shared), the team rows
 * (several in id order), their membership rows, then the organization's row (`reconcileAdmins`,
 * and an IdP's deprovision through `admitUserDeprovision`) — so concurrent writers wait for each
 * other instead of deadlocking. A replacement of the member list deletes some rows and inserts
 * others: two of them taking row locks before the team's would each hold a row the other needs.
 */
/** Ids per statement: far below SQLite's and PostgreSQL's bound-parameter limits. */
const ID_CHUNK = 500;
/** `items` cut into runs of at most `size`, for statements with one placeholder per item. */
function chunked(items, size = ID_CHUNK) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/**
 * The chunks of `items`, with the event loop's turn between two of them: SQLite's driver holds the
 * one thread while a statement runs, and a PATCH of 10,000 members runs twenty of them, which must
 * not keep every other request (a `/healthz`, a lookup) waiting for their sum.
 */
async function* inTurns(items) {
    for (let i = 0; i < items.length; i += ID_CHUNK) {
        if (i > 0)
            await (0, promises_1.setImmediate)();
        yield items.slice(i, i + ID_CHUNK);
    }
}
const marks = (n) => Array.from({ length: n }, () => '?').join(', ');
const teams = (ctx) => (0, rows_1.tableReader)(ctx.em, team_entity_1.Team);
const membersTable = (ctx) => (0, rows_1.tableReader)(ctx.em, team_member_entity_1.TeamMember).table;
/**
 * `team_members` as alias `alias`, for a read by user: pinned on SQLite to the (organization_id,
 * user_id) index. Without statistics SQLite's planner prefers the covering primary key, whose
 * (organization_id) prefix reads every membership of the organization, for each user looked up: a
 * correlated "is an admin" subquery over 50,000 users and 100,000 memberships ran for minutes.
 */
function membersByUser(ctx, alias) {
    return `${membersTable(ctx)} ${alias}${(0, sql_1.isSqlite)(ctx) ? ` indexed by ${team_member_entity_1.MEMBERS_BY_USER_INDEX}` : ''}`;
}
/**
 * The teams of the user that `userAlias` names, as one JSON array by display name (`jsonRowsSql`):
 * read with `readJsonRows(tableReader(ctx.em, Team), value)`.
 */
function teamsOfUserSql(ctx, userAlias) {
    const from = `${membersByUser(ctx, 'tm')} join teams tt on tt.organization_id = tm.organization_id and tt.id = tm.team_id where tm.organization_id = ${userAlias}.organization_id and tm.user_id = ${userAlias}.id`;
    return (0, rows_1.jsonRowsSql)(ctx, (0, rows_1.tableReader)(ctx.em, team_entity_1.Team), 'tt', from, 'tt.display_name_key, tt.id');
}
const userIdsOf = (rows) => rows.map((r) => String(r.user_id));
/**
 * The ids that are not non-deleted users of the organization (ids that are not UUIDs included),
 * in input order: one query per chunk. Inside a transaction the users found are share-locked
 * (PostgreSQL `for share`; SQLite serialises writers anyway), so a concurrent delete, which removes
 * the user from every team, waits for the membership written here instead of missing it.
 * (A long id list runs unprepared on PostgreSQL, planned for its ids: see `sql.ts`.)
 */
async function unknownUserIds(ctx, organizationId, ids) {
    const found = new Set();
    const lock = (0, sql_1.rowLock)(ctx, 'share');
    for await (const chunk of inTurns(ids.filter(ids_1.isUuid).map((id) => id.toLowerCase()))) {
        const sql = `select id from ${(0, rows_1.tableReader)(ctx.em, user_entity_1.User).table} where organization_id = ? and deleted_at is null and id in (${marks(chunk.length)})${lock}`;
        for (const row of await (0, sql_1.selectRows)(ctx, sql, [organizationId, ...chunk]))
            found.add(String(row.id));
    }
    return ids.filter((id) => !found.has(id.toLowerCase()));
}
/**
 * Inserts the memberships that do not exist yet; returns the user ids actually added. Rows go in
 * id order, so two writers adding the same users to one team lock their keys in the same order.
 */
async function insertMemberRows(ctx, team, userIds) {
    const createdAt = ctx.now();
    const added = [];
    for await (const chunk of inTurns([...userIds].sort())) {
        const rows = await (0, sql_1.selectRows)(ctx, `insert into ${membersTable(ctx)} (organization_id, team_id, user_id, created_at) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')} on conflict do nothing returning user_id`, chunk.flatMap((userId) => [team.organizationId, team.id, userId, createdAt]));
        added.push(...userIdsOf(rows));
    }
    return added;
}
/** Deletes the named memberships; returns the user ids actually removed. */
async function deleteMemberRows(ctx, team, userIds) {
    const removed = [];
    for await (const chunk of inTurns(userIds.filter(ids_1.isUuid))) {
        const rows = await (0, sql_1.selectRows)(ctx, `delete from ${membersTable(ctx)} where organization_id = ? and team_id = ? and user_id in (${marks(chunk.length)}) returning user_id`, [team.organizationId, team.id, ...chunk]);
        removed.push(...userIdsOf(rows));
    }
    return removed;
}
/**
 * Deletes every membership of the team whose user is not in `keep`; returns the user ids removed.
 * The sorted `keep` set is cut into chunks, and each chunk owns the id range up to its last id (the
 * last range is open), so "not in the whole set" becomes one bounded statement per chunk, whatever
 * the set's size.
 */
async function deleteMemberRowsOutside(ctx, team, keep) {
    const removed = [];
    const chunks = chunked([...keep].filter(ids_1.isUuid).sort());
    for (let i = 0; i <= chunks.length; i += 1) {
        if (i > 0)
            await (0, promises_1.setImmediate)();
        const conditions = ['organization_id = ?', 'team_id = ?'];
        const params = [team.organizationId, team.id];
        const above = i > 0 ? chunks[i - 1][chunks[i - 1].length - 1] : null;
        const range = chunks[i] ?? [];
        if (above !== null) {
            conditions.push('user_id > ?');
            params.push(above);
        }
        if (range.length > 0) {
            conditions.push('user_id <= ?', `user_id not in (${marks(range.length)})`);
            params.push(range[range.length - 1], ...range);
        }
        const rows = await (0, sql_1.selectRows)(ctx, `delete from ${membersTable(ctx)} where ${conditions.join(' and ')} returning user_id`, params);
        removed.push(...userIdsOf(rows));
    }
    return removed;
}
/** Deletes every membership of a team; returns how many there were. */
async function deleteAllMemberRows(ctx, team) {
    return (0, sql_1.runStatement)(ctx, `delete from ${membersTable(ctx)} where organization_id = ? and team_id = ?`, [team.organizationId, team.id]);
}
/** Deletes every membership of a user; returns the ids of the teams it left, sorted. */
async function deleteUserMemberRows(ctx, organizationId, userId) {
    const rows = await (0, sql_1.selectRows)(ctx, `delete from ${membersTable(ctx)} where organization_id = ? and user_id = ? returning team_id`, [organizationId, userId]);
    return rows.map((r) => String(r.team_id)).sort();
}
/**
 * The team's row, or null; `organizationId` null: in any organization (actors that see every
 * organization). With `lock`, locked for the rest of the transaction (`for update` on PostgreSQL;
 * SQLite has no row locks and serialises writers anyway). The row is a plain record: the ORM's unit
 * of work never holds a team, so its flush cannot write stale values over these statements.
 */
async function selectTeam(ctx, key, options) {
    const reader = teams(ctx);
    const tenant = key.organizationId === null ? '' : 't.organization_id = ? and ';
    const lock = options.lock && !(0, sql_1.isSqlite)(ctx) ? ' for update' : '';
    const rows = await (0, sql_1.selectRows)(ctx, `select ${reader.columns('t')} from ${reader.table} t where ${tenant}t.id = ?${lock}`, key.organizationId === null ? [key.id] : [key.organizationId, key.id]);
    return rows.length ? reader.read(rows[0]) : null;
}
/**
 * Locks the team's row for the rest of the transaction (PostgreSQL `for update`), before its
 * membership rows: see the lock order above. SQLite has no row locks and serialises writers at
 * BEGIN IMMEDIATE, so there it runs nothing.
 */
async function lockTeamRow(ctx, key) {
    if ((0, sql_1.isSqlite)(ctx))
        return;
    await (0, sql_1.selectRows)(ctx, `select id from ${teams(ctx).table} where organization_id = ? and id = ? for update`, [key.organizationId, key.id]);
}
/** Locks, in id order, the rows of the teams the user belongs to (PostgreSQL; nothing on SQLite, as `lockTeamRow`). */
async function lockTeamsOfUser(ctx, organizationId, userId) {
    if ((0, sql_1.isSqlite)(ctx))
        return;
    const memberships = `select team_id from ${membersTable(ctx)} where organization_id = ? and user_id = ?`;
    await (0, sql_1.selectRows)(ctx, `select id from ${teams(ctx).table} where organization_id = ? and id in (${memberships}) order by id for update`, [organizationId, organizationId, userId]);
}
/**
 * Sets `columns`, `version = version + 1` and `updatedAt` on the team in one statement, without
 * reading it first (on PostgreSQL concurrent writers of one team serialise on its row, and none is
 * lost); returns the team as written, or null when there is no such team.
 */
async function updateTeamRow(ctx, key, columns = {}) {
    const reader = teams(ctx);
    const entries = Object.entries(columns);
    const sets = [...entries.map(([property]) => `${reader.column(property)} = ?`), 'version = version + 1', `${reader.column('updatedAt')} = ?`];
    const rows = await (0, sql_1.selectRows)(ctx, `update ${reader.table} set ${sets.join(', ')} where organization_id = ? and id = ? returning ${reader.columnNames.join(', ')}`, [...entries.map(([, value]) => value), ctx.now(), key.organizationId, key.id]);
    return rows.length ? reader.read(rows[0]) : null;
}
/** `version = version + 1` (and `updatedAt`) on the named teams of one organization, without reading them. */
async function bumpTeamVersions(ctx, organizationId, teamIds) {
    const reader = teams(ctx);
    for (const chunk of chunked(teamIds)) {
        await (0, sql_1.runStatement)(ctx, `update ${reader.table} set version = version + 1, ${reader.column('updatedAt')} = ? where organization_id = ? and id in (${marks(chunk.length)})`, [
            ctx.now(),
            organizationId,
            ...chunk,
        ]);
    }
}
/** Inserts a new team's row (built with `tableReader(…).fresh`, so the entity's defaults apply). */
async function insertTeam(ctx, team) {
    await (0, rows_1.insertRows)(ctx, teams(ctx), [team]);
}
/** Deletes the team's row; returns it as it was, or null when there is no such team. */
async function deleteTeamRow(ctx, key) {
    const reader = teams(ctx);
    const rows = await (0, sql_1.selectRows)(ctx, `delete from ${reader.table} where organization_id = ? and id = ? returning ${reader.columnNames.join(', ')}`, [
        key.organizationId,
        key.id,
    ]);
    return rows.length ? reader.read(rows[0]) : null;
}
//# sourceMappingURL=team.store.js.map