import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { moveDocuments } from '../../domain/document/document-transfer.service';
import { createDocument, getDocument, listDocuments } from '../../domain/document/document.service';
import { DEFAULT_CONNECTION_SIZE, toConnection } from '../common/connection';
import type { GraphQLContext } from '../context';
import { toUserType } from '../user/user.mapper';
import { UserType } from '../user/user.type';
import { CreateDocumentInput } from './document.input';
import { toDocumentType } from './document.mapper';
import { DocumentConnection, DocumentType } from './document.type';

@ArgsType()
class DocumentsArgs {
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => Boolean, { nullable: true }) awaitingReassignment?: boolean | null;
  @Field(() => Int, { defaultValue: DEFAULT_CONNECTION_SIZE }) first!: number;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' }) after?: string | null;
}

@Resolver(() => DocumentType)
export class DocumentResolver {
  @Authorized('READ')
  @Query(() => DocumentType, { description: 'A document by id; NOT_FOUND when the token cannot see it.' })
  async document(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<DocumentType> {
    return toDocumentType(await getDocument(ctx, id));
  }

  @Authorized('READ')
  @Query(() => DocumentConnection, { description: 'Documents, oldest first.' })
  async documents(@Ctx() ctx: GraphQLContext, @Args(() => DocumentsArgs) args: DocumentsArgs): Promise<DocumentConnection> {
    return toConnection(DocumentConnection, await listDocuments(ctx, args), toDocumentType);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The owner; null only once the owner has been deleted.' })
  async owner(@Root() document: DocumentType, @Ctx() ctx: GraphQLContext): Promise<UserType | null> {
    const user = await ctx.loaders.userById.load(document.ownerId);
    return user ? toUserType(user) : null;
  }

  @Authorized('WRITE')
  @Mutation(() => DocumentType)
  async createDocument(@Ctx() ctx: GraphQLContext, @Arg('input', () => CreateDocumentInput) input: CreateDocumentInput): Promise<DocumentType> {
    return toDocumentType(await createDocument(ctx, input));
  }

  @Authorized('ORG_ADMIN')
  @Mutation(() => [DocumentType], {
    description:
      "Moves documents to toUserId (an active user): the listed documentIds, or the documents of fromUserId (a deleted user's too), at most 1,000 per call (the oldest first: call again for the rest). Audited, in one transaction; they are no longer awaiting reassignment. Returns the documents moved.",
  })
  async reassignDocuments(
    @Ctx() ctx: GraphQLContext,
    @Arg('toUserId', () => ID) toUserId: string,
    @Arg('documentIds', () => [ID], { nullable: true }) documentIds?: string[] | null,
    @Arg('fromUserId', () => ID, { nullable: true }) fromUserId?: string | null,
  ): Promise<DocumentType[]> {
    return (await moveDocuments(ctx, { documentIds, fromUserId, toUserId })).map(toDocumentType);
  }
}
