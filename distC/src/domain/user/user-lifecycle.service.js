"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyDeactivation = applyDeactivation;
exports.applyReactivation = applyReactivation;
exports.admitUserDeprovision = admitUserDeprovision;
exports.deactivateUser = deactivateUser;
exports.reactivateUser = reactivateUser;
exports.deleteUser = deleteUser;
const audit_service_1 = require("../audit/audit.service");
const deprovision_hold_service_1 = require("../deprovision/deprovision-hold.service");
const context_1 = require("../context");
const document_transfer_service_1 = require("../document/document-transfer.service");
const organization_store_1 = require("../organization/organization.store");
const team_service_1 = require("../team/team.service");
const team_store_1 = require("../team/team.store");
const user_role_service_1 = require("./user-role.service");
const one_way_sync_1 = require("./one-way-sync");
const user_store_1 = require("./user.store");
/**
 * Who receives a deactivated user's documents: the organization's content successor when that
 * is an active org admin other than the user, else the earliest-created active org admin other
 * than the user, else nobody. Called after the user's memberships are gone. The organization's row
 * is locked first (the last lock of the order in team.store.ts), so deactivations in one
 * organization choose one after another: a receiver being deactivated meanwhile is either chosen
 * before its own hand-over, which then takes these documents on, or seen inactive.
 */
async function documentReceiver(ctx, user) {
    const org = await (0, organization_store_1.findOrganizationRow)(ctx, user.organizationId, { lock: true });
    const successor = org.contentSuccessorId;
    if (successor && successor !== user.id && (await (0, user_role_service_1.isActiveOrgAdmin)(ctx, org, successor)))
        return successor;
    return (await (0, user_role_service_1.findEarliestActiveAdmin)(ctx, org, user.id))?.id ?? null;
}
/**
 * Deactivates a loaded, locked, active user inside the caller's unit of work (DESIGN.md
 * "Deactivation"): leaves every team, hands documents on, records `user.deactivated`.
 * Does not bump the version: the caller does, once per write.
 */
async function applyDeactivation(ctx, user) {
    user.active = false;
    user.deactivatedAt = ctx.now();
    const teamIds = await (0, team_service_1.removeUserFromAllTeams)(ctx, user.organizationId, user.id);
    const receiver = await documentReceiver(ctx, user);
    const moved = await (0, document_transfer_service_1.reassignDocuments)(ctx, user.organizationId, user.id, receiver);
    await (0, audit_service_1.recordAudit)(ctx, {
        organizationId: user.organizationId,
        action: 'user.deactivated',
        targetType: 'user',
        targetId: user.id,
        changes: {
            active: { before: true, after: false },
            teams: { before: teamIds, after: [] },
            documents: {
                before: { ownerId: user.id, count: moved },
                after: { ownerId: receiver ?? user.id, count: moved, awaitingReassignment: receiver === null },
            },
        },
    });
}
/** Reactivates a loaded, locked, inactive user: same id; documents and teams do not come back. */
async function applyReactivation(ctx, user) {
    user.active = true;
    user.deactivatedAt = null;
    await (0, audit_service_1.recordAudit)(ctx, {
        organizationId: user.organizationId,
        action: 'user.reactivated',
        targetType: 'user',
        targetId: user.id,
        changes: { active: { before: false, after: true } },
    });
}
/**
 * Admits an IdP's deprovision of the locked, active user (`admitDeprovision`, which locks the
 * organization's row) after locking the user's teams: every team writer locks a team before the
 * organization (team.store.ts), and a deprovision that took them the other way round would
 * deadlock with one of them on PostgreSQL.
 */
async function admitUserDeprovision(ctx, user, action) {
    await (0, team_store_1.lockTeamsOfUser)(ctx, user.organizationId, user.id);
    await (0, deprovision_hold_service_1.admitDeprovision)(ctx, user, action);
}
/**
 * Deactivates a user in one unit of work; a user already inactive is left as it is (no-op). An
 * IdP's deactivation may be held (DEPROVISION_HELD, `admitDeprovision`).
 */
async function deactivateUser(ctx, id) {
    return (0, context_1.inUnitOfWork)(ctx, async (ctx) => {
        const user = await (0, user_store_1.lockUser)(ctx, id);
        if (!user.active)
            return user;
        await admitUserDeprovision(ctx, user, 'deactivate');
        await applyDeactivation(ctx, user);
        (0, user_store_1.bumpVersion)(ctx, user);
        await (0, user_store_1.saveUser)(ctx, user);
        await (0, user_role_service_1.reconcileAdmins)(ctx, user.organizationId);
        return user;
    });
}
/** Reactivates a user; a user already active is left as it is (no-op). */
async function reactivateUser(ctx, id) {
    return (0, context_1.inUnitOfWork)(ctx, async (ctx) => {
        const user = await (0, user_store_1.lockUser)(ctx, id);
        if (user.active)
            return user;
        await (0, one_way_sync_1.checkLocalEdit)(ctx, user, ['active']);
        await applyReactivation(ctx, user);
        (0, user_store_1.bumpVersion)(ctx, user);
        await (0, user_store_1.saveUser)(ctx, user);
        await (0, user_role_service_1.reconcileAdmins)(ctx, user.organizationId);
        return user;
    });
}
/**
 * Deletes a user: deactivation, then a tombstone. The row and its history stay; reads answer
 * NOT_FOUND and the userName is free for reuse. An IdP's delete of an active user may be held
 * (DEPROVISION_HELD, `admitDeprovision`); an inactive user was deprovisioned already.
 */
async function deleteUser(ctx, id) {
    await (0, context_1.inUnitOfWork)(ctx, async (ctx) => {
        const user = await (0, user_store_1.lockUser)(ctx, id);
        if (user.active)
            await admitUserDeprovision(ctx, user, 'delete');
        // An inactive user may have been pushed into teams since deactivation; a tombstone keeps none.
        let leftTeams = [];
        if (user.active)
            await applyDeactivation(ctx, user);
        else
            leftTeams = await (0, team_service_1.removeUserFromAllTeams)(ctx, user.organizationId, user.id);
        user.deletedAt = ctx.now();
        user.userNameKey = null;
        (0, user_store_1.bumpVersion)(ctx, user);
        await (0, audit_service_1.recordAudit)(ctx, {
            organizationId: user.organizationId,
            action: 'user.deleted',
            targetType: 'user',
            targetId: user.id,
            changes: {
                userName: { before: user.userName, after: null },
                deletedAt: { before: null, after: user.deletedAt },
                ...(leftTeams.length ? { teams: { before: leftTeams, after: [] } } : {}),
            },
        });
        await (0, user_store_1.saveUser)(ctx, user);
        await (0, user_role_service_1.reconcileAdmins)(ctx, user.organizationId);
    });
}
//# sourceMappingURL=user-lifecycle.service.js.map