import { DomainError, notFound } from '../../common/errors';
import type { FieldChange } from '../audit/audit-event.entity';
import { recordAudit } from '../audit/audit.service';
import { findVisible, requireOrganization, type DomainContext } from '../context';
import { runStatement } from '../query/sql';
import { deleteMemberRowsOutside, insertMemberRows, normaliseIds, unknownUserIds } from './member-rows';
import { Team } from './team.entity';

/** Optimistic concurrency for team writes: the SCIM `If-Match` ETag, as a version number. */
export interface TeamWriteOptions {
  /** When set, the write fails with PRECONDITION_FAILED unless the team is at this version. */
  ifVersion?: number | null;
}

/** A team of the actor's organization, for writing; NOT_FOUND otherwise (non-UUIDs included). */
export async function findTeamForWrite(ctx: DomainContext, id: string): Promise<Team> {
  requireOrganization(ctx);
  return findVisible(ctx, Team, 'Team', id);
}

const versionMismatch = (team: Team, expected: number): DomainError =>
  new DomainError('PRECONDITION_FAILED', `Team ${team.id} is not at version ${expected}`, { field: 'ifVersion', id: team.id });

/** Fails fast when the loaded team is not at the expected version. */
export function checkVersion(team: Team, ifVersion: number | null | undefined): void {
  if (ifVersion != null && team.version !== ifVersion) throw versionMismatch(team, ifVersion);
}

/**
 * Bumps the team's version and `updatedAt` in SQL (`version = version + 1`, so concurrent
 * membership writes on one team serialise on its row in PostgreSQL and none is lost), then
 * reloads the entity. With `ifVersion`, the bump only applies at that version; otherwise the
 * transaction is doomed with PRECONDITION_FAILED.
 */
export async function bumpTeamVersion(ctx: DomainContext, team: Team, ifVersion?: number | null): Promise<void> {
  const bumped = await bumpTeamVersions(ctx, team.organizationId, [team.id], ifVersion);
  if (bumped === 0) throw ifVersion != null ? versionMismatch(team, ifVersion) : notFound('Team', team.id);
  await ctx.em.refresh(team);
}

/**
 * `version = version + 1` (and `updatedAt`) on the named teams, without reading them; with
 * `ifVersion`, only on those at that version. Returns how many teams it bumped.
 */
export async function bumpTeamVersions(ctx: DomainContext, organizationId: string, teamIds: readonly string[], ifVersion?: number | null): Promise<number> {
  const table = ctx.em.getMetadata().get(Team.name).tableName;
  const at = ctx.now();
  return runStatement(
    ctx,
    `update ${table} set version = version + 1, updated_at = ? where organization_id = ? and id in (${teamIds.map(() => '?').join(', ')})${ifVersion != null ? ' and version = ?' : ''}`,
    [at, organizationId, ...teamIds, ...(ifVersion != null ? [ifVersion] : [])],
  );
}

/**
 * Fails with MEMBER_NOT_IN_ORGANIZATION (field `members`, `ids`: the first five) unless every id is a
 * non-deleted user of the organization; nothing is written before this check.
 */
export async function assertMembersExist(ctx: DomainContext, organizationId: string, userIds: readonly string[]): Promise<void> {
  const unknown = await unknownUserIds(ctx, organizationId, userIds);
  if (unknown.length === 0) return;
  const shown = unknown.slice(0, 5).join(', ');
  const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
  throw new DomainError('MEMBER_NOT_IN_ORGANIZATION', `Not users of this organization: ${shown}${more}`, { field: 'members', ids: unknown.slice(0, 5) });
}

/** How many member ids an audit record lists; the count is always complete. */
const AUDITED_MEMBER_IDS = 100;

/** An audit-sized view of a member list: the first ids and the full count. */
export function memberSummary(ids: readonly string[]): { count: number; ids: string[] } {
  return { count: ids.length, ids: ids.slice(0, AUDITED_MEMBER_IDS) };
}

/** Audit changes for a membership delta: `{ members: { before, after } }`. */
export function membersChange(kind: 'added' | 'removed', ids: readonly string[]): Record<string, FieldChange> {
  const summary = memberSummary(ids);
  return { members: kind === 'added' ? { before: null, after: summary } : { before: summary, after: null } };
}

/**
 * The member-set part of a replace (used by `patchTeam` and `replaceTeam`): validates,
 * writes the deltas and records their audit events, leaving the flush and the version bump to
 * the caller so that one replace bumps the version once.
 */
export async function writeMemberSet(
  ctx: DomainContext,
  team: Team,
  userIds: readonly string[],
): Promise<{ added: string[]; removed: string[] }> {
  const ids = normaliseIds(userIds);
  return writeMemberChange(ctx, team, ids, () => deleteMemberRowsOutside(ctx, team.organizationId, team.id, ids));
}

/**
 * Validates the users to add (nothing is written unless all are users of the organization), runs
 * `remove`, inserts the additions and audits both deltas, in the caller's unit of work.
 */
export async function writeMemberChange(
  ctx: DomainContext,
  team: Team,
  add: string[],
  remove: () => Promise<string[]>,
): Promise<{ added: string[]; removed: string[] }> {
  await assertMembersExist(ctx, team.organizationId, add);
  const removed = await remove();
  const added = await insertMemberRows(ctx, team.organizationId, team.id, add);
  if (added.length > 0) await auditMembers(ctx, team, 'added', added);
  if (removed.length > 0) await auditMembers(ctx, team, 'removed', removed);
  return { added, removed };
}

/** Records a membership delta of the team in the caller's unit of work. */
export async function auditMembers(ctx: DomainContext, team: Team, kind: 'added' | 'removed', ids: string[]): Promise<void> {
  await recordAudit(ctx, {
    organizationId: team.organizationId,
    action: `team.members_${kind}`,
    targetType: 'team',
    targetId: team.id,
    changes: membersChange(kind, ids),
  });
}
