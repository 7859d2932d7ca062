import { applyPatchOperations, type GroupMemberChanges, type PatchOperation } from '../patch';
import { GROUP_CATALOGUE } from '../schemas';
import { groupFieldsOf, groupFieldsResource, type GroupFields, type GraphQLTeamFields } from './group.mapper';

/** GraphQL `PatchTeamInput`: changed fields and membership, in one mutation. */
export interface PatchTeamInput extends Partial<GroupFields> {
  addMemberIds?: string[];
  removeMemberIds?: string[];
  replaceMemberIds?: string[];
}

/** The membership part of a Group PATCH (groupPatchToMemberChanges) as `PatchTeamInput` fields: deltas, or the whole list. */
export function memberInput(changes: GroupMemberChanges): PatchTeamInput {
  if (changes.replaceAll !== null) return { replaceMemberIds: changes.replaceAll };
  return {
    ...(changes.add.length > 0 ? { addMemberIds: changes.add } : {}),
    ...(changes.remove.length > 0 ? { removeMemberIds: changes.remove } : {}),
  };
}

/**
 * Applies the non-member operations of a Group PATCH to the team's fields (RFC 7644 §3.5.2) and
 * returns only the fields whose value changes. Okta repeats the group's name (and id) in a
 * path-less replace on every membership push (okta/27-push-member-add.json): that sends nothing, so
 * such a push stays a pure membership delta that never conflicts with a concurrent one.
 */
export function changedFields(team: GraphQLTeamFields, attributeOps: readonly PatchOperation[]): Partial<GroupFields> {
  const next = groupFieldsOf(applyPatchOperations(groupFieldsResource(team), attributeOps, GROUP_CATALOGUE));
  return {
    ...(next.displayName !== team.displayName ? { displayName: next.displayName } : {}),
    ...(next.externalId !== team.externalId ? { externalId: next.externalId } : {}),
  };
}
