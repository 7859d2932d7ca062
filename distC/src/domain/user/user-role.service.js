"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.teamGrants = teamGrants;
exports.userRole = userRole;
exports.findEarliestActiveAdmin = findEarliestActiveAdmin;
exports.isActiveOrgAdmin = isActiveOrgAdmin;
exports.assertActiveOrgAdmin = assertActiveOrgAdmin;
exports.reconcileAdmins = reconcileAdmins;
exports.setUserRole = setUserRole;
const errors_1 = require("../../common/errors");
const audit_service_1 = require("../audit/audit.service");
const context_1 = require("../context");
const ids_1 = require("../../common/ids");
const organization_store_1 = require("../organization/organization.store");
const conditions_1 = require("../query/conditions");
const rows_1 = require("../query/rows");
const sql_1 = require("../query/sql");
const roles_1 = require("../roles");
const team_entity_1 = require("../team/team.entity");
const team_store_1 = require("../team/team.store");
const user_role_sql_1 = require("./user-role.sql");
const document_transfer_service_1 = require("../document/document-transfer.service");
const document_entity_1 = require("../document/document.entity");
const user_store_1 = require("./user.store");
const user_entity_1 = require("./user.entity");
const teamsTable = (ctx) => ctx.em.getMetadata().get(team_entity_1.Team).tableName;
/**
 * The highest role granted to each user by their teams (absent: none), in one query.
 */
async function teamGrants(ctx, organizationId, userIds) {
    const ids = (0, ids_1.uuidsOf)(userIds);
    const grants = new Map(ids.map((id) => [id, null]));
    if (ids.length === 0)
        return grants;
    const rows = await (0, sql_1.selectRows)(ctx, `select m.user_id, max(case t.grants_role when 'ADMIN' then 2 when 'MEMBER' then 1 end) as grant_rank
       from ${(0, team_store_1.membersByUser)(ctx, 'm')} join ${teamsTable(ctx)} t on t.organization_id = m.organization_id and t.id = m.team_id
      where m.organization_id = ? and m.user_id in (${ids.map(() => '?').join(', ')}) and t.grants_role is not null
      group by m.user_id`, [organizationId, ...ids]);
    for (const row of rows)
        grants.set(row.user_id, Number(row.grant_rank) === 2 ? 'ADMIN' : 'MEMBER');
    return grants;
}
/** The effective role of one user (DESIGN.md "Roles"). */
async function userRole(ctx, user) {
    const org = await (0, organization_store_1.findOrganizationRow)(ctx, user.organizationId);
    const grant = (await teamGrants(ctx, user.organizationId, [user.id])).get(user.id) ?? null;
    return (0, roles_1.effectiveRole)({ manualOverride: org.roleManualOverride, provisionedByIdp: user.provisionedByIdp, manualRole: user.manualRole, idpRole: user.idpRole, teamGrant: grant });
}
/** Active, not deleted, effectively-ADMIN users of the organization, earliest created first. */
async function activeAdmins(ctx, org, where, limit) {
    const { role } = (0, user_role_sql_1.roleSql)(ctx, org.roleManualOverride);
    const admin = { sql: (a) => `${role(a)} = 'ADMIN'`, params: [] };
    const all = (0, conditions_1.allOf)([...(0, conditions_1.equalities)({ organization_id: org.id, active: true, deleted_at: null }), where, admin]);
    return (0, rows_1.selectWhere)(ctx, (0, rows_1.tableReader)(ctx.em, user_entity_1.User), all, `order by t.created_at, t.id limit ${limit}`);
}
/** The earliest-created active org admin of the (loaded) organization other than `excludeUserId`, or null. */
async function findEarliestActiveAdmin(ctx, org, excludeUserId) {
    const [admin] = await activeAdmins(ctx, org, (0, conditions_1.allOf)((0, conditions_1.idConditions)('id', { ne: excludeUserId })), 1);
    return admin ?? null;
}
/** True when `userId` is an active, not deleted, effective admin of the (loaded) organization, with its settings as they are now. */
async function isActiveOrgAdmin(ctx, org, userId) {
    if (!(0, ids_1.isUuid)(userId))
        return false;
    return (await activeAdmins(ctx, org, (0, conditions_1.allOf)((0, conditions_1.idConditions)('id', { eq: userId })), 1)).length > 0;
}
/** For the content successor setting: the user must be an active org admin of the organization. */
async function assertActiveOrgAdmin(ctx, org, userId) {
    if (!(await isActiveOrgAdmin(ctx, org, userId))) {
        throw new errors_1.DomainError('BAD_USER_INPUT', 'contentSuccessorId must be an active org admin of this organization', {
            field: 'contentSuccessorId',
        });
    }
}
/**
 * DESIGN.md "Deactivation": documents awaiting reassignment (their owner left when the organization
 * had no admin) go to the next user who becomes an active org admin: the content successor when
 * that is one, else the earliest active admin. One indexed read when nothing waits.
 */
async function drainAwaitingDocuments(ctx, org) {
    const documents = (0, rows_1.tableReader)(ctx.em, document_entity_1.Document).table;
    const waiting = await (0, sql_1.selectRows)(ctx, `select 1 as one from ${documents} where organization_id = ? and awaiting_reassignment = ? limit 1`, [org.id, true]);
    if (waiting.length === 0)
        return;
    const receiver = org.contentSuccessorId ?? (await findEarliestActiveAdmin(ctx, org, null))?.id ?? null;
    if (!receiver)
        return;
    const moved = await (0, document_transfer_service_1.moveAwaitingDocuments)(ctx, org.id, receiver);
    await (0, audit_service_1.recordAudit)(ctx, {
        organizationId: org.id,
        action: 'documents.reassigned_from_queue',
        targetType: 'user',
        targetId: receiver,
        changes: { documents: { before: { awaitingReassignment: moved }, after: { ownerId: receiver, count: moved } } },
    });
}
/**
 * After any write that can make or unmake an org admin (a role, a team grant or membership, an
 * activation, the override, the successor setting), in its unit of work: a write made by a person
 * (a token held by a user: an org admin) that leaves the organization without any active org admin
 * is refused (CONFLICT), so that no one locks their organization out of its console; the IdP, the
 * CLI and a bootstrap token may. Then a content successor who is no longer an active admin is
 * cleared (audited), and documents awaiting reassignment go to the admin there now is, if any.
 */
async function reconcileAdmins(ctx, organizationId) {
    // Locked: a concurrent change of the successor setting, or of another admin, waits for this check.
    const org = await (0, organization_store_1.findOrganizationRow)(ctx, organizationId, { lock: true });
    if (ctx.actor.userId && !(await findEarliestActiveAdmin(ctx, org, null))) {
        throw new errors_1.DomainError('CONFLICT', 'This would leave the organization without an active org admin: make another user an org admin first', {
            reason: 'lastOrgAdmin',
        });
    }
    if (org.contentSuccessorId && !(await isActiveOrgAdmin(ctx, org, org.contentSuccessorId))) {
        await (0, rows_1.updateWhere)(ctx, (0, organization_store_1.organizations)(ctx), { contentSuccessorId: null, updatedAt: ctx.now() }, (0, conditions_1.allOf)((0, conditions_1.equalities)({ id: org.id })));
        await (0, audit_service_1.recordAudit)(ctx, {
            organizationId,
            action: 'organization.content_successor_cleared',
            targetType: 'organization',
            targetId: org.id,
            changes: { contentSuccessorId: { before: org.contentSuccessorId, after: null } },
        });
        org.contentSuccessorId = null;
    }
    await drainAwaitingDocuments(ctx, org);
}
/**
 * Sets (or with null clears) a user's manual role. Refused for an IdP-provisioned user while
 * the organization's `roleManualOverride` is off: the IdP is then the source of truth.
 */
async function setUserRole(ctx, userId, role) {
    if (role !== null && !roles_1.ORG_ROLES.includes(role)) {
        throw new errors_1.DomainError('BAD_USER_INPUT', `role must be one of ${roles_1.ORG_ROLES.join(', ')}`, { field: 'role' });
    }
    return (0, context_1.inUnitOfWork)(ctx, async (ctx) => {
        const user = await (0, user_store_1.lockUser)(ctx, userId);
        const org = await (0, organization_store_1.findOrganizationRow)(ctx, user.organizationId);
        if (role !== null && user.provisionedByIdp && !org.roleManualOverride) {
            throw new errors_1.DomainError('FORBIDDEN', "This user is provisioned by the identity provider, which is the source of truth for roles; turn on the organization setting roleManualOverride to set a manual role", { field: 'role', reason: 'idpIsSourceOfTruth' });
        }
        if (user.manualRole === role)
            return user;
        await (0, audit_service_1.recordAudit)(ctx, {
            organizationId: user.organizationId,
            action: 'user.role_set',
            targetType: 'user',
            targetId: user.id,
            changes: { manualRole: { before: user.manualRole, after: role } },
        });
        user.manualRole = role;
        (0, user_store_1.bumpVersion)(ctx, user);
        await (0, user_store_1.saveUser)(ctx, user);
        await reconcileAdmins(ctx, user.organizationId);
        return user;
    });
}
//# sourceMappingURL=user-role.service.js.map