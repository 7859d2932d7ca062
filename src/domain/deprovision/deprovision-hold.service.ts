import { DomainError } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { inUnitOfWork, type DomainContext } from '../context';
import type { Organization } from '../organization/organization.entity';
import { findOrganizationRow, organizations } from '../organization/organization.store';
import { allOf, equalities } from '../query/conditions';
import { insertRows, tableReader, updateWhere, type TableReader } from '../query/rows';
import { runStatement, selectRows } from '../query/sql';
import type { User } from '../user/user.entity';
import { Deprovision, type DeprovisionAction } from './deprovision.entity';

/**
 * The mass-deprovisioning hold (DESIGN.md): when an identity provider deactivates or deletes more
 * of an organization's active users within the window than its thresholds allow, further
 * deprovisions are held, not applied, until an org admin releases the hold. Everything lives in the
 * database, counted inside the deprovision's own transaction under the organization's row lock, so
 * every instance answers alike and concurrent requests cannot slip past the threshold.
 */

const deprovisions = (ctx: DomainContext): TableReader<Deprovision> => tableReader(ctx.em, Deprovision);

/** The hold watches identity providers: `scim` tokens. Org admins deprovision through GraphQL unheld. */
const watched = (ctx: DomainContext): boolean => ctx.actor.kind === 'token' && ctx.actor.scope === 'scim';

/** The user's deprovision that the hold kept back (`held`) or that a release let through (`released`). */
async function pendingOf(ctx: DomainContext, organizationId: string, userId: string): Promise<Deprovision | null> {
  const reader = deprovisions(ctx);
  const sql = `select ${reader.columns('t')} from ${reader.table} t where t.organization_id = ? and t.user_id = ? and t.state in ('held', 'released') limit 1`;
  const [row] = await selectRows(ctx, sql, [organizationId, userId]);
  return row ? reader.read(row) : null;
}

async function countOf(ctx: DomainContext, sql: string, params: (string | Date | boolean)[]): Promise<number> {
  const [row] = await selectRows<{ n: number | string }>(ctx, sql, params);
  return Number(row?.n ?? 0);
}

const thresholdsOf = (org: Organization) => ({
  percent: org.deprovisionHoldPercent,
  count: org.deprovisionHoldCount,
  windowMinutes: org.deprovisionHoldWindowMinutes,
});

/**
 * How many deprovisions a window allows: the larger of `count` and `percent` % of the users active
 * when it began (those active now and those it deprovisioned), rounded down.
 */
export function holdLimit(thresholds: { count: number; percent: number }, activeNow: number, appliedInWindow: number): number {
  return Math.max(thresholds.count, Math.floor(((activeNow + appliedInWindow) * thresholds.percent) / 100));
}

async function limitOf(ctx: DomainContext, org: Organization, applied: number): Promise<number> {
  const active = await countOf(ctx, 'select count(*) as n from users where organization_id = ? and active = ? and deleted_at is null', [org.id, true]);
  return holdLimit(thresholdsOf(org), active, applied);
}

const windowStart = (ctx: DomainContext, org: Organization): Date => {
  const start = new Date(ctx.now().getTime() - org.deprovisionHoldWindowMinutes * 60_000);
  return org.deprovisionHoldReleasedAt && org.deprovisionHoldReleasedAt > start ? org.deprovisionHoldReleasedAt : start;
};

async function record(ctx: DomainContext, user: User, action: DeprovisionAction, state: Deprovision['state']): Promise<void> {
  const row = deprovisions(ctx).fresh({
    organizationId: user.organizationId,
    userId: user.id,
    action,
    state,
    requestedAt: ctx.now(),
    tokenId: ctx.actor.id,
    requestId: ctx.requestId,
  });
  await insertRows(ctx, deprovisions(ctx), [row]);
}

/** Engages the hold: the deprovision that would pass the limit is the first one held. */
async function engage(ctx: DomainContext, org: Organization, applied: number, limit: number): Promise<void> {
  org.deprovisionHoldEngagedAt = ctx.now();
  org.deprovisionHoldHeldCount = 0;
  await updateWhere(ctx, organizations(ctx), { deprovisionHoldEngagedAt: org.deprovisionHoldEngagedAt, deprovisionHoldHeldCount: 0 }, allOf(equalities({ id: org.id })));
  await recordAudit(ctx, {
    organizationId: org.id,
    action: 'organization.deprovision_hold_engaged',
    targetType: 'organization',
    targetId: org.id,
    changes: { deprovisionHold: { before: null, after: { engagedAt: org.deprovisionHoldEngagedAt, deprovisionsInWindow: applied, limit, ...thresholdsOf(org) } } },
  });
}

/** Records the held request (once per user; a retry counts an attempt) and refuses it, keeping the record. */
async function hold(ctx: DomainContext, org: Organization, user: User, action: DeprovisionAction, pending: Deprovision | null): Promise<never> {
  if (pending) {
    await runStatement(ctx, `update ${deprovisions(ctx).table} set attempts = attempts + 1 where organization_id = ? and id = ?`, [org.id, pending.id]);
  } else {
    await record(ctx, user, action, 'held');
    org.deprovisionHoldHeldCount += 1;
    await runStatement(ctx, `update ${organizations(ctx).table} set deprovision_hold_held_count = deprovision_hold_held_count + 1 where id = ?`, [org.id]);
    await recordAudit(ctx, { organizationId: org.id, action: 'user.deprovision_held', targetType: 'user', targetId: user.id, changes: { requested: { before: null, after: action } } });
  }
  const since = org.deprovisionHoldEngagedAt!.toISOString();
  throw new DomainError(
    'DEPROVISION_HELD',
    `Deprovisioning is on hold in this organization since ${since}: its identity provider deactivated or deleted more users within ` +
      `${org.deprovisionHoldWindowMinutes} minutes than allowed (the larger of ${org.deprovisionHoldCount} users and ` +
      `${org.deprovisionHoldPercent} % of active users). This request to ${action} user ${user.id} was recorded and not applied. ` +
      'An org admin must review the held deprovisions and release the hold (GraphQL mutation releaseDeprovisionHold); then retry.',
    { engagedAt: since, heldCount: org.deprovisionHoldHeldCount, ...thresholdsOf(org) },
    { keepsWrites: true },
  );
}

/**
 * Admits an IdP's deprovision of an active user, inside the deprovision's unit of work and before
 * it writes anything: counts it, or holds it (DEPROVISION_HELD, the record kept) when the hold is
 * engaged or this deprovision would pass the window's limit. A deprovision released by an org
 * admin passes uncounted. Actors other than `scim` tokens pass unwatched.
 */
export async function admitDeprovision(ctx: DomainContext, user: User, action: DeprovisionAction): Promise<void> {
  if (!watched(ctx)) return;
  const org = await findOrganizationRow(ctx, user.organizationId, { lock: true });
  const pending = await pendingOf(ctx, org.id, user.id);
  if (pending?.state === 'released' || (pending && !org.deprovisionHoldEnabled)) {
    await runStatement(ctx, `update ${deprovisions(ctx).table} set state = 'retried', attempts = attempts + 1 where organization_id = ? and id = ?`, [org.id, pending.id]);
    return;
  }
  if (!org.deprovisionHoldEnabled) return;
  if (org.deprovisionHoldEngagedAt) return hold(ctx, org, user, action, pending);
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
export async function releaseDeprovisionHold(ctx: DomainContext, organizationId: string): Promise<Organization> {
  return inUnitOfWork(ctx, async (ctx) => {
    const org = await findOrganizationRow(ctx, organizationId, { lock: true });
    if (!org.deprovisionHoldEngagedAt) return org;
    const before = { engagedAt: org.deprovisionHoldEngagedAt, heldCount: org.deprovisionHoldHeldCount };
    await runStatement(ctx, `update ${deprovisions(ctx).table} set state = 'released' where organization_id = ? and state = 'held'`, [org.id]);
    Object.assign(org, { deprovisionHoldEngagedAt: null, deprovisionHoldHeldCount: 0, deprovisionHoldReleasedAt: ctx.now(), updatedAt: ctx.now() });
    const { deprovisionHoldEngagedAt, deprovisionHoldHeldCount, deprovisionHoldReleasedAt, updatedAt } = org;
    await updateWhere(ctx, organizations(ctx), { deprovisionHoldEngagedAt, deprovisionHoldHeldCount, deprovisionHoldReleasedAt, updatedAt }, allOf(equalities({ id: org.id })));
    await recordAudit(ctx, {
      organizationId: org.id,
      action: 'organization.deprovision_hold_released',
      targetType: 'organization',
      targetId: org.id,
      changes: { deprovisionHold: { before, after: null } },
    });
    return org;
  });
}
