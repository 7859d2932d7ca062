import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { changeTeam, setTeamGrantsRole } from '../../domain/team/team.service';
import { OrgRole } from '../common/enums';
import type { GraphQLContext } from '../context';
import { toTeamType } from './team.mapper';
import { TeamType } from './team.type';

/**
 * Membership mutations, each a members-only `changeTeam`: it writes only the difference it names,
 * reading neither the team's member list nor, unless nothing changes, the team. Users that are not
 * of the organization fail the whole call with MEMBER_NOT_IN_ORGANIZATION (`field: members`),
 * changing nothing.
 */
@Resolver(() => TeamType)
export class TeamMembershipResolver {
  @Authorized('WRITE')
  @Mutation(() => TeamType, { description: 'Adds users to a team; users already in it are skipped.' })
  async addTeamMembers(
    @Ctx() ctx: GraphQLContext,
    @Arg('teamId', () => ID) teamId: string,
    @Arg('userIds', () => [ID]) userIds: string[],
  ): Promise<TeamType> {
    return toTeamType(await changeTeam(ctx, teamId, { members: { add: userIds } }));
  }

  @Authorized('WRITE')
  @Mutation(() => TeamType, { description: 'Removes users from a team; users not in it are skipped.' })
  async removeTeamMembers(
    @Ctx() ctx: GraphQLContext,
    @Arg('teamId', () => ID) teamId: string,
    @Arg('userIds', () => [ID]) userIds: string[],
  ): Promise<TeamType> {
    return toTeamType(await changeTeam(ctx, teamId, { members: { remove: userIds } }));
  }

  @Authorized('WRITE')
  @Mutation(() => TeamType, { description: "Makes userIds the team's exact member list." })
  async replaceTeamMembers(
    @Ctx() ctx: GraphQLContext,
    @Arg('teamId', () => ID) teamId: string,
    @Arg('userIds', () => [ID]) userIds: string[],
  ): Promise<TeamType> {
    return toTeamType(await changeTeam(ctx, teamId, { members: { set: userIds } }));
  }

  @Authorized('ORG_ADMIN')
  @Mutation(() => TeamType, { description: 'Sets the org role the team grants its members; null clears it. Org admins only.' })
  async setTeamGrantsRole(
    @Ctx() ctx: GraphQLContext,
    @Arg('teamId', () => ID) teamId: string,
    @Arg('role', () => OrgRole, { nullable: true }) role: OrgRole | null,
  ): Promise<TeamType> {
    return toTeamType(await setTeamGrantsRole(ctx, teamId, role ?? null));
  }
}
