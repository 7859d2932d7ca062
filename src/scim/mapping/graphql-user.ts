import type { ScimUserFragment, UserInput } from '../operations/users.generated';

/**
 * The attribute groups the Users mappers walk, named as the schema names them and typed against
 * the generated shapes of the façade's documents (`ScimUser` fragment, `UserInput`): a list that
 * names a field the schema does not have does not compile.
 */

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
] as const satisfies readonly (keyof ScimUserFragment & keyof UserInput)[];

/** Multi-valued attributes whose elements are `{ value, type, primary, display }`. */
export const USER_MULTI_VALUES = ['emails', 'phoneNumbers', 'ims', 'photos', 'entitlements', 'roles', 'x509Certificates'] as const satisfies readonly (keyof ScimUserFragment &
  keyof UserInput)[];

type Enterprise = NonNullable<ScimUserFragment['enterprise']>;

export const NAME_PARTS = ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix'] as const satisfies readonly (keyof NonNullable<
  ScimUserFragment['name']
>)[];
export const ENTERPRISE_STRINGS = ['employeeNumber', 'costCenter', 'organization', 'division', 'department'] as const satisfies readonly (keyof Enterprise)[];
export const MULTI_VALUE_PARTS = ['value', 'type', 'primary', 'display'] as const satisfies readonly (keyof ScimUserFragment['emails'][number])[];
export const ADDRESS_PARTS = ['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country', 'type', 'primary'] as const satisfies readonly (keyof ScimUserFragment['addresses'][number])[];

/**
 * Every field the `ScimUser` fragment selects is rendered by the mappers: through one of the lists
 * above, or one by one (`id`, `userName`, …). A field added to the fragment does not compile until
 * it is placed here.
 */
type Mapped =
  | (typeof USER_STRING_ATTRIBUTES)[number]
  | (typeof USER_MULTI_VALUES)[number]
  | 'id' | 'userName' | 'name' | 'active' | 'addresses' | 'enterprise' | 'idpRole' | 'createdAt' | 'updatedAt' | 'version' | 'teams';
type NothingLeft<T extends never> = T;
export type UnmappedFragmentFields = NothingLeft<Exclude<keyof ScimUserFragment, Mapped>>;
