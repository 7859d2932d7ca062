"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toScimUser = toScimUser;
exports.toUserInput = toUserInput;
const errors_1 = require("../errors");
const patch_1 = require("../patch");
const json_1 = require("../json");
const respond_1 = require("../respond");
const schemas_1 = require("../schemas");
const graphql_user_1 = require("./graphql-user");
/**
 * GraphQL User ⇄ SCIM User (RFC 7643 §4.1 with the enterprise extension §4.3 and the organization
 * role extension). Both directions work on canonical attribute names: request bodies are first
 * normalised by `readUserBody` (user-body.ts), so every spelling a client uses arrives here as the
 * schema spells it.
 */
/** A value worth rendering: RFC 7643 §2.5 treats null, "" objects and empty lists as unassigned. */
function isAssigned(value) {
    if (value === null || value === undefined)
        return false;
    if (Array.isArray(value))
        return value.length > 0;
    if (typeof value === 'object')
        return Object.keys(value).length > 0;
    return true;
}
/** The keys of `source` (in `keys` order) that hold a value. */
function compact(source, keys) {
    const out = {};
    const record = (source ?? {});
    for (const key of keys)
        if (isAssigned(record[key]))
            out[key] = record[key];
    return out;
}
function put(target, key, value) {
    if (isAssigned(value))
        target[key] = value;
}
const elements = (list, keys) => (list ?? []).map((element) => compact(element, keys)).filter((element) => Object.keys(element).length > 0);
function enterpriseOf(user) {
    const extension = compact(user.enterprise, graphql_user_1.ENTERPRISE_STRINGS);
    // Entra sends `manager` as a bare id and fails unless it is returned as {"value": …} (scim-clients.md §3.3);
    // fixtures entra/06-add-manager-bare-string.json, entra/14-add-manager-object.json.
    put(extension, 'manager', compact(user.enterprise?.manager, ['value', 'displayName']));
    return extension;
}
/**
 * Renders a user as a SCIM User. Unassigned attributes and empty multi-valued attributes are
 * omitted; `active` is always present (Okta PUTs back what it read: a missing `active` would
 * deactivate: fixtures okta/07-put-profile-update.json, okta/18-aiw-put-reactivate.json). The role is
 * returned lower-cased under the canonical URN (DESIGN.md; okta/15-create-with-role.json,
 * okta/21-role-change-put.json). `groups` lists the user's teams when they were selected. `password`
 * is never stored, so never rendered (okta/20-password-sync.json).
 */
function toScimUser(user, baseUrl) {
    const enterprise = enterpriseOf(user);
    const role = user.idpRole ? { role: user.idpRole.toLowerCase() } : {};
    const schemas = [schemas_1.CORE_USER, ...(isAssigned(enterprise) ? [schemas_1.ENTERPRISE_USER] : []), ...(isAssigned(role) ? [schemas_1.ROLE_EXTENSION] : [])];
    const resource = { schemas, id: user.id };
    put(resource, 'externalId', user.externalId);
    resource.userName = user.userName;
    put(resource, 'name', compact(user.name, graphql_user_1.NAME_PARTS));
    for (const key of graphql_user_1.USER_STRING_ATTRIBUTES)
        if (key !== 'externalId')
            put(resource, key, user[key]);
    resource.active = user.active;
    for (const key of graphql_user_1.USER_MULTI_VALUES)
        put(resource, key, elements(user[key], graphql_user_1.MULTI_VALUE_PARTS));
    put(resource, 'addresses', elements(user.addresses, graphql_user_1.ADDRESS_PARTS));
    put(resource, 'groups', (user.teams ?? []).map((team) => ({ value: team.id, $ref: `${baseUrl}/Groups/${team.id}`, display: team.displayName, type: 'direct' })));
    put(resource, schemas_1.ENTERPRISE_USER, enterprise);
    put(resource, schemas_1.ROLE_EXTENSION, role);
    resource.meta = {
        resourceType: 'User',
        created: user.createdAt,
        lastModified: user.updatedAt,
        location: `${baseUrl}/Users/${user.id}`,
        version: (0, respond_1.weakEtag)(user.version),
    };
    return resource;
}
const text = (object, key) => {
    const value = object === undefined ? undefined : (0, json_1.readKey)(object, key);
    return typeof value === 'string' ? value : null;
};
function objectAt(resource, key) {
    const value = (0, json_1.readKey)(resource, key);
    return (0, patch_1.isJsonObject)(value) ? value : undefined;
}
/** The sub-attributes `keys` of each element, as GraphQL input objects. */
function listAt(resource, key, keys) {
    const value = (0, json_1.readKey)(resource, key);
    if (!Array.isArray(value) || value.length === 0)
        return null;
    return value.filter(patch_1.isJsonObject).map((element) => Object.fromEntries(keys.flatMap((k) => ((0, json_1.readKey)(element, k) === undefined ? [] : [[k, (0, json_1.readKey)(element, k)]]))));
}
/** `admin` | `member` in any case (DESIGN.md "Roles"); anything else is refused, naming the attribute. */
function roleOf(resource) {
    const value = (0, json_1.readKey)(objectAt(resource, schemas_1.ROLE_EXTENSION) ?? {}, 'role');
    if (value === undefined || value === null)
        return null;
    const role = typeof value === 'string' ? value.trim().toUpperCase() : '';
    if (role === 'ADMIN' || role === 'MEMBER')
        return role;
    throw new errors_1.ScimError(400, 'invalidValue', `${schemas_1.ROLE_EXTENSION}:role must be "admin" or "member", not ${JSON.stringify(value)}`);
}
function enterpriseInput(resource) {
    const extension = objectAt(resource, schemas_1.ENTERPRISE_USER);
    if (!extension)
        return null;
    const input = {};
    for (const key of graphql_user_1.ENTERPRISE_STRINGS)
        input[key] = text(extension, key);
    const manager = (0, json_1.readKey)(extension, 'manager');
    input.manager = (0, patch_1.isJsonObject)(manager) ? { value: text(manager, 'value'), displayName: text(manager, 'displayName') } : null;
    return input;
}
/**
 * A whole SCIM User (canonical names) as GraphQL `UserInput`: what createUser and replaceUser
 * take. Attributes the resource lacks are sent as null, so a replace clears them; `active` is left
 * out when absent (unchanged on replace, true on create). A missing userName is 400 invalidValue.
 */
function toUserInput(resource) {
    const userName = text(resource, 'userName');
    if (userName === null || userName.trim() === '') {
        throw new errors_1.ScimError(400, 'invalidValue', 'userName is required (RFC 7643 §4.1.1)');
    }
    const input = { userName };
    for (const key of graphql_user_1.USER_STRING_ATTRIBUTES)
        input[key] = text(resource, key);
    const name = objectAt(resource, 'name');
    input.name = name ? Object.fromEntries(graphql_user_1.NAME_PARTS.map((part) => [part, text(name, part)])) : null;
    const active = (0, json_1.readKey)(resource, 'active');
    if (typeof active === 'boolean')
        input.active = active;
    for (const key of graphql_user_1.USER_MULTI_VALUES)
        input[key] = listAt(resource, key, graphql_user_1.MULTI_VALUE_PARTS);
    input.addresses = listAt(resource, 'addresses', graphql_user_1.ADDRESS_PARTS);
    input.enterprise = enterpriseInput(resource);
    input.idpRole = roleOf(resource);
    return input;
}
//# sourceMappingURL=user.mapper.js.map