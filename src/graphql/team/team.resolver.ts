import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { listTeams } from '../../domain/team/team.query';
import { changeTeam, createTeam, deleteTeam, getTeam } from '../../domain/team/team.service';
import { DEFAULT_CONNECTION_SIZE, PageArgs, pageRequestOf, toConnection } from '../common/connection';
import type { GraphQLContext } from '../context';
import { memberPage } from '../loaders/team.loaders';
import { toUserType } from '../user/user.mapper';
import { CreateTeamInput, ReplaceTeamInput, TeamFilterInput, TeamOrderInput, TeamSortField, UpdateTeamInput, teamReplacementOf } from './team.input';
import { toTeamType } from './team.mapper';
import { TeamConnection, TeamMemberConnection, TeamType } from './team.type';

@ArgsType()
class TeamsArgs extends PageArgs {
  @Field(() => TeamFilterInput, { nullable: true }) filter?: TeamFilterInput | null;
  @Field(() => TeamOrderInput, { nullable: true, description: 'Default: by creation time, oldest first.' }) orderBy?: TeamOrderInput | null;
}

@ArgsType()
class MembersArgs {
  @Field(() => Int, { defaultValue: DEFAULT_CONNECTION_SIZE }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@Resolver(() => TeamType)
export class TeamResolver {
  @Authorized('READ')
  @Query(() => TeamType, { description: 'A team by id; NOT_FOUND when the token cannot see it.' })
  async team(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<TeamType> {
    return toTeamType(await getTeam(ctx, id));
  }

  @Authorized('READ')
  @Query(() => TeamConnection, { description: 'Teams, filtered, sorted and paged in the database.' })
  async teams(@Ctx() ctx: GraphQLContext, @Args(() => TeamsArgs) args: TeamsArgs): Promise<TeamConnection> {
    const page = await listTeams(ctx, {
      filter: args.filter,
      sort: args.orderBy?.field ?? TeamSortField.CREATED_AT,
      descending: args.orderBy?.direction === 'DESC',
      ...pageRequestOf(args),
    });
    return toConnection(TeamConnection, page, toTeamType);
  }

  @FieldResolver(() => Int, { description: 'How many users are members.' })
  memberCount(@Root() team: TeamType, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.teamMemberCount.load(team);
  }

  @FieldResolver(() => TeamMemberConnection)
  async members(@Root() team: TeamType, @Ctx() ctx: GraphQLContext, @Args(() => MembersArgs) args: MembersArgs): Promise<TeamMemberConnection> {
    const page = await memberPage(ctx.loaders, team, { first: args.first, after: args.after ?? null });
    return toConnection(TeamMemberConnection, page, toUserType);
  }

  @Authorized('WRITE')
  @Mutation(() => TeamType)
  async createTeam(@Ctx() ctx: GraphQLContext, @Arg('input', () => CreateTeamInput) input: CreateTeamInput): Promise<TeamType> {
    return toTeamType(await createTeam(ctx, input));
  }

  @Authorized('WRITE')
  @Mutation(() => TeamType, { description: 'Changes the given fields. With ifVersion, fails with PRECONDITION_FAILED unless the team is at that version.' })
  async updateTeam(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTeamInput) input: UpdateTeamInput,
    @Arg('ifVersion', () => Int, { nullable: true }) ifVersion?: number | null,
  ): Promise<TeamType> {
    return toTeamType(await changeTeam(ctx, id, input, { ifVersion }));
  }

  @Authorized('WRITE')
  @Mutation(() => TeamType, { description: 'Replaces every field and the member list. ifVersion as for updateTeam.' })
  async replaceTeam(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReplaceTeamInput) input: ReplaceTeamInput,
    @Arg('ifVersion', () => Int, { nullable: true }) ifVersion?: number | null,
  ): Promise<TeamType> {
    return toTeamType(await changeTeam(ctx, id, teamReplacementOf(input), { ifVersion }));
  }

  @Authorized('WRITE')
  @Mutation(() => ID, { description: 'Deletes a team and its memberships; returns its id. ifVersion as for updateTeam.' })
  async deleteTeam(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('ifVersion', () => Int, { nullable: true }) ifVersion?: number | null,
  ): Promise<string> {
    return (await deleteTeam(ctx, id, { ifVersion })).id;
  }
}
