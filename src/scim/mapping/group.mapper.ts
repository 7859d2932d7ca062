import { ScimError } from '../errors';
import { applyPatchOperations, groupPatchToMemberChanges, isJsonObject, PATCH_OP_SCHEMA, type JsonObject } from '../patch';
import { readKey } from '../json';
import { weakEtag } from '../respond';
import { CORE_GROUP, GROUP_CATALOGUE } from '../schemas';

/**
 * GraphQL Team ⇄ SCIM Group (RFC 7643 §4.2). The shapes below are what the Groups documents
 * (group-operations.ts, fragment `ScimTeam`) select; field names are the schema's.
 */
export interface GraphQLTeamFields {
  id: string;
  displayName: string;
  externalId: string | null;
  version: number;
}

export interface GraphQLMember {
  id: string;
  userName: string;
}

export interface GraphQLTeamMembers {
  nodes: GraphQLMember[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface GraphQLTeam extends GraphQLTeamFields {
  createdAt: string;
  updatedAt: string;
  /** Present when the document selected members: the first page. */
  members?: GraphQLTeamMembers;
}

/** The writable fields of a group, as `CreateTeamInput` / `ReplaceTeamInput` / `PatchTeamInput` take them. */
export interface GroupFields {
  displayName: string;
  externalId: string | null;
}

/** The attributes a group has besides its members and `meta`: what a PATCH operates on. */
export function groupFieldsResource(team: GraphQLTeamFields): JsonObject {
  const resource: JsonObject = { schemas: [CORE_GROUP], id: team.id };
  if (team.externalId !== null) resource.externalId = team.externalId;
  resource.displayName = team.displayName;
  return resource;
}

/**
 * Renders a team as a SCIM Group. `members` is the whole member list when it was read (each
 * `{ value, display: userName, $ref, type: "User" }`), null when the response does not show it;
 * an empty list is omitted, as RFC 7643 §2.5 allows.
 */
export function toScimGroup(team: GraphQLTeam, members: readonly GraphQLMember[] | null, baseUrl: string): JsonObject {
  const resource = groupFieldsResource(team);
  if (members && members.length > 0) {
    resource.members = members.map((member) => ({ value: member.id, display: member.userName, $ref: `${baseUrl}/Users/${member.id}`, type: 'User' }));
  }
  resource.meta = {
    resourceType: 'Group',
    created: team.createdAt,
    lastModified: team.updatedAt,
    location: `${baseUrl}/Groups/${team.id}`,
    version: weakEtag(team.version),
  };
  return resource;
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
 * Reads a POST or PUT body (RFC 7644 §3.3, §3.5.1) as a path-less `replace` of every attribute, the
 * way a Group PATCH is read: attribute names in any case, unknown attributes and schema URNs ignored
 * (Entra lists an ADSCIM URN in `schemas`: entra/21-create-group.json), `meta` dropped, `id` dropped on
 * create and required to match on replace (Okta's AIW PUT echoes it: okta/32-aiw-put-members.json).
 * `members` become ids without going through the resource, so a large list costs one pass.
 */
export function readGroupBody(body: unknown, id?: string): GroupBody {
  if (!isJsonObject(body)) {
    throw new ScimError(400, 'invalidSyntax', 'The request body must be a JSON object (Content-Type application/scim+json or application/json)');
  }
  const changes = groupPatchToMemberChanges({ schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 'replace', value: body }] }, GROUP_CATALOGUE);
  const empty: JsonObject = { schemas: [CORE_GROUP], ...(id === undefined ? {} : { id }) };
  const resource = applyPatchOperations(empty, changes.attributeOps, GROUP_CATALOGUE);
  return { ...groupFieldsOf(resource), memberIds: changes.replaceAll };
}
