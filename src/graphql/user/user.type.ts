import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Team } from '../../domain/team/team.entity';
import type { UserContact } from '../../domain/user/user-contact.entity';
import { OrgRole } from '../common/enums';

@ObjectType('PersonName', { simpleResolvers: true, description: "The components of a user's name (SCIM `name`)." })
export class PersonNameType {
  @Field(() => String, { nullable: true }) formatted!: string | null;
  @Field(() => String, { nullable: true }) familyName!: string | null;
  @Field(() => String, { nullable: true }) givenName!: string | null;
  @Field(() => String, { nullable: true }) middleName!: string | null;
  @Field(() => String, { nullable: true }) honorificPrefix!: string | null;
  @Field(() => String, { nullable: true }) honorificSuffix!: string | null;
}

@ObjectType('MultiValue', { simpleResolvers: true, description: 'One element of a multi-valued attribute (emails, phoneNumbers, ims, photos, …).' })
export class MultiValueType {
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field(() => String, { nullable: true }) type!: string | null;
  @Field(() => Boolean, { nullable: true }) primary!: boolean | null;
  @Field(() => String, { nullable: true }) display!: string | null;
}

@ObjectType('Address', { simpleResolvers: true })
export class AddressType {
  @Field(() => String, { nullable: true }) formatted!: string | null;
  @Field(() => String, { nullable: true }) streetAddress!: string | null;
  @Field(() => String, { nullable: true }) locality!: string | null;
  @Field(() => String, { nullable: true }) region!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String, { nullable: true }) type!: string | null;
  @Field(() => Boolean, { nullable: true }) primary!: boolean | null;
}

@ObjectType('Manager', { simpleResolvers: true })
export class ManagerType {
  @Field(() => String, { nullable: true, description: "The manager's id as the client sent it." }) value!: string | null;
  @Field(() => String, { nullable: true }) displayName!: string | null;
}

@ObjectType('EnterpriseUser', { simpleResolvers: true, description: 'The SCIM enterprise extension.' })
export class EnterpriseUserType {
  @Field(() => String, { nullable: true }) employeeNumber!: string | null;
  @Field(() => String, { nullable: true }) costCenter!: string | null;
  @Field(() => String, { nullable: true }) organization!: string | null;
  @Field(() => String, { nullable: true }) division!: string | null;
  @Field(() => String, { nullable: true }) department!: string | null;
  @Field(() => ManagerType, { nullable: true }) manager!: ManagerType | null;
}

/**
 * A user as the API shows it. `emails`, `phoneNumbers`, `role` and `roleSource` (and other
 * slices' relation fields) are field resolvers backed by per-request loaders.
 */
@ObjectType('User', { simpleResolvers: true })
export class UserType {
  @Field(() => ID) id!: string;
  /** Not a field: the organization the user belongs to, for relation loaders. */
  organizationId!: string;
  /** Not a field: the user's contact rows when a write just wrote them (no need to read them back). */
  contacts?: UserContact[];
  /** Not a field: the user's teams when a write knows them (a user just created has none). */
  knownTeams?: Team[];

  @Field() userName!: string;
  @Field(() => String, { nullable: true, description: "The IdP's id for the user (case-exact)." }) externalId!: string | null;
  @Field(() => PersonNameType, { nullable: true }) name!: PersonNameType | null;
  @Field(() => String, { nullable: true }) displayName!: string | null;
  @Field(() => String, { nullable: true }) nickName!: string | null;
  @Field(() => String, { nullable: true }) profileUrl!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) userType!: string | null;
  @Field(() => String, { nullable: true }) preferredLanguage!: string | null;
  @Field(() => String, { nullable: true }) locale!: string | null;
  @Field(() => String, { nullable: true }) timezone!: string | null;
  @Field() active!: boolean;

  @Field(() => [MultiValueType]) ims!: MultiValueType[];
  @Field(() => [MultiValueType]) photos!: MultiValueType[];
  @Field(() => [AddressType]) addresses!: AddressType[];
  @Field(() => [MultiValueType]) entitlements!: MultiValueType[];
  @Field(() => [MultiValueType]) roles!: MultiValueType[];
  @Field(() => [MultiValueType]) x509Certificates!: MultiValueType[];
  @Field(() => EnterpriseUserType, { nullable: true }) enterprise!: EnterpriseUserType | null;

  @Field(() => OrgRole, { nullable: true, description: 'The role the IdP pushed in the role extension.' })
  idpRole!: OrgRole | null;

  @Field(() => OrgRole, { nullable: true, description: "The role set by an org admin; effective only while the organization's roleManualOverride is on." })
  manualRole!: OrgRole | null;

  @Field({ description: 'True when the user was created by the IdP (SCIM), which is then the source of truth.' })
  provisionedByIdp!: boolean;

  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) deactivatedAt!: Date | null;
  @Field(() => Int, { description: 'Bumped on every change (the SCIM ETag).' }) version!: number;
}
