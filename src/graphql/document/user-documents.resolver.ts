import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { UserType } from '../user/user.type';
import { toDocumentType } from './document.mapper';
import { DocumentType } from './document.type';

/** `User.documents`, contributed by the document slice. */
@Resolver(() => UserType)
export class UserDocumentsResolver {
  @FieldResolver(() => [DocumentType], { description: 'The documents the user owns, oldest first.' })
  async documents(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<DocumentType[]> {
    return (await ctx.loaders.documentsByOwner.load({ organizationId: user.organizationId, id: user.id })).map(toDocumentType);
  }
}
