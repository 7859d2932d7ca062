import { recordAudit } from '../audit/audit.service';
import type { DomainContext } from '../context';
import { deleteMemberRows, deleteMemberRowsOutside, insertMemberRows, normaliseIds } from './member-rows';
import { TeamMember } from './team-member.entity';
import { atomically, assertMembersExist, bumpTeamVersion, findTeamForWrite, membersChange } from './team-write';
import { Team } from './team.entity';

/*
 * Membership changes are written as deltas: a team's member list is never loaded, so adding
 * 10,000 members or removing one member of a 50,000-member team costs statements in proportion
 * to the ids passed, not to the team. A no-op (adding a member, removing a non-member) changes
 * nothing, version included. A team's role grant applies to its members on read, so nothing
 * else needs updating.
 */

/**
 * Adds users to a team. Every id must be a non-deleted user of the actor's organization, or
 * nothing changes (BAD_USER_INPUT, field `members`). Returns the team, reloaded.
 */
export async function addTeamMembers(ctx: DomainContext, teamId: string, userIds: readonly string[]): Promise<Team> {
  return changeMembers(ctx, teamId, normaliseIds(userIds), async () => []);
}

/** Removes users from a team; ids that are not members are ignored. Returns the team, reloaded. */
export async function removeTeamMembers(ctx: DomainContext, teamId: string, userIds: readonly string[]): Promise<Team> {
  return changeMembers(ctx, teamId, [], (tx, team) => deleteMemberRows(tx, team.organizationId, team.id, normaliseIds(userIds)));
}

/**
 * Makes `userIds` the team's exact member list by deleting the memberships outside it and
 * inserting the missing ones. Validated like `addTeamMembers` before anything is written.
 */
export async function replaceTeamMembers(ctx: DomainContext, teamId: string, userIds: readonly string[]): Promise<Team> {
  return atomically(ctx, async (tx) => {
    const team = await findTeamForWrite(tx, teamId);
    const { added, removed } = await writeMemberSet(tx, team, userIds);
    await bumpIfChanged(tx, team, added.length + removed.length);
    return team;
  });
}

/** One membership write in its own unit of work: the deltas, their audit, one version bump if anything changed. */
async function changeMembers(
  ctx: DomainContext,
  teamId: string,
  add: string[],
  remove: (tx: DomainContext, team: Team) => Promise<string[]>,
): Promise<Team> {
  return atomically(ctx, async (tx) => {
    const team = await findTeamForWrite(tx, teamId);
    const { added, removed } = await writeMemberChange(tx, team, add, () => remove(tx, team));
    await bumpIfChanged(tx, team, added.length + removed.length);
    return team;
  });
}

async function bumpIfChanged(ctx: DomainContext, team: Team, changes: number): Promise<void> {
  if (changes === 0) return;
  await ctx.em.flush();
  await bumpTeamVersion(ctx, team);
}

/**
 * The member-set part of a replace (used by `replaceTeamMembers` and `replaceTeam`): validates,
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
  if (added.length > 0) auditMembers(ctx, team, 'added', added);
  if (removed.length > 0) auditMembers(ctx, team, 'removed', removed);
  return { added, removed };
}

/** Records a membership delta of the team in the caller's unit of work. */
export function auditMembers(ctx: DomainContext, team: Team, kind: 'added' | 'removed', ids: string[]): void {
  recordAudit(ctx, {
    organizationId: team.organizationId,
    action: `team.members_${kind}`,
    targetType: 'team',
    targetId: team.id,
    changes: membersChange(kind, ids),
  });
}

/**
 * Removes a user from every team (deactivation and delete). Bumps the version of each team
 * touched, in SQL, so concurrent membership writes on the same team serialise on its row.
 * Returns the ids of the teams the user left.
 */
export async function removeUserFromAllTeams(ctx: DomainContext, organizationId: string, userId: string): Promise<string[]> {
  const rows = await ctx.em.find(TeamMember, { organizationId, userId }, { fields: ['teamId'] });
  const teamIds = rows.map((r) => r.teamId);
  if (teamIds.length === 0) return [];
  await ctx.em.nativeDelete(TeamMember, { organizationId, userId });
  await bumpTeamVersions(ctx, organizationId, teamIds);
  return teamIds;
}

/** `version = version + 1` on the named teams, without reading them. */
export async function bumpTeamVersions(ctx: DomainContext, organizationId: string, teamIds: string[]): Promise<void> {
  const meta = ctx.em.getMetadata().get(Team);
  const placeholders = teamIds.map(() => '?').join(', ');
  await ctx.em.getConnection().execute(
    `update ${meta.tableName} set version = version + 1, updated_at = ? where organization_id = ? and id in (${placeholders})`,
    [ctx.em.getPlatform().processDateProperty(ctx.now()), organizationId, ...teamIds],
    'run',
    ctx.em.getTransactionContext(),
  );
}
