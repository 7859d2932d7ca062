import { ScimError } from '../errors';
import { isJsonObject, readKey, sameName, type JsonObject } from '../json';
import type { MemberPageFragment, ScimTeamFragment } from '../operations/groups.generated';
import { weakEtag } from '../respond';
import { CORE_GROUP, GROUP_CATALOGUE } from '../schemas';
import { memberIds } from '../patch';
import type { ScimGroup, ScimGroupMember } from '../types';
import { normaliseResource } from './normalise';

/** GraphQL Team ⇄ SCIM Group (RFC 7643 §4.2), over the shapes the Groups documents select (fragment `ScimTeam`). */

export type GroupMember = MemberPageFragment['nodes'][number];

/** The writable fields of a group, as `CreateTeamInput` / `ReplaceTeamInput` / `PatchTeamInput` take them. */
export interface GroupFields {
  displayName: string;
  externalId: string | null;
}

const memberOf = (member: GroupMember, baseUrl: string): ScimGroupMember => ({ value: member.id, display: member.userName, $ref: `${baseUrl}/Users/${member.id}`, type: 'User' });

/**
 * Renders a team as a SCIM Group. `members` is the whole member list when it was read (each
 * `{ value, display: userName, $ref, type: "User" }`), null when the response does not show it;
 * an empty list is omitted, as RFC 7643 §2.5 allows.
 */
export function toScimGroup(team: ScimTeamFragment, members: readonly GroupMember[] | null, baseUrl: string): ScimGroup {
  return {
    schemas: [CORE_GROUP],
    id: team.id,
    ...(team.externalId === null ? {} : { externalId: team.externalId }),
    displayName: team.displayName,
    ...(members && members.length > 0 ? { members: members.map((member) => memberOf(member, baseUrl)) } : {}),
    meta: {
      resourceType: 'Group',
      created: team.createdAt,
      lastModified: team.updatedAt,
      location: `${baseUrl}/Groups/${team.id}`,
      version: weakEtag(team.version),
    },
  };
}

/** `displayName` and `externalId` of a Group resource with canonical names; displayName is required (RFC 7643 §4.2). */
export function groupFieldsOf(resource: JsonObject): GroupFields {
  const displayName = readKey(resource, 'displayName');
  if (typeof displayName !== 'string' || displayName.trim() === '') {
    throw new ScimError(400, 'invalidValue', 'displayName is required (RFC 7643 §4.2)');
  }
  const externalId = readKey(resource, 'externalId');
  return { displayName, externalId: typeof externalId === 'string' ? externalId : null };
}

/** A POST or PUT body: the group's fields and, when the body names `members`, the whole member list. */
export interface GroupBody extends GroupFields {
  memberIds: string[] | null;
}

/**
 * Reads a POST or PUT body (RFC 7644 §3.3, §3.5.1) with the normaliser every body goes through:
 * attribute names in any case, unknown attributes and schema URNs ignored (Entra lists an ADSCIM
 * URN in `schemas`: entra/21-create-group.json), `meta` dropped, `id` dropped on create and required
 * to match on replace (Okta's AIW PUT echoes it: okta/32-aiw-put-members.json). A body without
 * `members` says nothing of them (null), where `"members": []` empties the group.
 */
export function readGroupBody(body: unknown, id?: string): GroupBody {
  if (!isJsonObject(body)) return { ...groupFieldsOf(normaliseResource(body, GROUP_CATALOGUE, id)), memberIds: null };
  // Members become ids straight from the body: a large list costs one pass, and a member without an id is a 400.
  const members = readKey(body, 'members');
  const rest = Object.fromEntries(Object.entries(body).filter(([key]) => !sameName(key, 'members')));
  return { ...groupFieldsOf(normaliseResource(rest, GROUP_CATALOGUE, id)), memberIds: members === undefined ? null : memberIds(members) };
}
