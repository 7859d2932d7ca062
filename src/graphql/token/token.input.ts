import { Field, ID, InputType } from 'type-graphql';
import { TokenScopeValue } from './token.type';

@InputType('CreateApiTokenInput')
export class CreateApiTokenInput {
  @Field({ description: 'A label to recognise the token by, e.g. the client that uses it.' })
  name!: string;

  @Field(() => TokenScopeValue)
  scope!: TokenScopeValue;

  @Field(() => ID, {
    nullable: true,
    description:
      'The user the token is issued to. ADMIN tokens: an active org admin, by default the caller (a bootstrap token has no user: give one). READ tokens: any active user, or none for a service token. SCIM: none.',
  })
  userId?: string | null;
}
