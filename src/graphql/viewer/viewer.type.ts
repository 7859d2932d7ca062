import { Field, ID, ObjectType } from 'type-graphql';
import { TokenScopeValue } from '../token/token.type';

@ObjectType('Viewer', { description: 'Who is calling: the token, and the person it was issued to.' })
export class ViewerType {
  @Field(() => ID, { nullable: true, description: 'The token in use; null only for the service itself.' })
  tokenId!: string | null;

  @Field(() => TokenScopeValue, { nullable: true })
  scope!: TokenScopeValue | null;

  @Field(() => ID, { nullable: true, description: "The token's organization; null for INTERNAL tokens." })
  organizationId!: string | null;

  @Field({ description: 'An ADMIN token issued to no user (CLI, first set-up).' })
  bootstrap!: boolean;

  /** Resolved by `ViewerResolver.user`. */
  userId!: string | null;
}
