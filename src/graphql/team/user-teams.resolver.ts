import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { UserType } from '../user/user.type';
import { toTeamType } from './team.mapper';
import { TeamType } from './team.type';

/** `User.teams`, contributed by the team slice. */
@Resolver(() => UserType)
export class UserTeamsResolver {
  @FieldResolver(() => [TeamType], { description: "The user's teams, by display name." })
  teams(@Root() user: UserType, @Ctx() ctx: GraphQLContext): TeamType[] | Promise<TeamType[]> {
    // At once when the user was read with its teams: no promise to wait for.
    if (user.knownTeams) return user.knownTeams.map(toTeamType);
    return ctx.loaders.teamsByUser.load({ organizationId: user.organizationId, id: user.id }).then((teams) => teams.map(toTeamType));
  }
}
