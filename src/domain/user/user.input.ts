import { DomainError } from '../../common/errors';
import { ORG_ROLES, type OrgRole } from '../roles';
import type { Address, MultiValue, User } from './user.entity';
import type { UserContact } from './user-contact.entity';

/** What a client may write about a user. Omitted (undefined) and null both mean "none". */
export interface NameInput {
  formatted?: string | null;
  familyName?: string | null;
  givenName?: string | null;
  middleName?: string | null;
  honorificPrefix?: string | null;
  honorificSuffix?: string | null;
}

export interface ManagerInput {
  value?: string | null;
  displayName?: string | null;
}

/** The enterprise extension (urn:ietf:params:scim:schemas:extension:enterprise:2.0:User). */
export interface EnterpriseInput {
  employeeNumber?: string | null;
  costCenter?: string | null;
  organization?: string | null;
  division?: string | null;
  department?: string | null;
  manager?: ManagerInput | null;
}

/** An element of `emails` or `phoneNumbers`. */
export interface ContactValue {
  value?: string | null;
  type?: string | null;
  primary?: boolean | null;
  display?: string | null;
}

export interface UserInput {
  userName: string;
  externalId?: string | null;
  name?: NameInput | null;
  displayName?: string | null;
  nickName?: string | null;
  profileUrl?: string | null;
  title?: string | null;
  userType?: string | null;
  preferredLanguage?: string | null;
  locale?: string | null;
  timezone?: string | null;
  /** Omitted on create means true; omitted on replace keeps the current state. */
  active?: boolean | null;
  emails?: ContactValue[] | null;
  phoneNumbers?: ContactValue[] | null;
  ims?: MultiValue[] | null;
  photos?: MultiValue[] | null;
  entitlements?: MultiValue[] | null;
  roles?: MultiValue[] | null;
  x509Certificates?: MultiValue[] | null;
  addresses?: Address[] | null;
  enterprise?: EnterpriseInput | null;
  /** The role pushed by the IdP's role attribute. */
  idpRole?: OrgRole | null;
}

/**
 * A partial change: undefined leaves an attribute as it is, null clears it. `name`,
 * `enterprise` and `enterprise.manager` merge sub-attribute by sub-attribute (RFC 7644
 * §3.5.2.3: sub-attributes not given are left unchanged); lists are replaced whole.
 */
export type UserPatch = { [K in keyof UserInput]?: UserInput[K] | null };

/** The stored attributes of a user: entity columns plus the ordered contact lists. */
export const USER_FIELDS = [
  'userName', 'externalId', 'nameFormatted', 'nameFamilyName', 'nameGivenName', 'nameMiddleName',
  'nameHonorificPrefix', 'nameHonorificSuffix', 'displayName', 'nickName', 'profileUrl', 'title',
  'userType', 'preferredLanguage', 'locale', 'timezone', 'active', 'ims', 'photos', 'addresses',
  'entitlements', 'roles', 'x509Certificates', 'employeeNumber', 'costCenter', 'enterpriseOrganization',
  'division', 'department', 'managerValue', 'managerDisplayName', 'idpRole',
] as const satisfies readonly (keyof User)[];

export type UserFields = Pick<User, (typeof USER_FIELDS)[number]>;

export interface UserState {
  fields: UserFields;
  emails: ContactValue[];
  phoneNumbers: ContactValue[];
}

const NAME_FIELDS = {
  formatted: 'nameFormatted',
  familyName: 'nameFamilyName',
  givenName: 'nameGivenName',
  middleName: 'nameMiddleName',
  honorificPrefix: 'nameHonorificPrefix',
  honorificSuffix: 'nameHonorificSuffix',
} as const satisfies Record<keyof NameInput, keyof UserFields>;

const ENTERPRISE_FIELDS = {
  employeeNumber: 'employeeNumber',
  costCenter: 'costCenter',
  organization: 'enterpriseOrganization',
  division: 'division',
  department: 'department',
} as const satisfies Record<Exclude<keyof EnterpriseInput, 'manager'>, keyof UserFields>;

/**
 * The name a client sees for a stored field: `nameGivenName` is `name.givenName`, `costCenter`
 * is `enterprise.costCenter`, the manager's columns are `enterprise.manager`; others as they are.
 */
export function inputFieldName(field: string): string {
  const named = Object.entries(NAME_FIELDS).find(([, to]) => to === field);
  if (named) return `name.${named[0]}`;
  const enterprise = Object.entries(ENTERPRISE_FIELDS).find(([, to]) => to === field);
  if (enterprise) return `enterprise.${enterprise[0]}`;
  return field === 'managerValue' || field === 'managerDisplayName' ? 'enterprise.manager' : field;
}

const SCALARS = [
  'externalId', 'displayName', 'nickName', 'profileUrl', 'title', 'userType', 'preferredLanguage', 'locale', 'timezone', 'idpRole',
] as const satisfies readonly (keyof UserInput & keyof UserFields)[];

const MULTI_VALUE_KEYS = ['value', 'display', 'type', 'primary'] as const;
const ADDRESS_KEYS = ['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country', 'type', 'primary'] as const;

/** Multi-valued attributes kept as JSON, with the sub-attributes each element may hold. */
const JSON_LISTS = {
  ims: MULTI_VALUE_KEYS,
  photos: MULTI_VALUE_KEYS,
  entitlements: MULTI_VALUE_KEYS,
  roles: MULTI_VALUE_KEYS,
  x509Certificates: MULTI_VALUE_KEYS,
  addresses: ADDRESS_KEYS,
} as const;

/** A state with nothing set: the base a replace (PUT) starts from. */
export function emptyState(userName: string, active: boolean): UserState {
  const fields = Object.fromEntries(USER_FIELDS.map((f) => [f, null])) as unknown as UserFields;
  return { fields: { ...fields, userName, active }, emails: [], phoneNumbers: [] };
}

/** The current state of a stored user, with its contacts in written order. */
export function stateOfUser(user: User, contacts: UserContact[]): UserState {
  const fields = Object.fromEntries(USER_FIELDS.map((f) => [f, user[f]])) as unknown as UserFields;
  for (const [key, keys] of Object.entries(JSON_LISTS) as [keyof typeof JSON_LISTS, readonly string[]][]) {
    (fields[key] as unknown) = multiValues(fields[key], keys);
  }
  const list = (kind: UserContact['kind']): ContactValue[] =>
    contacts
      .filter((c) => c.kind === kind)
      .sort((a, b) => a.position - b.position)
      .map((c) => pick(c, CONTACT_KEYS));
  return { fields, emails: list('email'), phoneNumbers: list('phone') };
}

const CONTACT_KEYS = ['value', 'type', 'primary', 'display'] as const;

/**
 * The sub-attributes `keys` of `value` that are set, in that order: stored JSON holds exactly
 * what was written, and compares equal whatever key order the database returns (jsonb sorts).
 */
function pick<T extends object>(value: T, keys: readonly string[]): T {
  const source = value as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => source[k] !== null && source[k] !== undefined).map((k) => [k, source[k]])) as T;
}

function userName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (!name) throw new DomainError('BAD_USER_INPUT', 'userName must not be empty', { field: 'userName' });
  return name;
}

/** RFC 7643 §2.4: at most one primary; DESIGN: emails have exactly one primary when any. */
function contacts(list: ContactValue[] | null | undefined, field: 'emails' | 'phoneNumbers'): ContactValue[] {
  const values = (list ?? []).map((c) => pick(c, CONTACT_KEYS));
  if (values.filter((c) => c.primary === true).length > 1) {
    throw new DomainError('BAD_USER_INPUT', `Only one of ${field} may be primary`, { field });
  }
  if (field === 'emails' && values.length > 0 && !values.some((c) => c.primary === true)) values[0].primary = true;
  return values;
}

const multiValues = <T extends object>(list: T[] | null | undefined, keys: readonly string[]): T[] | null =>
  list && list.length > 0 ? list.map((v) => pick(v, keys)) : null;

/** Applies `input` on top of `base`; see `UserPatch` for the merge rules. */
export function applyInput(base: UserState, input: UserPatch): UserState {
  const fields = { ...base.fields };
  if (input.userName !== undefined) fields.userName = userName(input.userName);
  for (const key of SCALARS) if (input[key] !== undefined) (fields[key] as unknown) = input[key] ?? null;
  if (input.active != null) fields.active = input.active;
  if (fields.idpRole !== null && !ORG_ROLES.includes(fields.idpRole)) {
    throw new DomainError('BAD_USER_INPUT', `idpRole must be one of ${ORG_ROLES.join(', ')}`, { field: 'idpRole' });
  }
  for (const [key, keys] of Object.entries(JSON_LISTS) as [keyof typeof JSON_LISTS, readonly string[]][]) {
    if (input[key] !== undefined) (fields[key] as unknown) = multiValues<object>(input[key], keys);
  }
  if (input.name !== undefined) {
    for (const [from, to] of Object.entries(NAME_FIELDS) as [keyof NameInput, keyof UserFields][]) {
      if (input.name === null || input.name[from] !== undefined) (fields[to] as unknown) = input.name?.[from] ?? null;
    }
  }
  if (input.enterprise !== undefined) {
    const ext = input.enterprise;
    for (const [from, to] of Object.entries(ENTERPRISE_FIELDS) as [keyof EnterpriseInput, keyof UserFields][]) {
      if (ext === null || ext[from] !== undefined) (fields[to] as unknown) = ext?.[from] ?? null;
    }
    const manager = ext === null ? null : ext.manager;
    if (manager === null || manager?.value !== undefined) fields.managerValue = manager?.value ?? null;
    if (manager === null || manager?.displayName !== undefined) fields.managerDisplayName = manager?.displayName ?? null;
  }
  return {
    fields,
    emails: input.emails !== undefined ? contacts(input.emails, 'emails') : base.emails,
    phoneNumbers: input.phoneNumbers !== undefined ? contacts(input.phoneNumbers, 'phoneNumbers') : base.phoneNumbers,
  };
}
