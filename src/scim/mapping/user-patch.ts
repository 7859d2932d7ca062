import type { EnterpriseUserInput, ManagerInput, PersonNameInput, UserInput, UserListsInput, UserPatchInput } from '../operations/users.generated';
import { deepEqual, isJsonObject, isUnassigned, type JsonValue } from '../json';
import { ENTERPRISE_STRINGS, NAME_PARTS, USER_MULTI_VALUES, USER_STRING_ATTRIBUTES } from './graphql-user';

/**
 * A SCIM PATCH as the change it makes (RFC 7644 §3.5.2): the operations are applied to the user
 * as read, and what differs between that user and the result is sent to `updateUser`, which
 * applies it to the row it locks for the write. Attributes the PATCH left alone are not sent, so a
 * write landing between the read and the update is kept; a changed list is sent with the list as
 * read, so the domain merges the edit into the current list (concurrent additions all hold).
 */
export interface UserChange {
  input: UserPatchInput;
  listsAsRead: UserListsInput;
  /** False when the PATCH changes nothing (a repeated deactivate: okta/09-repeat-deactivate.json). */
  changed: boolean;
}

/** A value as compared: unassigned (RFC 7643 §2.5) for null, [] and {}, and objects without their unassigned keys. */
function canonical(value: JsonValue | undefined): JsonValue {
  if (isUnassigned(value)) return null;
  if (Array.isArray(value)) return value.map(canonical);
  if (!isJsonObject(value)) return value as JsonValue;
  const entries = Object.entries(value)
    .map(([k, v]) => [k, canonical(v)] as const)
    .filter(([, v]) => v !== null);
  return entries.length === 0 ? null : Object.fromEntries(entries);
}

const same = (a: unknown, b: unknown): boolean => deepEqual(canonical(a as JsonValue | undefined), canonical(b as JsonValue | undefined));

/** The parts `keys` of a complex attribute that differ: their new values (null clears). */
function changedParts<T extends object, K extends keyof T & string>(before: T | null | undefined, after: T | null | undefined, keys: readonly K[]): Partial<T> {
  const parts: Partial<T> = {};
  for (const key of keys) if (!same(before?.[key], after?.[key])) parts[key] = (after?.[key] ?? null) as T[K];
  return parts;
}

function enterpriseChange(before: UserInput['enterprise'], after: UserInput['enterprise']): EnterpriseUserInput {
  const change: EnterpriseUserInput = changedParts<EnterpriseUserInput, (typeof ENTERPRISE_STRINGS)[number]>(before, after, ENTERPRISE_STRINGS);
  if (!same(before?.manager, after?.manager)) {
    change.manager = changedParts<ManagerInput, 'value' | 'displayName'>(before?.manager, after?.manager, ['value', 'displayName']);
  }
  return change;
}

/** What the PATCH changed, from the user as read (`before`) to the user with the operations applied (`after`). */
export function userChangeOf(before: UserInput, after: UserInput): UserChange {
  const input: UserPatchInput = {};
  const listsAsRead: UserListsInput = {};
  if (!same(before.userName, after.userName)) input.userName = after.userName;
  for (const key of USER_STRING_ATTRIBUTES) if (!same(before[key], after[key])) input[key] = after[key] ?? null;
  if (after.active !== undefined && after.active !== before.active) input.active = after.active;
  if (!same(before.idpRole, after.idpRole)) input.idpRole = after.idpRole ?? null;
  if (!same(before.name, after.name)) input.name = changedParts<PersonNameInput, (typeof NAME_PARTS)[number]>(before.name, after.name, NAME_PARTS);
  if (!same(before.enterprise, after.enterprise)) input.enterprise = enterpriseChange(before.enterprise, after.enterprise);
  for (const key of USER_MULTI_VALUES) {
    if (same(before[key], after[key])) continue;
    input[key] = after[key] ?? null;
    listsAsRead[key] = before[key] ?? null;
  }
  if (!same(before.addresses, after.addresses)) {
    input.addresses = after.addresses ?? null;
    listsAsRead.addresses = before.addresses ?? null;
  }
  return { input, listsAsRead, changed: Object.keys(input).length > 0 };
}
