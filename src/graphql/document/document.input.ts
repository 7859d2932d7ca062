import { Field, ID, InputType } from 'type-graphql';

@InputType('CreateDocumentInput')
export class CreateDocumentInput {
  @Field() title!: string;
  @Field(() => ID, { description: 'An active user of the organization.' }) ownerId!: string;
}
