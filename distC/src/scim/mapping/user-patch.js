"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.userChangeOf = userChangeOf;
const json_1 = require("../json");
const graphql_user_1 = require("./graphql-user");
/** A value as compared: unassigned (RFC 7643 §2.5) for null, [] and {}, and objects without their unassigned keys. */
function canonical(value) {
    if ((0, json_1.isUnassigned)(value))
        return null;
    if (Array.isArray(value))
        return value.map(canonical);
    if (!(0, json_1.isJsonObject)(value))
        return value;
    const entries = Object.entries(value)
        .map(([k, v]) => [k, canonical(v)])
        .filter(([, v]) => v !== null);
    return entries.length === 0 ? null : Object.fromEntries(entries);
}
const same = (a, b) => (0, json_1.deepEqual)(canonical(a), canonical(b));
/** The parts `keys` of a complex attribute that differ: their new values (null clears). */
function changedParts(before, after, keys) {
    const parts = {};
    for (const key of keys)
        if (!same(before?.[key], after?.[key]))
            parts[key] = (after?.[key] ?? null);
    return parts;
}
function enterpriseChange(before, after) {
    const change = changedParts(before, after, graphql_user_1.ENTERPRISE_STRINGS);
    if (!same(before?.manager, after?.manager)) {
        change.manager = changedParts(before?.manager, after?.manager, ['value', 'displayName']);
    }
    return change;
}
/** What the PATCH changed, from the user as read (`before`) to the user with the operations applied (`after`). */
function userChangeOf(before, after) {
    const input = {};
    const listsAsRead = {};
    if (!same(before.userName, after.userName))
        input.userName = after.userName;
    for (const key of graphql_user_1.USER_STRING_ATTRIBUTES)
        if (!same(before[key], after[key]))
            input[key] = after[key] ?? null;
    if (after.active !== undefined && after.active !== before.active)
        input.active = after.active;
    if (!same(before.idpRole, after.idpRole))
        input.idpRole = after.idpRole ?? null;
    if (!same(before.name, after.name))
        input.name = changedParts(before.name, after.name, graphql_user_1.NAME_PARTS);
    if (!same(before.enterprise, after.enterprise))
        input.enterprise = enterpriseChange(before.enterprise, after.enterprise);
    for (const key of graphql_user_1.USER_MULTI_VALUES) {
        if (same(before[key], after[key]))
            continue;
        input[key] = after[key] ?? null;
        listsAsRead[key] = before[key] ?? null;
    }
    if (!same(before.addresses, after.addresses)) {
        input.addresses = after.addresses ?? null;
        listsAsRead.addresses = before.addresses ?? null;
    }
    return { input, listsAsRead, changed: Object.keys(input).length > 0 };
}
//# sourceMappingURL=user-patch.js.map