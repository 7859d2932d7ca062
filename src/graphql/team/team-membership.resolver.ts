import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { addTeamMembers, removeTeamMembers, replaceTeamMembers } from '../../domain/team/membership.service';
import { setTeamGrantsRole } from '../../domain/team/team.service';
import { OrgRole } from '../common/enums';
import type { GraphQLContext } from '../context';
import { toTeamType } from './team.mapper';
import { TeamType } from './team.type';

/**
 * Membership mutations. Each writes only the difference it names, so a call on a large team
 * never loads its member list. Users that are not of the organization fail the whole call with
 * MEMBER_NOT_IN_ORGANIZATION (`field: members`), changing nothing.
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
    return toTeamType(await addTeamMembers(ctx, teamId, userIds));
  }

  @Authorized('WRITE')
  @Mutation(() => TeamType, { description: 'Removes users from a team; users not in it are skipped.' })
  async removeTeamMembers(
    @Ctx() ctx: GraphQLContext,
    @Arg('teamId', () => ID) teamId: string,
    @Arg('userIds', () => [ID]) userIds: string[],
  ): Promise<TeamType> {
    return toTeamType(await removeTeamMembers(ctx, teamId, userIds));
  }

  @Authorized('WRITE')
  @Mutation(() => TeamType, { description: "Makes userIds the team's exact member list." })
  async replaceTeamMembers(
    @Ctx() ctx: GraphQLContext,
    @Arg('teamId', () => ID) teamId: string,
    @Arg('userIds', () => [ID]) userIds: string[],
  ): Promise<TeamType> {
    return toTeamType(await replaceTeamMembers(ctx, teamId, userIds));
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
