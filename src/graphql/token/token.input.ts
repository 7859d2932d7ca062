import { Field, InputType } from 'type-graphql';
import { TokenScopeValue } from './token.type';

@InputType('CreateApiTokenInput')
export class CreateApiTokenInput {
  @Field({ description: 'A label to recognise the token by, e.g. the client that uses it.' })
  name!: string;

  @Field(() => TokenScopeValue)
  scope!: TokenScopeValue;
}
