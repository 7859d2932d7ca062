"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.groupPatchToMemberChanges = groupPatchToMemberChanges;
exports.memberIds = memberIds;
const ids_1 = require("../../common/ids");
const filter_1 = require("../filter");
const catalogue_1 = require("./catalogue");
const json_1 = require("../json");
const path_1 = require("./path");
const patch_errors_1 = require("./patch-errors");
const request_1 = require("./request");
/**
 * The fold of member operations, in O(ids) time: Sets throughout (a 30k-member replace is one pass,
 * not 30k scans). Ids are folded as the domain keys them (`idKey`): members are named by UUIDs,
 * the same whatever their case, so an add of `ABC…` and a remove of `abc…` name one member.
 */
class MemberFold {
    constructor() {
        /** The whole new list after a replace (a Set keeps insertion order), else null. */
        this.all = null;
        this.added = new Set();
        this.removed = new Set();
    }
    add(ids) {
        for (const id of ids.map(ids_1.idKey)) {
            if (this.all)
                this.all.add(id);
            else {
                this.removed.delete(id);
                this.added.add(id);
            }
        }
    }
    remove(ids) {
        for (const id of ids.map(ids_1.idKey)) {
            if (this.all)
                this.all.delete(id);
            else {
                this.added.delete(id);
                this.removed.add(id);
            }
        }
    }
    replace(ids) {
        this.all = new Set(ids.map(ids_1.idKey));
        this.added.clear();
        this.removed.clear();
    }
    result(attributeOps) {
        return { attributeOps, add: [...this.added], remove: [...this.removed], replaceAll: this.all ? [...this.all] : null };
    }
}
/**
 * Folds the operations of a Group PatchOp body, in order, into member deltas (add then remove of
 * one id nets to a remove). Accepts Okta's `add` on `members` and `remove` on
 * `members[value eq "…"]`, `replace` of all members, path-less `{"members": […]}`, and Entra's
 * `{"op":"Remove","path":"members","value":[{"value":"…"}]}`, which removes only the listed members.
 * Paths of the other operations are checked against the Group catalogue up front.
 */
function groupPatchToMemberChanges(patch, catalogue) {
    const fold = new MemberFold();
    const attributeOps = [];
    (0, request_1.parsePatchRequest)(patch).forEach((operation, index) => {
        const where = `Operations[${index}]`;
        if (operation.path === undefined) {
            if (operation.op === 'remove')
                throw (0, patch_errors_1.patchError)('noTarget', `${where}: remove requires a path`);
            if (!(0, json_1.isJsonObject)(operation.value))
                throw (0, patch_errors_1.patchError)('invalidValue', `${where}: without a path, value must be an object of attributes`);
            const rest = foldValueObject(fold, operation.op, operation.value, catalogue);
            if (Object.keys(rest).length > 0)
                attributeOps.push({ op: operation.op, value: rest });
            return;
        }
        const parsed = (0, filter_1.parsePatchPath)(operation.path);
        if (isMembers(parsed, catalogue))
            foldMemberPath(fold, operation, parsed, where);
        else {
            if (!(0, catalogue_1.findSchema)(catalogue, operation.path))
                (0, path_1.resolvePatchPath)(catalogue, parsed, operation.path);
            attributeOps.push(operation);
        }
    });
    return fold.result(attributeOps);
}
function isCoreSchema(urn, catalogue) {
    return (0, catalogue_1.findSchema)(catalogue, urn) === catalogue.core;
}
function isMembers({ attrPath }, catalogue) {
    return (0, json_1.sameName)(attrPath.attr, 'members') && (attrPath.schema === undefined || isCoreSchema(attrPath.schema, catalogue));
}
/** Takes the `members` keys out of a path-less value (also inside a core-schema object) and returns the rest. */
function foldValueObject(fold, op, value, catalogue) {
    const rest = {};
    for (const [key, raw] of Object.entries(value)) {
        if (/^urn:/i.test(key) && isCoreSchema(key, catalogue)) {
            const inner = (0, json_1.isJsonObject)(raw) ? foldValueObject(fold, op, raw, catalogue) : raw;
            if (!(0, json_1.isJsonObject)(inner) || Object.keys(inner).length > 0)
                (0, json_1.setOwn)(rest, key, inner);
            continue;
        }
        const parsed = (0, path_1.tryParsePatchPath)(key);
        if (parsed && isMembers(parsed, catalogue) && !parsed.valueFilter && (0, path_1.subAttrOf)(parsed) === undefined) {
            if (op === 'replace')
                fold.replace(memberIds(raw));
            else
                fold.add(memberIds(raw));
        }
        else
            (0, json_1.setOwn)(rest, key, raw);
    }
    return rest;
}
function foldMemberPath(fold, operation, parsed, where) {
    const { op, value } = operation;
    const subAttr = (0, path_1.subAttrOf)(parsed);
    if (subAttr !== undefined) {
        // RFC 7643 §4.2: members.value is immutable; display, type and $ref are derived from the member.
        if ((0, json_1.sameName)(subAttr, 'value'))
            throw (0, patch_errors_1.patchError)('mutability', `${where}: members.value is immutable`);
        return;
    }
    if (parsed.valueFilter) {
        const ids = filterIds(parsed.valueFilter);
        if (!ids)
            throw (0, patch_errors_1.patchError)('invalidFilter', `${where}: member filters other than value eq "…" (joined by or) are not supported`);
        if (op === 'remove')
            fold.remove(ids);
        else
            fold.add(ids);
        return;
    }
    if (op === 'remove') {
        if (value === undefined || value === null)
            fold.replace([]);
        else
            fold.remove(memberIds(value));
        return;
    }
    if (value === undefined)
        throw (0, patch_errors_1.patchError)('invalidValue', `${where}: ${op} requires a value`);
    if (op === 'replace')
        fold.replace(memberIds(value));
    else
        fold.add(memberIds(value));
}
/** The ids a `members[value eq "a" or value eq "b"]` filter selects; undefined for any other filter. */
function filterIds(filter) {
    if (filter.kind === 'or') {
        const [left, right] = [filterIds(filter.left), filterIds(filter.right)];
        return left && right ? [...left, ...right] : undefined;
    }
    if (filter.kind === 'compare' && filter.op === 'eq' && (0, json_1.sameName)(filter.path.attr, 'value') && typeof filter.value === 'string') {
        return [filter.value];
    }
    return undefined;
}
/** Member ids from `[{"value":"…","display":"…"}]`, a single object, or bare id strings; 400 invalidValue for anything else. */
function memberIds(raw) {
    if (raw === null)
        return [];
    const items = Array.isArray(raw) ? raw : [raw];
    const ids = items.map((item) => {
        const id = (0, json_1.isJsonObject)(item) ? (0, json_1.readKey)(item, 'value') : item;
        if (typeof id !== 'string' || id.trim() === '') {
            throw (0, patch_errors_1.patchError)('invalidValue', `Each member must carry its id as a non-empty string value, not ${JSON.stringify(item)}`);
        }
        return id;
    });
    return [...new Set(ids)];
}
//# sourceMappingURL=group-members.js.map