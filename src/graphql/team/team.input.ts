import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrgRole, SortDirection } from '../common/enums';
import { DateTimeFilterInput, IdFilterInput, IntFilterInput, StringFilterInput } from '../common/filter.input';

@InputType('CreateTeamInput')
export class CreateTeamInput {
  @Field({ description: 'Unique per organization, compared case-insensitively.' }) displayName!: string;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Initial members: user ids of the organization.' }) memberIds?: string[] | null;
}

@InputType('UpdateTeamInput', { description: 'Omitted fields stay as they are; externalId null clears it.' })
export class UpdateTeamInput {
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
}

@InputType('ReplaceTeamInput', { description: 'Every field and the whole member list (SCIM PUT).' })
export class ReplaceTeamInput {
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => [ID]) memberIds!: string[];
}

@InputType('OrgRoleFilterInput')
export class OrgRoleFilterInput {
  @Field(() => OrgRole, { nullable: true }) eq?: OrgRole | null;
  @Field(() => OrgRole, { nullable: true }) ne?: OrgRole | null;
  @Field(() => [OrgRole], { nullable: true }) in?: OrgRole[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true: a role is set; false: none is.' }) present?: boolean | null;
}

@InputType('TeamMembersFilterInput', { description: 'SCIM `members[value eq "…"]`: some member matches.' })
export class TeamMembersFilterInput {
  @Field(() => IdFilterInput, { nullable: true, description: 'The id of some member.' }) value?: IdFilterInput | null;
  @Field(() => Boolean, { nullable: true, description: 'true: the team has members; false: it has none.' }) present?: boolean | null;
}

@InputType('TeamFilterInput', { description: 'Every condition given must hold.' })
export class TeamFilterInput {
  @Field(() => [TeamFilterInput], { nullable: true }) and?: TeamFilterInput[] | null;
  @Field(() => [TeamFilterInput], { nullable: true }) or?: TeamFilterInput[] | null;
  @Field(() => TeamFilterInput, { nullable: true }) not?: TeamFilterInput | null;
  @Field(() => IdFilterInput, { nullable: true }) id?: IdFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true, description: 'Case-insensitive unless caseExact.' }) displayName?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true, description: 'Case-exact.' }) externalId?: StringFilterInput | null;
  @Field(() => OrgRoleFilterInput, { nullable: true }) grantsRole?: OrgRoleFilterInput | null;
  @Field(() => DateTimeFilterInput, { nullable: true }) createdAt?: DateTimeFilterInput | null;
  @Field(() => DateTimeFilterInput, { nullable: true }) updatedAt?: DateTimeFilterInput | null;
  @Field(() => IntFilterInput, { nullable: true, description: 'The version, as in SCIM meta.version.' }) version?: IntFilterInput | null;
  @Field(() => TeamMembersFilterInput, { nullable: true }) members?: TeamMembersFilterInput | null;
}

/** GraphQL enum `TeamSortField`; each value names a domain sort. */
export enum TeamSortField {
  DISPLAY_NAME = 'displayName',
  EXTERNAL_ID = 'externalId',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(TeamSortField, { name: 'TeamSortField' });

@InputType('TeamOrderInput')
export class TeamOrderInput {
  @Field(() => TeamSortField) field!: TeamSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}
