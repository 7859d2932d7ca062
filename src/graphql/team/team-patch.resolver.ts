import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { patchTeam } from '../../domain/team/team-patch.service';
import type { GraphQLContext } from '../context';
import { toTeamType } from './team.mapper';
import { TeamType } from './team.type';

@InputType('PatchTeamInput', {
  description: 'Fields and membership changed together. Omitted fields stay; externalId null clears it. Members: add/remove deltas (disjoint) or a whole new list, not both.',
})
export class PatchTeamInput {
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Users to add; users already in the team are skipped.' }) addMemberIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Users to remove; users not in the team are skipped.' }) removeMemberIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: "The team's exact new member list." }) replaceMemberIds?: string[] | null;
}

/** The SCIM PATCH of a team as one mutation: one transaction, one version bump, membership as deltas. */
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
    return toTeamType(await patchTeam(ctx, id, input, { ifVersion }));
  }
}
