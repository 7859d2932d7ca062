import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { changeTeam } from '../../domain/team/team.service';
import type { GraphQLContext } from '../context';
import { PatchTeamInput, teamChangeOf } from './team.input';
import { toTeamType } from './team.mapper';
import { TeamType } from './team.type';

/** The SCIM PATCH of a team as one mutation: the general `changeTeam`, membership as deltas or a whole list. */
@Resolver(() => TeamType)
export class TeamPatchResolver {
  @Authorized('WRITE')
  @Mutation(() => TeamType, {
    description: 'Changes fields and members in one transaction without reading the member list. ifVersion as for updateTeam.',
  })
  async patchTeam(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PatchTeamInput) input: PatchTeamInput,
    @Arg('ifVersion', () => Int, { nullable: true }) ifVersion?: number | null,
  ): Promise<TeamType> {
    return toTeamType(await changeTeam(ctx, id, teamChangeOf(input), { ifVersion }));
  }
}
