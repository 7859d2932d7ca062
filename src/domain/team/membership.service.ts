import type { DomainContext } from '../context';
import { TeamMember } from './team-member.entity';
import { Team } from './team.entity';

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
