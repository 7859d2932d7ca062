import { Field, InputType } from 'type-graphql';
import type { Address, MultiValue } from '../../domain/user/user.entity';
import type { ContactValue, EnterpriseInput, ManagerInput as DomainManagerInput, NameInput, UserInput as DomainUserInput, UserPatch } from '../../domain/user/user.input';
import type { UserLists } from '../../domain/user/user-lists';
import { OrgRole } from '../common/enums';

@InputType('PersonNameInput', { description: 'Omitted parts: cleared by createUser/replaceUser, left as they are by updateUser.' })
export class PersonNameInput implements NameInput {
  @Field(() => String, { nullable: true }) formatted?: string | null;
  @Field(() => String, { nullable: true }) familyName?: string | null;
  @Field(() => String, { nullable: true }) givenName?: string | null;
  @Field(() => String, { nullable: true }) middleName?: string | null;
  @Field(() => String, { nullable: true }) honorificPrefix?: string | null;
  @Field(() => String, { nullable: true }) honorificSuffix?: string | null;
}

@InputType('MultiValueInput')
export class MultiValueInput implements MultiValue, ContactValue {
  @Field(() => String, { nullable: true }) value?: string | null;
  @Field(() => String, { nullable: true }) type?: string | null;
  @Field(() => Boolean, { nullable: true }) primary?: boolean | null;
  @Field(() => String, { nullable: true }) display?: string | null;
}

@InputType('AddressInput')
export class AddressInput implements Address {
  @Field(() => String, { nullable: true }) formatted?: string | null;
  @Field(() => String, { nullable: true }) streetAddress?: string | null;
  @Field(() => String, { nullable: true }) locality?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) country?: string | null;
  @Field(() => String, { nullable: true }) type?: string | null;
  @Field(() => Boolean, { nullable: true }) primary?: boolean | null;
}

@InputType('ManagerInput')
export class ManagerInput implements DomainManagerInput {
  @Field(() => String, { nullable: true }) value?: string | null;
  @Field(() => String, { nullable: true }) displayName?: string | null;
}

@InputType('EnterpriseUserInput')
export class EnterpriseUserInput implements EnterpriseInput {
  @Field(() => String, { nullable: true }) employeeNumber?: string | null;
  @Field(() => String, { nullable: true }) costCenter?: string | null;
  @Field(() => String, { nullable: true }) organization?: string | null;
  @Field(() => String, { nullable: true }) division?: string | null;
  @Field(() => String, { nullable: true }) department?: string | null;
  @Field(() => ManagerInput, { nullable: true }) manager?: ManagerInput | null;
}

/** Every attribute but userName, shared by the create/replace and the update inputs. */
@InputType()
abstract class UserAttributesInput {
  @Field(() => String, { nullable: true, description: "The IdP's id for the user (case-exact)." }) externalId?: string | null;
  @Field(() => PersonNameInput, { nullable: true }) name?: PersonNameInput | null;
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => String, { nullable: true }) nickName?: string | null;
  @Field(() => String, { nullable: true }) profileUrl?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) userType?: string | null;
  @Field(() => String, { nullable: true }) preferredLanguage?: string | null;
  @Field(() => String, { nullable: true }) locale?: string | null;
  @Field(() => String, { nullable: true }) timezone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates, true reactivates; omitted: true on create, unchanged otherwise.' })
  active?: boolean | null;

  @Field(() => [MultiValueInput], { nullable: true, description: 'At most one primary; with none, the first becomes primary.' })
  emails?: MultiValueInput[] | null;

  @Field(() => [MultiValueInput], { nullable: true }) phoneNumbers?: MultiValueInput[] | null;
  @Field(() => [MultiValueInput], { nullable: true }) ims?: MultiValueInput[] | null;
  @Field(() => [MultiValueInput], { nullable: true }) photos?: MultiValueInput[] | null;
  @Field(() => [MultiValueInput], { nullable: true }) entitlements?: MultiValueInput[] | null;
  @Field(() => [MultiValueInput], { nullable: true }) roles?: MultiValueInput[] | null;
  @Field(() => [MultiValueInput], { nullable: true }) x509Certificates?: MultiValueInput[] | null;
  @Field(() => [AddressInput], { nullable: true }) addresses?: AddressInput[] | null;
  @Field(() => EnterpriseUserInput, { nullable: true }) enterprise?: EnterpriseUserInput | null;

  @Field(() => OrgRole, { nullable: true, description: "The IdP's role attribute: written only by the identity provider through SCIM; FORBIDDEN for other tokens (use setUserRole)." })
  idpRole?: OrgRole | null;
}

@InputType('UserInput', { description: 'A whole user (createUser, replaceUser): attributes omitted are cleared.' })
export class UserInput extends UserAttributesInput implements DomainUserInput {
  @Field({ description: 'Unique per organization among users not deleted, compared case-insensitively.' })
  userName!: string;
}

@InputType('UserPatchInput', {
  description: 'A partial change (updateUser): omitted attributes stay, null clears; name and enterprise merge part by part; lists are replaced whole.',
})
export class UserPatchInput extends UserAttributesInput implements UserPatch {
  @Field(() => String, { nullable: true }) userName?: string | null;
}

@InputType('UserListsInput', {
  description: 'Multi-valued attributes as a client read them before editing them (updateUser listsAsRead).',
})
export class UserListsInput implements UserLists {
  @Field(() => [MultiValueInput], { nullable: true }) emails?: MultiValueInput[] | null;
  @Field(() => [MultiValueInput], { nullable: true }) phoneNumbers?: MultiValueInput[] | null;
  @Field(() => [MultiValueInput], { nullable: true }) ims?: MultiValueInput[] | null;
  @Field(() => [MultiValueInput], { nullable: true }) photos?: MultiValueInput[] | null;
  @Field(() => [MultiValueInput], { nullable: true }) entitlements?: MultiValueInput[] | null;
  @Field(() => [MultiValueInput], { nullable: true }) roles?: MultiValueInput[] | null;
  @Field(() => [MultiValueInput], { nullable: true }) x509Certificates?: MultiValueInput[] | null;
  @Field(() => [AddressInput], { nullable: true }) addresses?: AddressInput[] | null;
}
