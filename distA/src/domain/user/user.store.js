"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_JSON_STRING = void 0;
exports.userReader = userReader;
exports.findUser = findUser;
exports.shareLockedUser = shareLockedUser;
exports.findUsersByIds = findUsersByIds;
exports.contactsOfUsers = contactsOfUsers;
exports.lockUser = lockUser;
exports.saveUser = saveUser;
exports.insertUser = insertUser;
exports.writeContacts = writeContacts;
exports.bumpVersion = bumpVersion;
exports.assertFits = assertFits;
const errors_1 = require("../../common/errors");
const ids_1 = require("../../common/ids");
const context_1 = require("../context");
const conditions_1 = require("../query/conditions");
const rows_1 = require("../query/rows");
const team_store_1 = require("../team/team.store");
const team_entity_1 = require("../team/team.entity");
const sql_1 = require("../query/sql");
const user_contact_entity_1 = require("./user-contact.entity");
const user_entity_1 = require("./user.entity");
/**
 * The SQL of the users and user_contacts tables: every read and write of a user goes through here,
 * as prepared statements. Users are plain records (not ORM-managed): a write locks the row
 * (`lockUser`), changes the record, and `saveUser` writes the columns that changed.
 */
const users = (ctx) => (0, rows_1.tableReader)(ctx.em, user_entity_1.User);
const contactRows = (ctx) => (0, rows_1.tableReader)(ctx.em, user_contact_entity_1.UserContact);
const includedReaders = new WeakMap();
/**
 * The users table's reader, with a column per thing `include` asks for: each a subquery giving
 * the related rows as JSON, so that a user and its contacts and teams are one statement, not three.
 */
function userReader(ctx, include = {}) {
    const base = users(ctx);
    if (!include.contacts && !include.teams)
        return base;
    let known = includedReaders.get(base);
    if (!known)
        includedReaders.set(base, (known = new Map()));
    const key = `${Boolean(include.contacts)}:${Boolean(include.teams)}`;
    let reader = known.get(key);
    if (!reader) {
        const contacts = contactRows(ctx);
        const teams = (0, rows_1.tableReader)(ctx.em, team_entity_1.Team);
        const columns = (alias) => [
            ...(include.contacts
                ? [`${(0, rows_1.jsonRowsSql)(ctx, contacts, 'c', `${contacts.table} c where c.organization_id = ${alias}.organization_id and c.user_id = ${alias}.id`, 'c.kind, c.position')} as "contacts_json"`]
                : []),
            ...(include.teams ? [`${(0, team_store_1.teamsOfUserSql)(ctx, alias)} as "teams_json"`] : []),
        ];
        reader = (0, rows_1.withMoreColumns)(base, {
            columns: (alias) => columns(alias).join(', '),
            read: (row) => ({
                ...(include.contacts ? { contacts: (0, rows_1.readJsonRows)(contacts, row.contacts_json) } : {}),
                ...(include.teams ? { teams: (0, rows_1.readJsonRows)(teams, row.teams_json) } : {}),
            }),
        });
        known.set(key, reader);
    }
    return reader;
}
/** Visible, not deleted users with these ids: the tenant scope, `deleted_at is null`, `id in (…)`. */
function visibleUsers(ctx, ids) {
    return (0, conditions_1.allOf)([...(0, conditions_1.equalities)({ organization_id: (0, context_1.tenantScope)(ctx).organizationId, deleted_at: null }), (0, conditions_1.memberOf)('id', ids)]);
}
/**
 * A user the actor may see, with what `include` asks for; deleted users, other organizations'
 * users and non-UUIDs are NOT_FOUND.
 */
async function findUser(ctx, id, include = {}) {
    const [user] = (0, ids_1.isUuid)(id) ? await findUsersByIds(ctx, [id], include) : [];
    if (!user)
        throw (0, errors_1.notFound)('User', id);
    return user;
}
/**
 * The non-deleted user with this id that the actor may see, share-locked inside a transaction on
 * PostgreSQL (SQLite serialises writers anyway), or undefined. For a user about to receive rows (a
 * document's owner): a concurrent deactivation, which hands the user's documents on, waits for
 * this unit's writes, or this read waits for it and sees the user inactive.
 */
async function shareLockedUser(ctx, id) {
    const [user] = await selectVisibleUsers(ctx, [id], {}, (0, sql_1.rowLock)(ctx, 'share'));
    return user;
}
/** The non-deleted users with these ids that the actor may see, in one query; ids that are not UUIDs match nothing. */
async function findUsersByIds(ctx, ids, include = {}) {
    return selectVisibleUsers(ctx, ids, include, '');
}
async function selectVisibleUsers(ctx, ids, include, lock) {
    const wanted = (0, ids_1.uuidsOf)(ids);
    if (wanted.length === 0)
        return [];
    const reader = userReader(ctx, include);
    const where = visibleUsers(ctx, wanted);
    const rows = await (0, sql_1.selectRows)(ctx, `select ${reader.columns('t')} from ${reader.table} t where ${where.sql('t')}${lock}`, where.params);
    return rows.map(reader.read);
}
/** The emails and phone numbers of each user (by `tenantKeyOf`), in written order, one query per organization. */
async function contactsOfUsers(ctx, keys) {
    const lists = new Map();
    const reader = contactRows(ctx);
    for (const [organizationId, ids] of (0, context_1.visibleIdsByOrganization)(ctx, keys)) {
        const where = (0, conditions_1.allOf)([...(0, conditions_1.equalities)({ organization_id: organizationId }), ...(0, conditions_1.idConditions)('user_id', { in: ids })]);
        const sql = `select ${reader.columns('t')} from ${reader.table} t where ${where.sql('t')} order by t.user_id, t.kind, t.position`;
        for (const row of (await (0, sql_1.selectRows)(ctx, sql, where.params)).map(reader.read)) {
            const key = (0, context_1.tenantKeyOf)({ organizationId, id: row.userId });
            lists.set(key, [...(lists.get(key) ?? []), row]);
        }
    }
    return lists;
}
/** What `lockUser` read, to know which columns a save changes. */
const lockedRows = new WeakMap();
/**
 * Reads a user of the actor's organization for a write, locked (`SELECT … FOR UPDATE` on
 * PostgreSQL; SQLite serialises writers anyway), so two concurrent writes to one user cannot lose
 * each other's changes. Needs a transaction. Change the record, then `saveUser`. With
 * `withContacts`, the user's contacts come as they are once the lock is held.
 */
async function lockUser(ctx, id, options = {}) {
    const organizationId = (0, context_1.requireOrganization)(ctx);
    const sqlite = (0, sql_1.isSqlite)(ctx);
    // PostgreSQL runs a locking read's subqueries on the snapshot it took before waiting for the
    // lock, which a write that held it may have made stale: there the contacts are read afterwards.
    const reader = userReader(ctx, { contacts: sqlite && options.withContacts });
    const lock = sqlite ? '' : ' for update';
    const rows = (0, ids_1.isUuid)(id)
        ? await (0, sql_1.selectRows)(ctx, `select ${reader.columns('t')} from ${reader.table} t where t.organization_id = ? and t.id = ? and t.deleted_at is null${lock}`, [organizationId, id.toLowerCase()])
        : [];
    if (rows.length === 0)
        throw (0, errors_1.notFound)('User', id);
    const user = reader.read(rows[0]);
    if (options.ifVersion != null && options.ifVersion !== user.version) {
        throw new errors_1.DomainError('PRECONDITION_FAILED', `User ${user.id} is at version ${user.version}, not ${options.ifVersion}`, {
            field: 'ifVersion',
            version: user.version,
        });
    }
    if (options.withContacts && !sqlite)
        user.contacts = (await contactsOfUsers(ctx, [user])).get((0, context_1.tenantKeyOf)(user)) ?? [];
    lockedRows.set(user, { ...user });
    return user;
}
/** Writes the columns of a locked user (`lockUser`) that changed since it was read; nothing when none did. */
async function saveUser(ctx, user) {
    const before = lockedRows.get(user);
    if (!before)
        throw new Error('saveUser needs a user read by lockUser');
    const reader = users(ctx);
    const values = reader.values(user);
    const previous = reader.values(before);
    const changed = reader.columnNames.flatMap((column, i) => (sameValue(values[i], previous[i]) ? [] : [{ column, value: values[i] }]));
    if (changed.length === 0)
        return;
    await (0, sql_1.runStatement)(ctx, `update ${reader.table} set ${changed.map((c) => `${c.column} = ?`).join(', ')} where organization_id = ? and id = ?`, [...changed.map((c) => c.value), user.organizationId, user.id]);
    lockedRows.set(user, { ...user });
}
const sameValue = (a, b) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
/** Inserts a new user row. A userName already used (in any case) by a user not deleted fails the unique index. */
async function insertUser(ctx, user) {
    await (0, rows_1.insertRows)(ctx, users(ctx), [user]);
}
function contactRowsOf(ctx, user, kind, values) {
    return values.map((c, position) => contactRows(ctx).fresh({
        organizationId: user.organizationId,
        userId: user.id,
        kind,
        position,
        value: c.value ?? null,
        valueKey: c.value?.toLowerCase() ?? null,
        type: c.type ?? null,
        primary: c.primary ?? null,
        display: c.display ?? null,
    }));
}
const CONTACT_LISTS = [['email', 'emails'], ['phone', 'phoneNumbers']];
/**
 * Writes the contact lists of `next` that differ from `current` (all when `current` is null);
 * returns the user's contact rows as they now are, emails first.
 */
async function writeContacts(ctx, user, current, next) {
    const rows = [];
    for (const [kind, key] of CONTACT_LISTS) {
        const list = contactRowsOf(ctx, user, kind, next[key]);
        rows.push(...list);
        if (current && JSON.stringify(current[key]) === JSON.stringify(next[key]))
            continue;
        if (current)
            await (0, sql_1.runStatement)(ctx, `delete from ${contactRows(ctx).table} where organization_id = ? and user_id = ? and kind = ?`, [user.organizationId, user.id, kind]);
        if (list.length > 0)
            await (0, rows_1.insertRows)(ctx, contactRows(ctx), list);
    }
    return rows;
}
/** Marks a change: `version + 1` (the SCIM ETag) and `updatedAt`. */
function bumpVersion(ctx, user) {
    user.version += 1;
    user.updatedAt = ctx.now();
}
const lengthsByEntity = new WeakMap();
/** The declared length of each string column of an entity, read once from the ORM's metadata. */
function columnLengths(ctx, entity) {
    const meta = ctx.em.getMetadata().get(entity);
    let lengths = lengthsByEntity.get(meta);
    if (!lengths) {
        lengths = new Map(Object.values(meta.properties).flatMap((p) => (p.length ? [[p.name, p.length]] : [])));
        lengthsByEntity.set(meta, lengths);
    }
    return lengths;
}
/**
 * Longest string inside a JSON attribute (addresses, ims, photos, entitlements, roles,
 * x509Certificates): room for a PEM certificate chain's base64, far beyond any address.
 */
exports.MAX_JSON_STRING = 16_384;
/** The first string longer than MAX_JSON_STRING inside a JSON attribute's value, or undefined. */
function longJsonString(value) {
    if (typeof value === 'string')
        return value.length > exports.MAX_JSON_STRING && [...value].length > exports.MAX_JSON_STRING ? value : undefined;
    if (typeof value !== 'object' || value === null)
        return undefined;
    for (const item of Array.isArray(value) ? value : Object.values(value)) {
        const long = longJsonString(item);
        if (long !== undefined)
            return long;
    }
    return undefined;
}
/** Refuses values longer than their column (PostgreSQL would fail the write; SQLite would keep them). */
function assertFits(ctx, state) {
    const check = (entity, property, value, field) => {
        if (typeof value === 'object' && value !== null && longJsonString(value) !== undefined) {
            throw new errors_1.DomainError('BAD_USER_INPUT', `${field} holds a value longer than ${exports.MAX_JSON_STRING} characters`, { field });
        }
        const length = columnLengths(ctx, entity).get(property);
        // A string no longer than `length` UTF-16 units has at most that many code points.
        if (typeof value === 'string' && length && value.length > length && [...value].length > length) {
            throw new errors_1.DomainError('BAD_USER_INPUT', `${field} is longer than ${length} characters`, { field });
        }
    };
    for (const [property, value] of Object.entries(state.fields))
        check(user_entity_1.User, property, value, property);
    for (const key of ['emails', 'phoneNumbers']) {
        for (const contact of state[key]) {
            for (const [property, value] of Object.entries(contact))
                check(user_contact_entity_1.UserContact, property, value, key);
        }
    }
}
//# sourceMappingURL=user.store.js.map