import type { PatchTeamInput } from '../operations/groups.generated';
import type { GroupMemberChanges } from '../patch';
import type { GroupFields } from './group.mapper';

/** A Group PATCH (RFC 7644 §3.5.2) as the `PatchTeamInput` of one `patchTeam`. */

/** The membership part of a Group PATCH (groupPatchToMemberChanges) as `PatchTeamInput` fields: deltas, or the whole list. */
export function memberInput(changes: GroupMemberChanges): PatchTeamInput {
  if (changes.replaceAll !== null) return { replaceMemberIds: changes.replaceAll };
  return {
    ...(changes.add.length > 0 ? { addMemberIds: changes.add } : {}),
    ...(changes.remove.length > 0 ? { removeMemberIds: changes.remove } : {}),
  };
}

/**
 * The fields of `next` that differ from `current`. Okta repeats the group's name (and id) in a
 * path-less replace on every membership push (okta/27-push-member-add.json): that changes nothing,
 * so such a push stays a pure membership delta that never conflicts with a concurrent one.
 */
export function changedFields(current: GroupFields, next: GroupFields): Partial<GroupFields> {
  return {
    ...(next.displayName !== current.displayName ? { displayName: next.displayName } : {}),
    ...(next.externalId !== current.externalId ? { externalId: next.externalId } : {}),
  };
}
