"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.holdLimit = holdLimit;
exports.admitDeprovision = admitDeprovision;
exports.releaseDeprovisionHold = releaseDeprovisionHold;
const errors_1 = require("../../common/errors");
const audit_service_1 = require("../audit/audit.service");
const context_1 = require("../context");
const organization_store_1 = require("../organization/organization.store");
const conditions_1 = require("../query/conditions");
const rows_1 = require("../query/rows");
const sql_1 = require("../query/sql");
const deprovision_entity_1 = require("./deprovision.entity");
/**
 * The mass-deprovisioning hold (DESIGN.md): when an identity provider deactivates or deletes more
 * of an organization's active users within the window than its thresholds allow, further
 * deprovisions are held, not applied, until an org admin releases the hold. Everything lives in the
 * database, counted inside the deprovision's own transaction under the organization's row lock, so
 * every instance answers alike and concurrent requests cannot slip past the threshold.
 */
const deprovisions = (ctx) => (0, rows_1.tableReader)(ctx.em, deprovision_entity_1.Deprovision);
/** The hold watches identity providers: `scim` tokens. Org admins deprovision through GraphQL unheld. */
const watched = (ctx) => ctx.actor.kind === 'token' && ctx.actor.scope === 'scim';
/** The user's deprovision that the hold kept back (`held`) or that a release let through (`released`). */
async function pendingOf(ctx, organizationId, userId) {
    const reader = deprovisions(ctx);
    const sql = `select ${reader.columns('t')} from ${reader.table} t where t.organization_id = ? and t.user_id = ? and t.state in ('held', 'released') limit 1`;
    const [row] = await (0, sql_1.selectRows)(ctx, sql, [organizationId, userId]);
    return row ? reader.read(row) : null;
}
async function countOf(ctx, sql, params) {
    const [row] = await (0, sql_1.selectRows)(ctx, sql, params);
    return Number(row?.n ?? 0);
}
const thresholdsOf = (org) => ({
    percent: org.deprovisionHoldPercent,
    count: org.deprovisionHoldCount,
    windowMinutes: org.deprovisionHoldWindowMinutes,
});
/**
 * How many deprovisions a window allows: the larger of `count` and `percent` % of the users active
 * when it began (those active now and those it deprovisioned), rounded down.
 */
function holdLimit(thresholds, activeNow, appliedInWindow) {
    return Math.max(thresholds.count, Math.floor(((activeNow + appliedInWindow) * thresholds.percent) / 100));
}
async function limitOf(ctx, org, applied) {
    const active = await countOf(ctx, 'select count(*) as n from users where organization_id = ? and active = ? and deleted_at is null', [org.id, true]);
    return holdLimit(thresholdsOf(org), active, applied);
}
const windowStart = (ctx, org) => {
    const start = new Date(ctx.now().getTime() - org.deprovisionHoldWindowMinutes * 60_000);
    return org.deprovisionHoldReleasedAt && org.deprovisionHoldReleasedAt > start ? org.deprovisionHoldReleasedAt : start;
};
async function record(ctx, user, action, state) {
    const row = deprovisions(ctx).fresh({
        organizationId: user.organizationId,
        userId: user.id,
        action,
        state,
        requestedAt: ctx.now(),
        tokenId: ctx.actor.id,
        requestId: ctx.requestId,
    });
    await (0, rows_1.insertRows)(ctx, deprovisions(ctx), [row]);
}
/** Engages the hold: the deprovision that would pass the limit is the first one held. */
async function engage(ctx, org, applied, limit) {
    org.deprovisionHoldEngagedAt = ctx.now();
    org.deprovisionHoldHeldCount = 0;
    await (0, rows_1.updateWhere)(ctx, (0, organization_store_1.organizations)(ctx), { deprovisionHoldEngagedAt: org.deprovisionHoldEngagedAt, deprovisionHoldHeldCount: 0 }, (0, conditions_1.allOf)((0, conditions_1.equalities)({ id: org.id })));
    await (0, audit_service_1.recordAudit)(ctx, {
        organizationId: org.id,
        action: 'organization.deprovision_hold_engaged',
        targetType: 'organization',
        targetId: org.id,
        changes: { deprovisionHold: { before: null, after: { engagedAt: org.deprovisionHoldEngagedAt, deprovisionsInWindow: applied, limit, ...thresholdsOf(org) } } },
    });
}
/** Records the held request (once per user; a retry counts an attempt) and refuses it, keeping the record. */
async function hold(ctx, org, user, action, pending) {
    if (pending) {
        await (0, sql_1.runStatement)(ctx, `update ${deprovisions(ctx).table} set attempts = attempts + 1 where organization_id = ? and id = ?`, [org.id, pending.id]);
    }
    else {
        await record(ctx, user, action, 'held');
        org.deprovisionHoldHeldCount += 1;
        await (0, sql_1.runStatement)(ctx, `update ${(0, organization_store_1.organizations)(ctx).table} set deprovision_hold_held_count = deprovision_hold_held_count + 1 where id = ?`, [org.id]);
        await (0, audit_service_1.recordAudit)(ctx, { organizationId: org.id, action: 'user.deprovision_held', targetType: 'user', targetId: user.id, changes: { requested: { before: null, after: action } } });
    }
    const since = org.deprovisionHoldEngagedAt.toISOString();
    throw new errors_1.DomainError('DEPROVISION_HELD', `Deprovisioning is on hold in this organization since ${since}: its identity provider deactivated or deleted more users within ` +
        `${org.deprovisionHoldWindowMinutes} minutes than allowed (the larger of ${org.deprovisionHoldCount} users and ` +
        `${org.deprovisionHoldPercent} % of active users). This request to ${action} user ${user.id} was recorded and not applied. ` +
        'An org admin must review the held deprovisions and release the hold (GraphQL mutation releaseDeprovisionHold); then retry.', { engagedAt: since, heldCount: org.deprovisionHoldHeldCount, ...thresholdsOf(org) }, { keepsWrites: true });
}
/**
 * Admits an IdP's deprovision of an active user, inside the deprovision's unit of work and before
 * it writes anything: counts it, or holds it (DEPROVISION_HELD, the record kept) when the hold is
 * engaged or this deprovision would pass the window's limit. A deprovision released by an org
 * admin passes uncounted. Actors other than `scim` tokens pass unwatched.
 */
async function admitDeprovision(ctx, user, action) {
    if (!watched(ctx))
        return;
    const org = await (0, organization_store_1.findOrganizationRow)(ctx, user.organizationId, { lock: true });
    const pending = await pendingOf(ctx, org.id, user.id);
    if (pending?.state === 'released' || (pending && !org.deprovisionHoldEnabled)) {
        await (0, sql_1.runStatement)(ctx, `update ${deprovisions(ctx).table} set state = 'retried', attempts = attempts + 1 where organization_id = ? and id = ?`, [org.id, pending.id]);
        return;
    }
    if (!org.deprovisionHoldEnabled)
        return;
    if (org.deprovisionHoldEngagedAt)
        return hold(ctx, org, user, action, pending);
    const applied = await countOf(ctx, `select count(*) as n from ${deprovisions(ctx).table} where organization_id = ? and state = 'applied' and requested_at > ?`, [
        org.id,
        windowStart(ctx, org),
    ]);
    // The share needs the active users counted; under the count threshold it cannot matter.
    if (applied >= org.deprovisionHoldCount) {
        const limit = await limitOf(ctx, org, applied);
        if (applied >= limit) {
            await engage(ctx, org, applied, limit);
            return hold(ctx, org, user, action, null);
        }
    }
    await record(ctx, user, action, 'applied');
}
/**
 * Releases the organization's hold: every held deprovision is let through (the IdP's retries
 * apply them, uncounted), and the window starts afresh. Without an engaged hold, nothing changes.
 */
async function releaseDeprovisionHold(ctx, organizationId) {
    return (0, context_1.inUnitOfWork)(ctx, async (ctx) => {
        const org = await (0, organization_store_1.findOrganizationRow)(ctx, organizationId, { lock: true });
        if (!org.deprovisionHoldEngagedAt)
            return org;
        const before = { engagedAt: org.deprovisionHoldEngagedAt, heldCount: org.deprovisionHoldHeldCount };
        await (0, sql_1.runStatement)(ctx, `update ${deprovisions(ctx).table} set state = 'released' where organization_id = ? and state = 'held'`, [org.id]);
        Object.assign(org, { deprovisionHoldEngagedAt: null, deprovisionHoldHeldCount: 0, deprovisionHoldReleasedAt: ctx.now(), updatedAt: ctx.now() });
        const { deprovisionHoldEngagedAt, deprovisionHoldHeldCount, deprovisionHoldReleasedAt, updatedAt } = org;
        await (0, rows_1.updateWhere)(ctx, (0, organization_store_1.organizations)(ctx), { deprovisionHoldEngagedAt, deprovisionHoldHeldCount, deprovisionHoldReleasedAt, updatedAt }, (0, conditions_1.allOf)((0, conditions_1.equalities)({ id: org.id })));
        await (0, audit_service_1.recordAudit)(ctx, {
            organizationId: org.id,
            action: 'organization.deprovision_hold_released',
            targetType: 'organization',
            targetId: org.id,
            changes: { deprovisionHold: { before, after: null } },
        });
        return org;
    });
}
//# sourceMappingURL=deprovision-hold.service.js.map