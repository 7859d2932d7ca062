import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { DomainError } from '../../common/errors';
import { requireOrganization } from '../../domain/context';
import { createApiToken, listApiTokens, revokeApiToken } from '../../domain/token/token.service';
import type { GraphQLContext } from '../context';
import { CreateApiTokenInput } from './token.input';
import { toApiTokenType } from './token.mapper';
import { ApiTokenType, CreatedApiTokenType, TokenScopeValue } from './token.type';

/** Tokens of the caller's own organization, managed by its admins. */
@Resolver(() => ApiTokenType)
export class TokenResolver {
  @Authorized('ORG_ADMIN')
  @Query(() => [ApiTokenType], { description: "The organization's tokens, revoked ones included; never their secrets." })
  async apiTokens(@Ctx() ctx: GraphQLContext): Promise<ApiTokenType[]> {
    return (await listApiTokens(ctx, requireOrganization(ctx))).map(toApiTokenType);
  }

  @Authorized('ORG_ADMIN')
  @Mutation(() => CreatedApiTokenType, { description: 'Creates a token for the organization; the secret is returned once.' })
  async createApiToken(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
  ): Promise<CreatedApiTokenType> {
    if (input.scope === TokenScopeValue.INTERNAL) {
      throw new DomainError('FORBIDDEN', 'INTERNAL tokens reach every organization; create them with the CLI', { field: 'scope' });
    }
    const organizationId = requireOrganization(ctx);
    // DESIGN.md "Org admins are users": an admin token has a holder; bootstrap tokens come from the CLI only.
    const userId = input.userId ?? (input.scope === TokenScopeValue.ADMIN ? (ctx.actor.userId ?? null) : null);
    if (input.scope === TokenScopeValue.ADMIN && !userId) {
      throw new DomainError('BAD_USER_INPUT', 'An ADMIN token is issued to a user: give userId, an active org admin (bootstrap tokens come from the CLI)', { field: 'userId' });
    }
    const { token, secret } = await createApiToken(ctx, { organizationId, name: input.name, scope: input.scope, userId });
    return { id: token.id, token: secret, name: token.name, scope: input.scope, createdAt: token.createdAt };
  }

  @Authorized('ORG_ADMIN')
  @Mutation(() => ApiTokenType, { description: 'Revokes a token of the organization at once; revoking twice is a no-op.' })
  async revokeApiToken(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<ApiTokenType> {
    return toApiTokenType(await revokeApiToken(ctx, id));
  }
}
