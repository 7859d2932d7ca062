import { ScimError } from '../errors';
import { isJsonObject, type JsonObject } from '../patch';
import { readKey } from '../json';
import { weakEtag } from '../respond';
import { CORE_USER, ENTERPRISE_USER, ROLE_EXTENSION } from '../schemas';
import type { OrgRole, ScimUserFragment, UserInput } from '../operations/users.generated';
import type { ScimEnterpriseUser, ScimRoleExtension, ScimUser, ScimUserGroup } from '../types';
import { ADDRESS_PARTS, ENTERPRISE_STRINGS, MULTI_VALUE_PARTS, NAME_PARTS, USER_MULTI_VALUES, USER_STRING_ATTRIBUTES } from './graphql-user';

/**
 * GraphQL User ⇄ SCIM User (RFC 7643 §4.1 with the enterprise extension §4.3 and the organization
 * role extension). Both directions work on canonical attribute names: request bodies are first
 * normalised by `readUserBody` (user-body.ts), so every spelling a client uses arrives here as the
 * schema spells it.
 */

/** A value worth rendering: RFC 7643 §2.5 treats null, "" objects and empty lists as unassigned. */
function isAssigned<V>(value: V): value is NonNullable<V> {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** The attributes `K` of `T` that a rendered resource holds: only assigned ones, never null. */
type Compacted<T extends object, K extends keyof T> = { [P in K]?: NonNullable<T[P]> };

/** The keys of `source` (in `keys` order) that hold a value. */
function compact<T extends object, K extends keyof T>(source: T | null | undefined, keys: readonly K[]): Compacted<T, K> {
  const out: Compacted<T, K> = {};
  if (source) for (const key of keys) if (isAssigned(source[key])) out[key] = source[key];
  return out;
}

/** `{ [key]: value }` when the value is assigned, else `{}`: spread into a resource, it keeps the attribute order. */
function assigned<K extends string, V>(key: K, value: V): { [P in K]?: NonNullable<V> } {
  const out: { [P in K]?: NonNullable<V> } = {};
  if (isAssigned(value)) out[key] = value;
  return out;
}

const elements = <T extends object, K extends keyof T>(list: readonly T[] | null | undefined, keys: readonly K[]): Compacted<T, K>[] =>
  (list ?? []).map((element) => compact(element, keys)).filter((element) => Object.keys(element).length > 0);

/** The multi-valued attributes of USER_MULTI_VALUES that hold elements, in that order. */
function multiValuesOf(user: ScimUserFragment): Pick<ScimUser, (typeof USER_MULTI_VALUES)[number]> {
  const out: Pick<ScimUser, (typeof USER_MULTI_VALUES)[number]> = {};
  for (const key of USER_MULTI_VALUES) {
    const list = elements(user[key], MULTI_VALUE_PARTS);
    if (list.length > 0) out[key] = list;
  }
  return out;
}

type UserString = (typeof USER_STRING_ATTRIBUTES)[number];

/** The string attributes rendered after `name` (externalId is rendered before `userName`). */
const LATER_STRINGS = USER_STRING_ATTRIBUTES.filter((key) => key !== 'externalId');

/** The string attributes `keys` that hold a value, in `keys` order. */
const stringsOf = (user: ScimUserFragment, keys: readonly UserString[]): Pick<ScimUser, UserString> => compact(user, keys);

function enterpriseOf(user: ScimUserFragment): ScimEnterpriseUser {
  return {
    ...compact(user.enterprise, ENTERPRISE_STRINGS),
    // Entra sends `manager` as a bare id and fails unless it is returned as {"value": …} (scim-clients.md §3.3);
    // fixtures entra/06-add-manager-bare-string.json, entra/14-add-manager-object.json.
    ...assigned('manager', compact(user.enterprise?.manager, ['value', 'displayName'])),
  };
}

/**
 * Renders a user as a SCIM User. Unassigned attributes and empty multi-valued attributes are
 * omitted; `active` is always present (Okta PUTs back what it read: a missing `active` would
 * deactivate: fixtures okta/07-put-profile-update.json, okta/18-aiw-put-reactivate.json). The role is
 * returned lower-cased under the canonical URN (DESIGN.md; okta/15-create-with-role.json,
 * okta/21-role-change-put.json). `groups` lists the user's teams when they were selected. `password`
 * is never stored, so never rendered (okta/20-password-sync.json).
 */
export function toScimUser(user: ScimUserFragment, baseUrl: string): ScimUser {
  const enterprise = enterpriseOf(user);
  const role: ScimRoleExtension | null = user.idpRole ? { role: user.idpRole.toLowerCase() } : null;
  const schemas = [CORE_USER, ...(isAssigned(enterprise) ? [ENTERPRISE_USER] : []), ...(role ? [ROLE_EXTENSION] : [])];
  const groups = (user.teams ?? []).map((team): ScimUserGroup => ({ value: team.id, $ref: `${baseUrl}/Groups/${team.id}`, display: team.displayName, type: 'direct' }));
  return {
    schemas,
    id: user.id,
    ...stringsOf(user, ['externalId']),
    userName: user.userName,
    ...assigned('name', compact(user.name, NAME_PARTS)),
    ...stringsOf(user, LATER_STRINGS),
    active: user.active,
    ...multiValuesOf(user),
    ...assigned('addresses', elements(user.addresses, ADDRESS_PARTS)),
    ...assigned('groups', groups),
    ...assigned(ENTERPRISE_USER, enterprise),
    ...assigned(ROLE_EXTENSION, role),
    meta: {
      resourceType: 'User',
      created: user.createdAt,
      lastModified: user.updatedAt,
      location: `${baseUrl}/Users/${user.id}`,
      version: weakEtag(user.version),
    },
  };
}

const text = (object: JsonObject | undefined, key: string): string | null => {
  const value = object === undefined ? undefined : readKey(object, key);
  return typeof value === 'string' ? value : null;
};

function objectAt(resource: JsonObject, key: string): JsonObject | undefined {
  const value = readKey(resource, key);
  return isJsonObject(value) ? value : undefined;
}

/** The sub-attributes `keys` of each element, as GraphQL input objects. */
function listAt<T>(resource: JsonObject, key: string, keys: readonly string[]): T[] | null {
  const value = readKey(resource, key);
  if (!Array.isArray(value) || value.length === 0) return null;
  return value.filter(isJsonObject).map((element) => Object.fromEntries(keys.flatMap((k) => (readKey(element, k) === undefined ? [] : [[k, readKey(element, k)]]))) as T);
}

/** `admin` | `member` in any case (DESIGN.md "Roles"); anything else is refused, naming the attribute. */
function roleOf(resource: JsonObject): OrgRole | null {
  const value = readKey(objectAt(resource, ROLE_EXTENSION) ?? {}, 'role');
  if (value === undefined || value === null) return null;
  const role = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (role === 'ADMIN' || role === 'MEMBER') return role;
  throw new ScimError(400, 'invalidValue', `${ROLE_EXTENSION}:role must be "admin" or "member", not ${JSON.stringify(value)}`);
}

function enterpriseInput(resource: JsonObject): UserInput['enterprise'] {
  const extension = objectAt(resource, ENTERPRISE_USER);
  if (!extension) return null;
  const input: NonNullable<UserInput['enterprise']> = {};
  for (const key of ENTERPRISE_STRINGS) input[key] = text(extension, key);
  const manager = readKey(extension, 'manager');
  input.manager = isJsonObject(manager) ? { value: text(manager, 'value'), displayName: text(manager, 'displayName') } : null;
  return input;
}

/**
 * A whole SCIM User (canonical names) as GraphQL `UserInput`: what createUser and replaceUser
 * take. Attributes the resource lacks are sent as null, so a replace clears them; `active` is left
 * out when absent (unchanged on replace, true on create). A missing userName is 400 invalidValue.
 */
export function toUserInput(resource: JsonObject): UserInput {
  const userName = text(resource, 'userName');
  if (userName === null || userName.trim() === '') {
    throw new ScimError(400, 'invalidValue', 'userName is required (RFC 7643 §4.1.1)');
  }
  const input: UserInput = { userName };
  for (const key of USER_STRING_ATTRIBUTES) input[key] = text(resource, key);
  const name = objectAt(resource, 'name');
  input.name = name ? Object.fromEntries(NAME_PARTS.map((part) => [part, text(name, part)])) : null;
  const active = readKey(resource, 'active');
  if (typeof active === 'boolean') input.active = active;
  for (const key of USER_MULTI_VALUES) input[key] = listAt(resource, key, MULTI_VALUE_PARTS);
  input.addresses = listAt(resource, 'addresses', ADDRESS_PARTS);
  input.enterprise = enterpriseInput(resource);
  input.idpRole = roleOf(resource);
  return input;
}
