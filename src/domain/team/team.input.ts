import { DomainError } from '../../common/errors';
import { idKey } from '../../common/ids';

/** A new team: its fields and its initial members (user ids of the actor's organization). */
export interface CreateTeamInput {
  /** Unique per organization, compared case-insensitively. */
  displayName: string;
  externalId?: string | null;
  memberIds?: readonly string[] | null;
}

/** A change of a team's own fields: omitted (undefined or, for displayName, null) fields stay; `externalId: null` clears it. */
export interface TeamFieldsChange {
  displayName?: string | null;
  externalId?: string | null;
}

/**
 * A change of a team's membership: either deltas (`add`, `remove`, disjoint) or the whole new list
 * (`set`), never both (BAD_USER_INPUT). Ids that are already members (or not members) are skipped.
 */
export interface MemberChange {
  add?: readonly string[] | null;
  remove?: readonly string[] | null;
  set?: readonly string[] | null;
}

/** A change of a team: its fields and its membership, written together with one version bump. */
export interface TeamChange extends TeamFieldsChange {
  members?: MemberChange | null;
}

/** Optimistic concurrency for team writes: the SCIM `If-Match` ETag, as a version number. */
export interface TeamWriteOptions {
  /** When set, the write fails with PRECONDITION_FAILED unless the team is at this version. */
  ifVersion?: number | null;
}

/** The fields a change sets, cleaned: a property is present only when the change sets it. */
export interface FieldsToWrite {
  displayName?: string;
  externalId?: string | null;
}

/** Membership to write, as normalised ids: `set` (the whole list) or `add`/`remove` deltas. */
export interface MembersToWrite {
  add: string[];
  remove: string[];
  /** The whole new list; null: deltas. */
  set: string[] | null;
}

/** Longer than `max` characters (code points), as the columns count them: an emoji is one character, two UTF-16 units. */
const longerThan = (value: string, max: number): boolean => value.length > max && [...value].length > max;

/** Trimmed, non-empty, at most 512 characters. */
export function cleanDisplayName(value: string): string {
  const name = value.trim();
  if (!name) throw new DomainError('BAD_USER_INPUT', 'displayName must not be empty', { field: 'displayName' });
  if (longerThan(name, 512)) throw new DomainError('BAD_USER_INPUT', 'displayName is longer than 512 characters', { field: 'displayName' });
  return name;
}

/** The IdP's id, kept case-exact; an empty string means none. */
export function cleanExternalId(value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  if (longerThan(value, 512)) throw new DomainError('BAD_USER_INPUT', 'externalId is longer than 512 characters', { field: 'externalId' });
  return value;
}

/** Lower-cased (UUIDs are stored lower-case), de-duplicated, in input order; ids that are not UUIDs stay, to be reported. */
export function normaliseIds(ids: readonly string[] | null | undefined): string[] {
  return [...new Set((ids ?? []).map(idKey))];
}

/** The fields `change` sets, cleaned (BAD_USER_INPUT for invalid values). */
export function fieldsToWrite(change: TeamFieldsChange): FieldsToWrite {
  return {
    ...(change.displayName != null ? { displayName: cleanDisplayName(change.displayName) } : {}),
    ...(change.externalId !== undefined ? { externalId: cleanExternalId(change.externalId) } : {}),
  };
}

const badInput = (message: string): DomainError => new DomainError('BAD_USER_INPUT', message, { field: 'input' });

/** The membership `change` writes, normalised; BAD_USER_INPUT when it mixes `set` with deltas or adds and removes one user. */
export function membersToWrite(change: MemberChange | null | undefined): MembersToWrite {
  const add = normaliseIds(change?.add);
  const remove = normaliseIds(change?.remove);
  if (change?.set != null) {
    if (add.length + remove.length > 0) throw badInput('A whole member list cannot be combined with members to add or remove');
    return { add: [], remove: [], set: normaliseIds(change.set) };
  }
  const removing = new Set(remove);
  const both = add.filter((id) => removing.has(id));
  if (both.length > 0) throw badInput(`Users both added and removed: ${both.slice(0, 5).join(', ')}`);
  return { add, remove, set: null };
}
