import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('OrganizationSettings', { simpleResolvers: true })
export class OrganizationSettingsType {
  @Field({ description: "When on, an org admin's manual role wins over the IdP's role attribute." })
  roleManualOverride!: boolean;

  @Field(() => ID, { nullable: true, description: "The org admin who receives a deactivated user's documents." })
  contentSuccessorId!: string | null;
}

@ObjectType('Organization', { simpleResolvers: true })
export class OrganizationType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field(() => OrganizationSettingsType)
  settings!: OrganizationSettingsType;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
