import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { CreateTeamInput as NewTeam, TeamChange, TeamFieldsChange } from '../../domain/team/team.input';
import { SortDirection } from '../common/enums';
import { DateTimeFilterInput, IdFilterInput, IntFilterInput, OrgRoleFilterInput, StringFilterInput } from '../common/filter.input';

@InputType('CreateTeamInput')
export class CreateTeamInput implements NewTeam {
  @Field({ description: 'Unique per organization, compared case-insensitively.' }) displayName!: string;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Initial members: user ids of the organization.' }) memberIds?: string[] | null;
}

@InputType('UpdateTeamInput', { description: 'Omitted fields stay as they are; externalId null clears it.' })
export class UpdateTeamInput implements TeamFieldsChange {
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
}

/** A whole team as a client writes it: the shape of a new team, the member list required. */
@InputType('ReplaceTeamInput', { description: 'Every field and the whole member list (SCIM PUT).' })
export class ReplaceTeamInput implements NewTeam {
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => [ID]) memberIds!: string[];
}

@InputType('PatchTeamInput', {
  description: 'Fields and membership changed together. Omitted fields stay; externalId null clears it. Members: add/remove deltas (disjoint) or a whole new list, not both.',
})
export class PatchTeamInput implements TeamFieldsChange {
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Users to add; users already in the team are skipped.' }) addMemberIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Users to remove; users not in the team are skipped.' }) removeMemberIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: "The team's exact new member list." }) replaceMemberIds?: string[] | null;
}

/** The domain change a `patchTeam` input stands for: its fields as given, its member lists by their domain names. */
export function teamChangeOf({ addMemberIds, removeMemberIds, replaceMemberIds, ...fields }: PatchTeamInput): TeamChange {
  return { ...fields, members: { add: addMemberIds, remove: removeMemberIds, set: replaceMemberIds } };
}

/** The domain change a `replaceTeam` input stands for: every field (an omitted externalId clears it) and the whole member list. */
export function teamReplacementOf(input: ReplaceTeamInput): TeamChange {
  return { displayName: input.displayName, externalId: input.externalId ?? null, members: { set: input.memberIds } };
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
