import { DomainError } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { inUnitOfWork, type DomainContext } from '../context';
import { isUuid, uuidsOf } from '../../common/ids';
import type { Organization } from '../organization/organization.entity';
import { findOrganizationRow, organizations } from '../organization/organization.store';
import { allOf, equalities, idConditions, type Condition } from '../query/conditions';
import { selectWhere, tableReader, updateWhere } from '../query/rows';
import { selectRows } from '../query/sql';
import { effectiveRole, ORG_ROLES, type EffectiveRole, type OrgRole } from '../roles';
import { Team } from '../team/team.entity';
import { membersByUser } from '../team/team.store';
import { roleSql } from './user-role.sql';
import { moveAwaitingDocuments } from '../document/document-transfer.service';
import { Document } from '../document/document.entity';
import { bumpVersion, lockUser, saveUser } from './user.store';
import { User } from './user.entity';

const teamsTable = (ctx: DomainContext): string => ctx.em.getMetadata().get(Team).tableName;

/**
 * The highest role granted to each user by their teams (absent: none), in one query.
 */
export async function teamGrants(ctx: DomainContext, organizationId: string, userIds: readonly string[]): Promise<Map<string, OrgRole | null>> {
  const ids = uuidsOf(userIds);
  const grants = new Map<string, OrgRole | null>(ids.map((id) => [id, null]));
  if (ids.length === 0) return grants;
  const rows = await selectRows<{ user_id: string; grant_rank: number | string }>(
    ctx,
    `select m.user_id, max(case t.grants_role when 'ADMIN' then 2 when 'MEMBER' then 1 end) as grant_rank
       from ${membersByUser(ctx, 'm')} join ${teamsTable(ctx)} t on t.organization_id = m.organization_id and t.id = m.team_id
      where m.organization_id = ? and m.user_id in (${ids.map(() => '?').join(', ')}) and t.grants_role is not null
      group by m.user_id`,
    [organizationId, ...ids],
  );
  for (const row of rows) grants.set(row.user_id, Number(row.grant_rank) === 2 ? 'ADMIN' : 'MEMBER');
  return grants;
}

/** The effective role of one user (DESIGN.md "Roles"). */
export async function userRole(ctx: DomainContext, user: User): Promise<EffectiveRole> {
  const org = await findOrganizationRow(ctx, user.organizationId);
  const grant = (await teamGrants(ctx, user.organizationId, [user.id])).get(user.id) ?? null;
  return effectiveRole({ manualOverride: org.roleManualOverride, provisionedByIdp: user.provisionedByIdp, manualRole: user.manualRole, idpRole: user.idpRole, teamGrant: grant });
}

/** Active, not deleted, effectively-ADMIN users of the organization, earliest created first. */
async function activeAdmins(ctx: DomainContext, org: Organization, where: Condition, limit: number): Promise<User[]> {
  const { role } = roleSql(ctx, org.roleManualOverride);
  const admin: Condition = { sql: (a) => `${role(a)} = 'ADMIN'`, params: [] };
  const all = allOf([...equalities({ organization_id: org.id, active: true, deleted_at: null }), where, admin]);
  return selectWhere(ctx, tableReader(ctx.em, User), all, `order by t.created_at, t.id limit ${limit}`);
}

/** The earliest-created active org admin of the (loaded) organization other than `excludeUserId`, or null. */
export async function findEarliestActiveAdmin(ctx: DomainContext, org: Organization, excludeUserId: string | null): Promise<User | null> {
  const [admin] = await activeAdmins(ctx, org, allOf(idConditions('id', { ne: excludeUserId })), 1);
  return admin ?? null;
}

/** True when `userId` is an active, not deleted, effective admin of the (loaded) organization, with its settings as they are now. */
export async function isActiveOrgAdmin(ctx: DomainContext, org: Organization, userId: string): Promise<boolean> {
  if (!isUuid(userId)) return false;
  return (await activeAdmins(ctx, org, allOf(idConditions('id', { eq: userId })), 1)).length > 0;
}

/** For the content successor setting: the user must be an active org admin of the organization. */
export async function assertActiveOrgAdmin(ctx: DomainContext, org: Organization, userId: string): Promise<void> {
  if (!(await isActiveOrgAdmin(ctx, org, userId))) {
    throw new DomainError('BAD_USER_INPUT', 'contentSuccessorId must be an active org admin of this organization', {
      field: 'contentSuccessorId',
    });
  }
}

/**
 * DESIGN.md "Deactivation": documents awaiting reassignment (their owner left when the organization
 * had no admin) go to the next user who becomes an active org admin: the content successor when
 * that is one, else the earliest active admin. One indexed read when nothing waits.
 */
async function drainAwaitingDocuments(ctx: DomainContext, org: Organization): Promise<void> {
  const documents = tableReader(ctx.em, Document).table;
  const waiting = await selectRows(ctx, `select 1 as one from ${documents} where organization_id = ? and awaiting_reassignment = ? limit 1`, [org.id, true]);
  if (waiting.length === 0) return;
  const receiver = org.contentSuccessorId ?? (await findEarliestActiveAdmin(ctx, org, null))?.id ?? null;
  if (!receiver) return;
  const moved = await moveAwaitingDocuments(ctx, org.id, receiver);
  await recordAudit(ctx, {
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
export async function reconcileAdmins(ctx: DomainContext, organizationId: string): Promise<void> {
  // Locked: a concurrent change of the successor setting, or of another admin, waits for this check.
  const org = await findOrganizationRow(ctx, organizationId, { lock: true });
  if (ctx.actor.userId && !(await findEarliestActiveAdmin(ctx, org, null))) {
    throw new DomainError('CONFLICT', 'This would leave the organization without an active org admin: make another user an org admin first', {
      reason: 'lastOrgAdmin',
    });
  }
  if (org.contentSuccessorId && !(await isActiveOrgAdmin(ctx, org, org.contentSuccessorId))) {
    await updateWhere(ctx, organizations(ctx), { contentSuccessorId: null, updatedAt: ctx.now() }, allOf(equalities({ id: org.id })));
    await recordAudit(ctx, {
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
export async function setUserRole(ctx: DomainContext, userId: string, role: OrgRole | null): Promise<User> {
  if (role !== null && !ORG_ROLES.includes(role)) {
    throw new DomainError('BAD_USER_INPUT', `role must be one of ${ORG_ROLES.join(', ')}`, { field: 'role' });
  }
  return inUnitOfWork(ctx, async (ctx) => {
    const user = await lockUser(ctx, userId);
    const org = await findOrganizationRow(ctx, user.organizationId);
    if (role !== null && user.provisionedByIdp && !org.roleManualOverride) {
      throw new DomainError(
        'FORBIDDEN',
        "This user is provisioned by the identity provider, which is the source of truth for roles; turn on the organization setting roleManualOverride to set a manual role",
        { field: 'role', reason: 'idpIsSourceOfTruth' },
      );
    }
    if (user.manualRole === role) return user;
    await recordAudit(ctx, {
      organizationId: user.organizationId,
      action: 'user.role_set',
      targetType: 'user',
      targetId: user.id,
      changes: { manualRole: { before: user.manualRole, after: role } },
    });
    user.manualRole = role;
    bumpVersion(ctx, user);
    await saveUser(ctx, user);
    await reconcileAdmins(ctx, user.organizationId);
    return user;
  });
}
