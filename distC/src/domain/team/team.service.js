"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createTeam = createTeam;
exports.getTeam = getTeam;
exports.changeTeam = changeTeam;
exports.deleteTeam = deleteTeam;
exports.setTeamGrantsRole = setTeamGrantsRole;
exports.removeUserFromAllTeams = removeUserFromAllTeams;
const errors_1 = require("../../common/errors");
const ids_1 = require("../../common/ids");
const audit_service_1 = require("../audit/audit.service");
const context_1 = require("../context");
const roles_1 = require("../roles");
const team_input_1 = require("./team.input");
const team_store_1 = require("./team.store");
const team_entity_1 = require("./team.entity");
const rows_1 = require("../query/rows");
const user_role_service_1 = require("../user/user-role.service");
/*
 * Every team write, each in one unit of work. Membership is written as deltas: a team's member
 * list is never loaded, so a change costs statements in proportion to the ids passed, not to the
 * team. Every change bumps the version (the SCIM ETag) and `updatedAt` once; a call that changes
 * nothing keeps them. Teams are returned as written (plain records, not managed by the ORM).
 */
const AUDITED_FIELDS = ['displayName', 'externalId'];
/** How many member ids an audit record lists; the count is always complete. */
const AUDITED_MEMBER_IDS = 100;
const memberSummary = (ids) => ({ count: ids.length, ids: ids.slice(0, AUDITED_MEMBER_IDS) });
/** The team `id` names in the actor's organization; NOT_FOUND for ids that are not UUIDs (never a database error). */
function teamKeyOf(ctx, id) {
    const organizationId = (0, context_1.requireOrganization)(ctx);
    if (!(0, ids_1.isUuid)(id))
        throw (0, errors_1.notFound)('Team', id);
    return { organizationId, id: id.toLowerCase() };
}
function existing(team, key) {
    if (!team)
        throw (0, errors_1.notFound)('Team', key.id);
    return team;
}
async function auditTeam(ctx, team, action, changes) {
    await (0, audit_service_1.recordAudit)(ctx, { organizationId: team.organizationId, action, targetType: 'team', targetId: team.id, changes });
}
/**
 * Fails with MEMBER_NOT_IN_ORGANIZATION (field `members`, `ids`: the first five) unless every id is
 * a non-deleted user of the organization; called before anything is written.
 */
async function assertMembersExist(ctx, organizationId, userIds) {
    const unknown = await (0, team_store_1.unknownUserIds)(ctx, organizationId, userIds);
    if (unknown.length === 0)
        return;
    const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
    throw new errors_1.DomainError('MEMBER_NOT_IN_ORGANIZATION', `Not users of this organization: ${unknown.slice(0, 5).join(', ')}${more}`, {
        field: 'members',
        ids: unknown.slice(0, 5),
    });
}
/**
 * Creates a team in the actor's organization, with its initial members (validated first).
 * `displayName` is unique per organization, case-insensitively (ALREADY_EXISTS, field `displayName`).
 */
async function createTeam(ctx, input) {
    const organizationId = (0, context_1.requireOrganization)(ctx);
    const displayName = (0, team_input_1.cleanDisplayName)(input.displayName);
    const externalId = (0, team_input_1.cleanExternalId)(input.externalId);
    const memberIds = (0, team_input_1.normaliseIds)(input.memberIds);
    return (0, context_1.inUnitOfWork)(ctx, async (tx) => {
        await assertMembersExist(tx, organizationId, memberIds);
        const now = tx.now();
        const team = (0, rows_1.tableReader)(tx.em, team_entity_1.Team).fresh({ organizationId, displayName, displayNameKey: displayName.toLowerCase(), externalId, createdAt: now, updatedAt: now });
        await (0, team_store_1.insertTeam)(tx, team);
        await (0, team_store_1.insertMemberRows)(tx, team, memberIds);
        const changes = (0, audit_service_1.diffFields)({}, { displayName, externalId }, AUDITED_FIELDS);
        if (memberIds.length > 0)
            changes.members = { before: null, after: memberSummary(memberIds) };
        await auditTeam(tx, team, 'team.created', changes);
        return team;
    });
}
/** A team the actor may see; NOT_FOUND for unknown, other organizations' and non-UUID ids. */
async function getTeam(ctx, id) {
    if (!(0, ids_1.isUuid)(id))
        throw (0, errors_1.notFound)('Team', id);
    const team = await (0, team_store_1.selectTeam)(ctx, { organizationId: ctx.actor.organizationId, id: id.toLowerCase() }, { lock: false });
    if (!team)
        throw (0, errors_1.notFound)('Team', id);
    return team;
}
const changesMembers = (delta) => delta.added.length + delta.removed.length > 0;
/** Writes the deltas: the rows outside a set or the removals, then the additions. */
async function writeMembers(ctx, team, members) {
    const removed = members.set ? await (0, team_store_1.deleteMemberRowsOutside)(ctx, team, members.set) : await (0, team_store_1.deleteMemberRows)(ctx, team, members.remove);
    return { added: await (0, team_store_1.insertMemberRows)(ctx, team, members.set ?? members.add), removed };
}
async function auditMembers(ctx, team, delta) {
    if (delta.added.length > 0)
        await auditTeam(ctx, team, 'team.members_added', { members: { before: null, after: memberSummary(delta.added) } });
    if (delta.removed.length > 0)
        await auditTeam(ctx, team, 'team.members_removed', { members: { before: memberSummary(delta.removed), after: null } });
}
/**
 * A members-only change, after its rows are written: the team row is not read but bumped (`update
 * … returning`), or, when no row was added or removed, read once and left at its version.
 */
async function finishMembersOnly(ctx, key, delta) {
    return existing(changesMembers(delta) ? await (0, team_store_1.updateTeamRow)(ctx, key) : await (0, team_store_1.selectTeam)(ctx, key, { lock: false }), key);
}
/** The team read and locked for a change of its fields, at `ifVersion` when given (else PRECONDITION_FAILED). */
async function lockedTeam(ctx, key, ifVersion) {
    const team = existing(await (0, team_store_1.selectTeam)(ctx, key, { lock: true }), key);
    if (ifVersion != null && team.version !== ifVersion) {
        throw new errors_1.DomainError('PRECONDITION_FAILED', `Team ${team.id} is at version ${team.version}, not ${ifVersion}`, {
            field: 'ifVersion',
            id: team.id,
            version: team.version,
        });
    }
    return team;
}
/** A change with fields or `ifVersion`, after its member rows are written: the changed fields and the bump in one `update … returning`. */
async function finishFields(ctx, key, team, fields, delta) {
    const next = { displayName: fields.displayName ?? team.displayName, externalId: fields.externalId === undefined ? team.externalId : fields.externalId };
    const changes = (0, audit_service_1.diffFields)(team, next, AUDITED_FIELDS);
    if (Object.keys(changes).length === 0 && !changesMembers(delta))
        return team;
    const columns = {
        ...(changes.displayName ? { displayName: next.displayName, displayNameKey: next.displayName.toLowerCase() } : {}),
        ...(changes.externalId ? { externalId: next.externalId } : {}),
    };
    const written = existing(await (0, team_store_1.updateTeamRow)(ctx, key, columns), key);
    if (Object.keys(changes).length > 0)
        await auditTeam(ctx, key, 'team.updated', changes);
    return written;
}
/**
 * Changes a team's fields and members in one unit of work with one version bump (one SCIM PATCH or
 * PUT is all or nothing). Omitted fields stay; `externalId: null` clears it. Members that are not
 * users of the organization fail the whole call (MEMBER_NOT_IN_ORGANIZATION). With `ifVersion`, the
 * team must be at that version (PRECONDITION_FAILED, details carrying the current `version`).
 * A change of fields or with `ifVersion` reads the team (locked) and checks its version before any
 * row is written. A members-only change never reads it first (on PostgreSQL it locks its row). An
 * unknown team in a members-only change, and a taken name in any change, are found after rows were
 * written: they are undone by the unit of work rolling back, which a caller's own transaction must
 * then do too.
 */
async function changeTeam(ctx, id, change, options = {}) {
    const key = teamKeyOf(ctx, id);
    const fields = (0, team_input_1.fieldsToWrite)(change);
    const members = (0, team_input_1.membersToWrite)(change.members);
    const locked = Object.keys(fields).length > 0 || options.ifVersion != null;
    return (0, context_1.inUnitOfWork)(ctx, async (tx) => {
        // In the lock order of every team writer (team.store.ts): the users to add (shared, and
        // checked before anything is written), the team's row, then its membership rows.
        await assertMembersExist(tx, key.organizationId, members.set ?? members.add);
        const before = locked ? await lockedTeam(tx, key, options.ifVersion) : null;
        if (!before)
            await (0, team_store_1.lockTeamRow)(tx, key);
        const delta = await writeMembers(tx, key, members);
        const team = before ? await finishFields(tx, key, before, fields, delta) : await finishMembersOnly(tx, key, delta);
        await auditMembers(tx, key, delta);
        // Members joining or leaving an ADMIN-granting team become or stop being admins.
        if (changesMembers(delta) && team.grantsRole === 'ADMIN')
            await (0, user_role_service_1.reconcileAdmins)(tx, key.organizationId);
        return team;
    });
}
/** Deletes a team and its memberships (the audit trail keeps its history). Returns the team as it was. */
async function deleteTeam(ctx, id) {
    const key = teamKeyOf(ctx, id);
    return (0, context_1.inUnitOfWork)(ctx, async (tx) => {
        // The team's row before its membership rows, the order every team writer locks in (team.store.ts).
        await (0, team_store_1.lockTeamRow)(tx, key);
        const memberCount = await (0, team_store_1.deleteAllMemberRows)(tx, key);
        const team = existing(await (0, team_store_1.deleteTeamRow)(tx, key), key);
        const changes = (0, audit_service_1.diffFields)(team, {}, AUDITED_FIELDS);
        changes.members = { before: { count: memberCount }, after: null };
        await auditTeam(tx, key, 'team.deleted', changes);
        if (team.grantsRole === 'ADMIN')
            await (0, user_role_service_1.reconcileAdmins)(tx, key.organizationId);
        return team;
    });
}
/**
 * Sets (or clears, with null) the org role the team grants its members. Callers restrict this
 * to org admins. Members' effective roles follow on read.
 */
async function setTeamGrantsRole(ctx, id, role) {
    if (role !== null && !roles_1.ORG_ROLES.includes(role)) {
        throw new errors_1.DomainError('BAD_USER_INPUT', `unknown role ${String(role)}`, { field: 'role' });
    }
    const key = teamKeyOf(ctx, id);
    return (0, context_1.inUnitOfWork)(ctx, async (tx) => {
        const team = existing(await (0, team_store_1.selectTeam)(tx, key, { lock: true }), key);
        if (team.grantsRole === role)
            return team;
        const written = existing(await (0, team_store_1.updateTeamRow)(tx, key, { grantsRole: role }), key);
        await auditTeam(tx, key, 'team.grants_role_set', { grantsRole: { before: team.grantsRole, after: role } });
        if (role === 'ADMIN' || team.grantsRole === 'ADMIN')
            await (0, user_role_service_1.reconcileAdmins)(tx, key.organizationId);
        return written;
    });
}
/**
 * Removes a user from every team (deactivation and delete) and bumps the version of each team it
 * left. Returns the ids of those teams, sorted.
 */
async function removeUserFromAllTeams(ctx, organizationId, userId) {
    return (0, context_1.inUnitOfWork)(ctx, async (tx) => {
        // The teams' rows before their membership rows, the order every team writer locks in (team.store.ts).
        await (0, team_store_1.lockTeamsOfUser)(tx, organizationId, userId);
        const teamIds = await (0, team_store_1.deleteUserMemberRows)(tx, organizationId, userId);
        await (0, team_store_1.bumpTeamVersions)(tx, organizationId, teamIds);
        return teamIds;
    });
}
//# sourceMappingURL=team.service.js.map