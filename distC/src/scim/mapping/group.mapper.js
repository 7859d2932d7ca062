"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toScimGroup = toScimGroup;
exports.groupFieldsOf = groupFieldsOf;
exports.readGroupBody = readGroupBody;
const errors_1 = require("../errors");
const json_1 = require("../json");
const respond_1 = require("../respond");
const schemas_1 = require("../schemas");
const patch_1 = require("../patch");
const normalise_1 = require("./normalise");
/**
 * Renders a team as a SCIM Group. `members` is the whole member list when it was read (each
 * `{ value, display: userName, $ref, type: "User" }`), null when the response does not show it;
 * an empty list is omitted, as RFC 7643 §2.5 allows.
 */
function toScimGroup(team, members, baseUrl) {
    const resource = { schemas: [schemas_1.CORE_GROUP], id: team.id };
    if (team.externalId !== null)
        resource.externalId = team.externalId;
    resource.displayName = team.displayName;
    if (members && members.length > 0) {
        resource.members = members.map((member) => ({ value: member.id, display: member.userName, $ref: `${baseUrl}/Users/${member.id}`, type: 'User' }));
    }
    resource.meta = {
        resourceType: 'Group',
        created: team.createdAt,
        lastModified: team.updatedAt,
        location: `${baseUrl}/Groups/${team.id}`,
        version: (0, respond_1.weakEtag)(team.version),
    };
    return resource;
}
/** `displayName` and `externalId` of a Group resource with canonical names; displayName is required (RFC 7643 §4.2). */
function groupFieldsOf(resource) {
    const displayName = (0, json_1.readKey)(resource, 'displayName');
    if (typeof displayName !== 'string' || displayName.trim() === '') {
        throw new errors_1.ScimError(400, 'invalidValue', 'displayName is required (RFC 7643 §4.2)');
    }
    const externalId = (0, json_1.readKey)(resource, 'externalId');
    return { displayName, externalId: typeof externalId === 'string' ? externalId : null };
}
/**
 * Reads a POST or PUT body (RFC 7644 §3.3, §3.5.1) with the normaliser every body goes through:
 * attribute names in any case, unknown attributes and schema URNs ignored (Entra lists an ADSCIM
 * URN in `schemas`: entra/21-create-group.json), `meta` dropped, `id` dropped on create and required
 * to match on replace (Okta's AIW PUT echoes it: okta/32-aiw-put-members.json). A body without
 * `members` says nothing of them (null), where `"members": []` empties the group.
 */
function readGroupBody(body, id) {
    if (!(0, json_1.isJsonObject)(body))
        return { ...groupFieldsOf((0, normalise_1.normaliseResource)(body, schemas_1.GROUP_CATALOGUE, id)), memberIds: null };
    // Members become ids straight from the body: a large list costs one pass, and a member without an id is a 400.
    const members = (0, json_1.readKey)(body, 'members');
    const rest = Object.fromEntries(Object.entries(body).filter(([key]) => !(0, json_1.sameName)(key, 'members')));
    return { ...groupFieldsOf((0, normalise_1.normaliseResource)(rest, schemas_1.GROUP_CATALOGUE, id)), memberIds: members === undefined ? null : (0, patch_1.memberIds)(members) };
}
//# sourceMappingURL=group.mapper.js.map