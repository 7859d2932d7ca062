"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cleanDisplayName = cleanDisplayName;
exports.cleanExternalId = cleanExternalId;
exports.normaliseIds = normaliseIds;
exports.fieldsToWrite = fieldsToWrite;
exports.membersToWrite = membersToWrite;
const errors_1 = require("../../common/errors");
const ids_1 = require("../../common/ids");
/** Trimmed, non-empty, at most 512 characters. */
function cleanDisplayName(value) {
    const name = value.trim();
    if (!name)
        throw new errors_1.DomainError('BAD_USER_INPUT', 'displayName must not be empty', { field: 'displayName' });
    if (name.length > 512)
        throw new errors_1.DomainError('BAD_USER_INPUT', 'displayName is longer than 512 characters', { field: 'displayName' });
    return name;
}
/** The IdP's id, kept case-exact; an empty string means none. */
function cleanExternalId(value) {
    if (value == null || value === '')
        return null;
    if (value.length > 512)
        throw new errors_1.DomainError('BAD_USER_INPUT', 'externalId is longer than 512 characters', { field: 'externalId' });
    return value;
}
/** Lower-cased (UUIDs are stored lower-case), de-duplicated, in input order; ids that are not UUIDs stay, to be reported. */
function normaliseIds(ids) {
    return [...new Set((ids ?? []).map(ids_1.idKey))];
}
/** The fields `change` sets, cleaned (BAD_USER_INPUT for invalid values). */
function fieldsToWrite(change) {
    return {
        ...(change.displayName != null ? { displayName: cleanDisplayName(change.displayName) } : {}),
        ...(change.externalId !== undefined ? { externalId: cleanExternalId(change.externalId) } : {}),
    };
}
const badInput = (message) => new errors_1.DomainError('BAD_USER_INPUT', message, { field: 'input' });
/** The membership `change` writes, normalised; BAD_USER_INPUT when it mixes `set` with deltas or adds and removes one user. */
function membersToWrite(change) {
    const add = normaliseIds(change?.add);
    const remove = normaliseIds(change?.remove);
    if (change?.set != null) {
        if (add.length + remove.length > 0)
            throw badInput('A whole member list cannot be combined with members to add or remove');
        return { add: [], remove: [], set: normaliseIds(change.set) };
    }
    const removing = new Set(remove);
    const both = add.filter((id) => removing.has(id));
    if (both.length > 0)
        throw badInput(`Users both added and removed: ${both.slice(0, 5).join(', ')}`);
    return { add, remove, set: null };
}
//# sourceMappingURL=team.input.js.map