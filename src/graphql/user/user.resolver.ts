import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Info, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { deactivateUser, deleteUser, reactivateUser } from '../../domain/user/user-lifecycle.service';
import { setUserRole } from '../../domain/user/user-role.service';
import { listUsers } from '../../domain/user/user.query';
import type { IncludedUser, UserInclude } from '../../domain/user/user.store';
import { createUser, getUser, replaceUser, updateUser } from '../../domain/user/user.service';
import { Connection, PageArgs, pageRequestOf, toConnection } from '../common/connection';
import { selectedFields } from '../common/selection';
import { OrgRole } from '../common/enums';
import type { GraphQLContext } from '../context';
import { UserFilterInput, UserOrderInput, UserSortField } from './user-filter.input';
import { UserInput, UserListsInput, UserPatchInput } from './user.input';
import { toUserType, toWrittenUserType } from './user.mapper';
import { UserType } from './user.type';

@ObjectType('UserConnection', { simpleResolvers: true })
export class UserConnection extends Connection(UserType) {}

@ArgsType()
class UsersArgs extends PageArgs {
  @Field(() => UserFilterInput, { nullable: true }) filter?: UserFilterInput | null;
  @Field(() => UserOrderInput, { nullable: true, description: 'Default: by creation time, oldest first.' }) orderBy?: UserOrderInput | null;
}

/**
 * What a read of users brings along in its own statement: the contacts and the teams when the
 * client selected them (else their loaders would read them, a statement each).
 */
const includedBy = (fields: ReadonlySet<string>): UserInclude => ({
  contacts: fields.has('emails') || fields.has('phoneNumbers'),
  teams: fields.has('teams'),
});

/** Maps users read with what they included, priming the loaders their relation fields resolve through. */
function primed(ctx: GraphQLContext, user: IncludedUser): UserType {
  if (user.contacts) ctx.loaders.contactsByUser.prime(user, user.contacts);
  if (user.teams) ctx.loaders.teamsByUser.prime(user, user.teams);
  return toUserType(user);
}

@Resolver(() => UserType)
export class UserResolver {
  @Authorized('READ')
  @Query(() => UserType, { description: 'A user by id; NOT_FOUND when the token cannot see it or it was deleted.' })
  async user(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Info() info: GraphQLResolveInfo): Promise<UserType> {
    return primed(ctx, await getUser(ctx, id, includedBy(selectedFields(info))));
  }

  @Authorized('READ')
  @Query(() => UserConnection, { description: 'Users, filtered, sorted and paged in the database.' })
  async users(@Ctx() ctx: GraphQLContext, @Args(() => UsersArgs) args: UsersArgs, @Info() info: GraphQLResolveInfo): Promise<UserConnection> {
    const request = {
      filter: args.filter,
      sort: args.orderBy?.field ?? UserSortField.CREATED_AT,
      descending: args.orderBy?.direction === 'DESC',
      ...pageRequestOf(args),
    };
    return toConnection(UserConnection, await listUsers(ctx, request, includedBy(selectedFields(info, ['nodes']))), (user) => primed(ctx, user));
  }

  @Authorized('WRITE')
  @Mutation(() => UserType, { description: 'Creates a user; ALREADY_EXISTS when the userName is taken (in any case).' })
  async createUser(@Ctx() ctx: GraphQLContext, @Arg('input', () => UserInput) input: UserInput): Promise<UserType> {
    return toWrittenUserType(await createUser(ctx, input));
  }

  @Authorized('WRITE')
  @Mutation(() => UserType, {
    description: 'Replaces a user (SCIM PUT): attributes omitted are cleared. With ifVersion, PRECONDITION_FAILED unless the user is at that version.',
  })
  async replaceUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UserInput) input: UserInput,
    @Arg('ifVersion', () => Int, { nullable: true }) ifVersion?: number | null,
  ): Promise<UserType> {
    return toWrittenUserType(await replaceUser(ctx, id, input, { ifVersion }));
  }

  @Authorized('WRITE')
  @Mutation(() => UserType, {
    description:
      'Changes some attributes: omitted stay, null clears. ifVersion as for replaceUser. A list of input also named in listsAsRead ' +
      '(the lists as the client read them) is merged into the current list: what the client removed goes, what it added is added, ' +
      'entries others wrote meanwhile stay. The change is applied to the row locked for the write, so it never fails for a write that landed after the read.',
  })
  async updateUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UserPatchInput) input: UserPatchInput,
    @Arg('ifVersion', () => Int, { nullable: true }) ifVersion?: number | null,
    @Arg('listsAsRead', () => UserListsInput, { nullable: true }) listsAsRead?: UserListsInput | null,
  ): Promise<UserType> {
    return toWrittenUserType(await updateUser(ctx, id, input, { ifVersion, listsAsRead: listsAsRead ?? undefined }));
  }

  @Authorized('WRITE')
  @Mutation(() => UserType, { description: 'Removes the user from every team and hands their documents on; a no-op when already inactive.' })
  async deactivateUser(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<UserType> {
    return toUserType(await deactivateUser(ctx, id));
  }

  @Authorized('WRITE')
  @Mutation(() => UserType, { description: 'Reactivates a user with the same id; a no-op when already active.' })
  async reactivateUser(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<UserType> {
    return toUserType(await reactivateUser(ctx, id));
  }

  @Authorized('WRITE')
  @Mutation(() => ID, { description: 'Deactivates, then deletes a user (its userName becomes free); returns its id. ifVersion as for replaceUser.' })
  async deleteUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('ifVersion', () => Int, { nullable: true }) ifVersion?: number | null,
  ): Promise<string> {
    await deleteUser(ctx, id, { ifVersion });
    return id;
  }

  @Authorized('ORG_ADMIN')
  @Mutation(() => UserType, {
    description:
      "Sets (null clears) a user's manual role. It takes effect at once for a user no IdP provisioned, and for every user while the organization's roleManualOverride is on; setting one on an IdP-provisioned user with the override off is FORBIDDEN.",
  })
  async setUserRole(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => OrgRole, { nullable: true }) role: OrgRole | null,
  ): Promise<UserType> {
    return toUserType(await setUserRole(ctx, userId, role ?? null));
  }
}
