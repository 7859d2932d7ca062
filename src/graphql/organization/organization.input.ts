import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('DeprovisionHoldSettingsInput', { description: 'Omitted or null fields stay as they are.' })
export class DeprovisionHoldSettingsInput {
  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Share of the active users, 1 to 100.' })
  percent?: number | null;

  @Field(() => Int, { nullable: true, description: 'Users, 1 to 1000000.' })
  count?: number | null;

  @Field(() => Int, { nullable: true, description: 'The window, 1 to 1440 minutes.' })
  windowMinutes?: number | null;
}

@InputType('OrganizationSettingsInput')
export class OrganizationSettingsInput {
  @Field(() => Boolean, { nullable: true })
  roleManualOverride?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Let GraphQL edit the attributes of users the IdP provisioned (each edit audited as local).' })
  allowLocalEdits?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'A user id; null clears the successor; omitted leaves it.' })
  contentSuccessorId?: string | null;

  @Field(() => DeprovisionHoldSettingsInput, { nullable: true, description: "The mass-deprovisioning hold's thresholds." })
  deprovisionHold?: DeprovisionHoldSettingsInput | null;
}
