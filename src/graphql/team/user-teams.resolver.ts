import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { UserType } from '../user/user.type';
import { toTeamType } from './team.mapper';
import { TeamType } from './team.type';

/** `User.teams`, contributed by the team slice. */
@Resolver(() => UserType)
export class UserTeamsResolver {
  @FieldResolver(() => [TeamType], { description: "The user's teams, by display name." })
  async teams(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<TeamType[]> {
    const teams = user.knownTeams ?? (await ctx.loaders.teamsByUser.load({ organizationId: user.organizationId, id: user.id }));
    return teams.map(toTeamType);
  }
}
