import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { isBootstrapToken } from '../../domain/token/token.entity';
import type { GraphQLContext } from '../context';
import type { TokenScopeValue } from '../token/token.type';
import { toUserType } from '../user/user.mapper';
import { UserType } from '../user/user.type';
import { ViewerType } from './viewer.type';

/** `viewer`: who am I (DESIGN.md "Org admins are users"). */
@Resolver(() => ViewerType)
export class ViewerResolver {
  @Authorized('READ')
  @Query(() => ViewerType, { description: 'The caller: its token and scope, and the user it was issued to (with their role and its provenance).' })
  viewer(@Ctx() ctx: GraphQLContext): ViewerType {
    const { actor } = ctx;
    const scope = (actor.scope ?? null) as TokenScopeValue | null;
    return {
      tokenId: actor.kind === 'token' ? actor.id : null,
      scope,
      organizationId: actor.organizationId,
      bootstrap: isBootstrapToken(actor),
      userId: actor.userId ?? null,
    };
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The person the token was issued to; null for bootstrap, service and internal tokens.' })
  async user(@Root() viewer: ViewerType, @Ctx() ctx: GraphQLContext): Promise<UserType | null> {
    if (!viewer.userId) return null;
    const user = await ctx.loaders.userById.load(viewer.userId);
    return user ? toUserType(user) : null;
  }
}
