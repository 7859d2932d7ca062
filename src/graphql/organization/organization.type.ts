import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('DeprovisionHoldSettings', {
  simpleResolvers: true,
  description:
    'When an identity provider deactivates or deletes, within windowMinutes, more than the larger of count users and percent % of the active users, further deprovisions are held until an org admin releases the hold.',
})
export class DeprovisionHoldSettingsType {
  @Field({ description: 'Off: identity providers deprovision without a hold.' })
  enabled!: boolean;

  @Field(() => Int)
  percent!: number;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  windowMinutes!: number;
}

@ObjectType('DeprovisionHold', { simpleResolvers: true, description: 'An engaged mass-deprovisioning hold.' })
export class DeprovisionHoldType {
  @Field({ description: 'When the hold engaged.' })
  engagedAt!: Date;

  @Field(() => Int, { description: 'Users whose deactivation or deletion is held (answered 409 to the identity provider, not applied).' })
  heldCount!: number;

  @Field(() => DeprovisionHoldSettingsType, { description: 'The thresholds now in force.' })
  thresholds!: DeprovisionHoldSettingsType;
}

@ObjectType('OrganizationSettings', { simpleResolvers: true })
export class OrganizationSettingsType {
  @Field({ description: "When on, an org admin's manual role wins over the IdP's role attribute." })
  roleManualOverride!: boolean;

  @Field({ description: 'When on, GraphQL may edit the attributes of users the IdP provisioned; each such edit is audited as user.edited_locally.' })
  allowLocalEdits!: boolean;

  @Field(() => ID, { nullable: true, description: "The org admin who receives a deactivated user's documents." })
  contentSuccessorId!: string | null;

  @Field(() => DeprovisionHoldSettingsType)
  deprovisionHold!: DeprovisionHoldSettingsType;
}

@ObjectType('Organization', { simpleResolvers: true })
export class OrganizationType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field({ description: 'Whether the organization may provision over SCIM (a plan entitlement); when off its scim tokens get 403.' })
  scimEnabled!: boolean;

  @Field(() => OrganizationSettingsType)
  settings!: OrganizationSettingsType;

  @Field(() => DeprovisionHoldType, { nullable: true, description: 'The mass-deprovisioning hold, while one is engaged; null otherwise.' })
  deprovisionHold!: DeprovisionHoldType | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
