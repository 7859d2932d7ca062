import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireOrganization } from '../../domain/context';
import { issueOrganizationToken, listApiTokens, revokeApiToken } from '../../domain/token/token.service';
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
    const { token, secret } = await issueOrganizationToken(ctx, input);
    return { id: token.id, token: secret, name: token.name, scope: input.scope, createdAt: token.createdAt };
  }

  @Authorized('ORG_ADMIN')
  @Mutation(() => ApiTokenType, { description: 'Revokes a token of the organization at once; revoking twice is a no-op.' })
  async revokeApiToken(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<ApiTokenType> {
    return toApiTokenType(await revokeApiToken(ctx, id));
  }
}
