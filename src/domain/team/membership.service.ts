import type { DomainContext } from '../context';
import { TeamMember } from './team-member.entity';
import { patchTeam } from './team-patch.service';
import { bumpTeamVersions } from './team-write';
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
  return patchTeam(ctx, teamId, { addMemberIds: userIds });
}

/** Removes users from a team; ids that are not members are ignored. Returns the team, reloaded. */
export async function removeTeamMembers(ctx: DomainContext, teamId: string, userIds: readonly string[]): Promise<Team> {
  return patchTeam(ctx, teamId, { removeMemberIds: userIds });
}

/**
 * Makes `userIds` the team's exact member list by deleting the memberships outside it and
 * inserting the missing ones. Validated like `addTeamMembers` before anything is written.
 */
export async function replaceTeamMembers(ctx: DomainContext, teamId: string, userIds: readonly string[]): Promise<Team> {
  return patchTeam(ctx, teamId, { replaceMemberIds: userIds });
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
