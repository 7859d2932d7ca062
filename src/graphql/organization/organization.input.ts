import { Field, ID, InputType } from 'type-graphql';

@InputType('OrganizationSettingsInput')
export class OrganizationSettingsInput {
  @Field(() => Boolean, { nullable: true })
  roleManualOverride?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'A user id; null clears the successor; omitted leaves it.' })
  contentSuccessorId?: string | null;
}
