/**
 * The GraphQL shapes the Users façade exchanges with the schema: what its documents select
 * (user-operations.ts, fragment `ScimUser`) and the `UserInput` it sends. Field names are the
 * schema's; this module only describes them for the mappers.
 */

export interface GraphQLMultiValue {
  value?: string | null;
  type?: string | null;
  primary?: boolean | null;
  display?: string | null;
}

export interface GraphQLAddress {
  formatted?: string | null;
  streetAddress?: string | null;
  locality?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
  type?: string | null;
  primary?: boolean | null;
}

export interface GraphQLPersonName {
  formatted?: string | null;
  familyName?: string | null;
  givenName?: string | null;
  middleName?: string | null;
  honorificPrefix?: string | null;
  honorificSuffix?: string | null;
}

export interface GraphQLManager {
  value?: string | null;
  displayName?: string | null;
}

export interface GraphQLEnterprise {
  employeeNumber?: string | null;
  costCenter?: string | null;
  organization?: string | null;
  division?: string | null;
  department?: string | null;
  manager?: GraphQLManager | null;
}

/** GraphQL `OrgRole`. */
export type GraphQLOrgRole = 'ADMIN' | 'MEMBER';

/** The string attributes a user shares between the `User` type and `UserInput`, by their SCIM names. */
export const USER_STRING_ATTRIBUTES = [
  'externalId',
  'displayName',
  'nickName',
  'profileUrl',
  'title',
  'userType',
  'preferredLanguage',
  'locale',
  'timezone',
] as const;

/** Multi-valued attributes whose elements are `{ value, type, primary, display }`. */
export const USER_MULTI_VALUES = ['emails', 'phoneNumbers', 'ims', 'photos', 'entitlements', 'roles', 'x509Certificates'] as const;

export const NAME_PARTS = ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix'] as const;
export const ENTERPRISE_STRINGS = ['employeeNumber', 'costCenter', 'organization', 'division', 'department'] as const;
export const MULTI_VALUE_PARTS = ['value', 'type', 'primary', 'display'] as const;
export const ADDRESS_PARTS = ['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country', 'type', 'primary'] as const;

type StringAttributes = { [K in (typeof USER_STRING_ATTRIBUTES)[number]]?: string | null };
type MultiValues = { [K in (typeof USER_MULTI_VALUES)[number]]?: GraphQLMultiValue[] | null };

/** A user as the façade's `ScimUser` fragment selects it. Dates are ISO-8601 strings. */
export interface GraphQLUser extends StringAttributes, MultiValues {
  id: string;
  userName: string;
  name?: GraphQLPersonName | null;
  active: boolean;
  addresses?: GraphQLAddress[] | null;
  enterprise?: GraphQLEnterprise | null;
  idpRole?: GraphQLOrgRole | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** Selected only when the response shows `groups`. */
  teams?: { id: string; displayName: string }[] | null;
}

/** GraphQL `UserInput`: a whole user for createUser and replaceUser. */
export interface GraphQLUserInput extends StringAttributes, MultiValues {
  userName: string;
  name?: GraphQLPersonName | null;
  active?: boolean | null;
  addresses?: GraphQLAddress[] | null;
  enterprise?: GraphQLEnterprise | null;
  idpRole?: GraphQLOrgRole | null;
}
