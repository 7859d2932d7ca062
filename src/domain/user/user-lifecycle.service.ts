import { recordAudit } from '../audit/audit.service';
import { admitDeprovision } from '../deprovision/deprovision-hold.service';
import type { DeprovisionAction } from '../deprovision/deprovision.entity';
import { inUnitOfWork, type DomainContext } from '../context';
import { reassignDocuments } from '../document/document-transfer.service';
import { findOrganizationRow } from '../organization/organization.store';
import { removeUserFromAllTeams } from '../team/team.service';
import { lockTeamsOfUser } from '../team/team.store';
import { findEarliestActiveAdmin, isActiveOrgAdmin, reconcileAdmins } from './user-role.service';
import { checkLocalEdit } from './one-way-sync';
import { bumpVersion, lockUser, saveUser } from './user.store';
import type { User } from './user.entity';

/**
 * Who receives a deactivated user's documents: the organization's content successor when that
 * is an active org admin other than the user, else the earliest-created active org admin other
 * than the user, else nobody. Called after the user's memberships are gone. The organization's row
 * is locked first (the last lock of the order in team.store.ts), so deactivations in one
 * organization choose one after another: a receiver being deactivated meanwhile is either chosen
 * before its own hand-over, which then takes these documents on, or seen inactive.
 */
async function documentReceiver(ctx: DomainContext, user: User): Promise<string | null> {
  const org = await findOrganizationRow(ctx, user.organizationId, { lock: true });
  const successor = org.contentSuccessorId;
  if (successor && successor !== user.id && (await isActiveOrgAdmin(ctx, org, successor))) return successor;
  return (await findEarliestActiveAdmin(ctx, org, user.id))?.id ?? null;
}

/**
 * Deactivates a loaded, locked, active user inside the caller's unit of work (DESIGN.md
 * "Deactivation"): leaves every team, hands documents on, records `user.deactivated`.
 * Does not bump the version: the caller does, once per write.
 */
export async function applyDeactivation(ctx: DomainContext, user: User): Promise<void> {
  user.active = false;
  user.deactivatedAt = ctx.now();
  const teamIds = await removeUserFromAllTeams(ctx, user.organizationId, user.id);
  const receiver = await documentReceiver(ctx, user);
  const moved = await reassignDocuments(ctx, user.organizationId, user.id, receiver);
  await recordAudit(ctx, {
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
export async function applyReactivation(ctx: DomainContext, user: User): Promise<void> {
  user.active = true;
  user.deactivatedAt = null;
  await recordAudit(ctx, {
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
export async function admitUserDeprovision(ctx: DomainContext, user: User, action: DeprovisionAction): Promise<void> {
  await lockTeamsOfUser(ctx, user.organizationId, user.id);
  await admitDeprovision(ctx, user, action);
}

/**
 * Deactivates a user in one unit of work; a user already inactive is left as it is (no-op). An
 * IdP's deactivation may be held (DEPROVISION_HELD, `admitDeprovision`).
 */
export async function deactivateUser(ctx: DomainContext, id: string): Promise<User> {
  return inUnitOfWork(ctx, async (ctx) => {
    const user = await lockUser(ctx, id);
    if (!user.active) return user;
    await admitUserDeprovision(ctx, user, 'deactivate');
    await applyDeactivation(ctx, user);
    bumpVersion(ctx, user);
    await saveUser(ctx, user);
    await reconcileAdmins(ctx, user.organizationId);
    return user;
  });
}

/** Reactivates a user; a user already active is left as it is (no-op). */
export async function reactivateUser(ctx: DomainContext, id: string): Promise<User> {
  return inUnitOfWork(ctx, async (ctx) => {
    const user = await lockUser(ctx, id);
    if (user.active) return user;
    await checkLocalEdit(ctx, user, ['active']);
    await applyReactivation(ctx, user);
    bumpVersion(ctx, user);
    await saveUser(ctx, user);
    await reconcileAdmins(ctx, user.organizationId);
    return user;
  });
}

/**
 * Deletes a user: deactivation, then a tombstone. The row and its history stay; reads answer
 * NOT_FOUND and the userName is free for reuse. An IdP's delete of an active user may be held
 * (DEPROVISION_HELD, `admitDeprovision`); an inactive user was deprovisioned already. With
 * `ifVersion` (SCIM `If-Match`), PRECONDITION_FAILED unless the locked user is at that version.
 */
export async function deleteUser(ctx: DomainContext, id: string, options: { ifVersion?: number | null } = {}): Promise<void> {
  await inUnitOfWork(ctx, async (ctx) => {
    const user = await lockUser(ctx, id, { ifVersion: options.ifVersion });
    if (user.active) await admitUserDeprovision(ctx, user, 'delete');
    // An inactive user may have been pushed into teams since deactivation; a tombstone keeps none.
    let leftTeams: string[] = [];
    if (user.active) await applyDeactivation(ctx, user);
    else leftTeams = await removeUserFromAllTeams(ctx, user.organizationId, user.id);
    user.deletedAt = ctx.now();
    user.userNameKey = null;
    bumpVersion(ctx, user);
    await recordAudit(ctx, {
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
    await saveUser(ctx, user);
    await reconcileAdmins(ctx, user.organizationId);
  });
}
