import { Field, InputType, registerEnumType } from 'type-graphql';
import type { ContactFilter, NameFilter, UserFilter } from '../../domain/user/user.filter';
import { RoleSource, SortDirection } from '../common/enums';
import { BooleanFilterInput, DateTimeFilterInput, IdFilterInput, OrgRoleFilterInput, StringFilterInput } from '../common/filter.input';

@InputType('ContactFilterInput', { description: 'Conditions on one element of emails or phoneNumbers: all hold on the same element.' })
export class ContactFilterInput implements ContactFilter {
  @Field(() => [ContactFilterInput], { nullable: true }) and?: ContactFilterInput[] | null;
  @Field(() => [ContactFilterInput], { nullable: true }) or?: ContactFilterInput[] | null;
  @Field(() => ContactFilterInput, { nullable: true }) not?: ContactFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true, description: 'Case-insensitive unless caseExact.' }) value?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) type?: StringFilterInput | null;
  @Field(() => BooleanFilterInput, { nullable: true, description: 'An element without primary counts as false.' }) primary?: BooleanFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) display?: StringFilterInput | null;
}

@InputType('PersonNameFilterInput')
export class PersonNameFilterInput implements NameFilter {
  @Field(() => StringFilterInput, { nullable: true }) formatted?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) familyName?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) givenName?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) middleName?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) honorificPrefix?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) honorificSuffix?: StringFilterInput | null;
}

@InputType('RoleSourceFilterInput')
export class RoleSourceFilterInput {
  @Field(() => RoleSource, { nullable: true }) eq?: RoleSource | null;
  @Field(() => RoleSource, { nullable: true }) ne?: RoleSource | null;
  @Field(() => [RoleSource], { nullable: true, description: 'Any of these sources.' }) in?: RoleSource[] | null;
}

@InputType('UserFilterInput', { description: 'Every condition given must hold. Strings compare case-insensitively except externalId.' })
export class UserFilterInput implements UserFilter {
  @Field(() => [UserFilterInput], { nullable: true }) and?: UserFilterInput[] | null;
  @Field(() => [UserFilterInput], { nullable: true }) or?: UserFilterInput[] | null;
  @Field(() => UserFilterInput, { nullable: true }) not?: UserFilterInput | null;
  @Field(() => IdFilterInput, { nullable: true }) id?: IdFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) userName?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true, description: 'Case-exact unless caseExact is false.' }) externalId?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) displayName?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) nickName?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) title?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) userType?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) locale?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) preferredLanguage?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) timezone?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) profileUrl?: StringFilterInput | null;
  @Field(() => PersonNameFilterInput, { nullable: true }) name?: PersonNameFilterInput | null;
  @Field(() => BooleanFilterInput, { nullable: true }) active?: BooleanFilterInput | null;
  @Field(() => DateTimeFilterInput, { nullable: true }) createdAt?: DateTimeFilterInput | null;
  @Field(() => DateTimeFilterInput, { nullable: true }) updatedAt?: DateTimeFilterInput | null;
  @Field(() => ContactFilterInput, { nullable: true, description: 'Some email matches ({} : the user has an email).' }) emails?: ContactFilterInput | null;
  @Field(() => ContactFilterInput, { nullable: true, description: 'Some phone number matches.' }) phoneNumbers?: ContactFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) employeeNumber?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) costCenter?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true, description: 'The enterprise extension organization.' }) organization?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) division?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true }) department?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true, description: 'enterprise.manager.value' }) managerValue?: StringFilterInput | null;
  @Field(() => StringFilterInput, { nullable: true, description: "The IdP's role attribute (ADMIN, MEMBER; any case)." }) idpRole?: StringFilterInput | null;
  @Field(() => IdFilterInput, { nullable: true, description: 'Membership: eq/in a member of the team(s), ne not a member.' }) teamId?: IdFilterInput | null;
  @Field(() => OrgRoleFilterInput, { nullable: true, description: 'The effective role, as the role field shows it.' }) role?: OrgRoleFilterInput | null;
  @Field(() => RoleSourceFilterInput, { nullable: true, description: 'Where the effective role came from, as the roleSource field shows it.' })
  roleSource?: RoleSourceFilterInput | null;
}

/** GraphQL enum `UserSortField`; each value names a domain sort. */
export enum UserSortField {
  USER_NAME = 'userName',
  DISPLAY_NAME = 'displayName',
  EXTERNAL_ID = 'externalId',
  FAMILY_NAME = 'familyName',
  GIVEN_NAME = 'givenName',
  TITLE = 'title',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(UserSortField, { name: 'UserSortField' });

@InputType('UserOrderInput')
export class UserOrderInput {
  @Field(() => UserSortField) field!: UserSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}
