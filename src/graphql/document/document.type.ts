import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';

/** A document (a user's content). `owner` resolves through the userById loader. */
@ObjectType('Document', { simpleResolvers: true })
export class DocumentType {
  @Field(() => ID) id!: string;
  /** Not a field: the document's organization. */
  organizationId!: string;
  /** Not a field: resolved as `owner`. */
  ownerId!: string;

  @Field() title!: string;

  @Field({ description: 'True when the owner was deactivated and no org admin could receive the document.' })
  awaitingReassignment!: boolean;

  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('DocumentConnection', { simpleResolvers: true })
export class DocumentConnection extends Connection(DocumentType) {}
