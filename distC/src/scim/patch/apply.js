"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyPatch = applyPatch;
exports.applyPatchOperations = applyPatchOperations;
const filter_1 = require("../filter");
const catalogue_1 = require("./catalogue");
const json_1 = require("../json");
const path_1 = require("./path");
const patch_errors_1 = require("./patch-errors");
const request_1 = require("./request");
const targets_1 = require("./targets");
/**
 * Applies a PatchOp request body (RFC 7644 §3.5.2) to `resource` and returns the new resource;
 * `resource` itself is not modified. Operations apply in order and all or none: the first failing
 * operation throws a 400 ScimError (invalidSyntax, invalidPath, invalidFilter, noTarget, invalidValue
 * or mutability) and nothing is returned.
 */
function applyPatch(resource, body, catalogue) {
    return applyPatchOperations(resource, (0, request_1.parsePatchRequest)(body), catalogue);
}
/** As `applyPatch`, for operations already validated by `parsePatchRequest`. */
function applyPatchOperations(resource, operations, catalogue) {
    const state = { resource: (0, json_1.cloneJson)(resource), catalogue, touched: new Set() };
    operations.forEach((operation, index) => applyOperation(state, operation, `Operations[${index}]`));
    syncSchemas(state);
    return state.resource;
}
function applyOperation(state, operation, where) {
    const { op, path, value } = operation;
    if (path === undefined) {
        // RFC 7644 §3.5.2.2: remove without a path has no target.
        if (op === 'remove')
            throw (0, patch_errors_1.patchError)('noTarget', `${where}: remove requires a path`);
        if (!(0, json_1.isJsonObject)(value))
            throw (0, patch_errors_1.patchError)('invalidValue', `${where}: without a path, value must be an object of attributes`);
        applyValueObject(state, op, value);
        return;
    }
    const schema = (0, catalogue_1.findSchema)(state.catalogue, path);
    if (schema) {
        applySchemaObject(state, schema, op, value, where);
        return;
    }
    const target = (0, path_1.resolvePatchPath)(state.catalogue, (0, filter_1.parsePatchPath)(path), path);
    if (op === 'remove') {
        (0, targets_1.removeTarget)(container(state, target.extension), target, value);
    }
    else {
        if (value === undefined)
            throw (0, patch_errors_1.patchError)('invalidValue', `${where}: ${op} requires a value`);
        (0, targets_1.writeTarget)(container(state, target.extension), target, op, value, 'path');
    }
    prune(state, target.extension);
}
/** A path naming a whole schema (`urn:…:enterprise:2.0:User`): its value holds that schema's attributes. */
function applySchemaObject(state, schema, op, value, where) {
    if (op === 'remove' || value === null) {
        const clear = op === 'remove' ? undefined : null;
        for (const attribute of schema.attributes)
            applyEntry(state, op, targetIn(state, schema, attribute.name), clear, 'path');
        return;
    }
    if (!(0, json_1.isJsonObject)(value))
        throw (0, patch_errors_1.patchError)('invalidValue', `${where}: the value for ${schema.id} must be an object`);
    for (const [key, raw] of Object.entries(value))
        applyEntry(state, op, targetIn(state, schema, key), raw, 'value');
}
/**
 * A path-less add/replace: each key of the value is an attribute (`active`), a dotted sub-attribute
 * (`name.givenName`), a URN-qualified attribute (`urn:…:User:employeeNumber`) or a whole schema
 * object (`{"urn:…:enterprise:2.0:User": {…}}`), merged per attribute. Unknown keys are ignored:
 * Entra sends attributes of schemas we do not serve.
 */
function applyValueObject(state, op, value) {
    for (const [key, raw] of Object.entries(value)) {
        const schema = (0, catalogue_1.findSchema)(state.catalogue, key);
        if (schema) {
            if ((0, json_1.isJsonObject)(raw) || raw === null)
                applySchemaObject(state, schema, op, raw, key);
            continue;
        }
        const parsed = (0, path_1.tryParsePatchPath)(key);
        applyEntry(state, op, parsed && (0, path_1.resolvePatchPath)(state.catalogue, parsed, key, true), raw, 'value');
    }
}
function targetIn(state, schema, key) {
    const parsed = (0, path_1.tryParsePatchPath)(key);
    if (!parsed || parsed.attrPath.schema !== undefined)
        return undefined;
    return (0, path_1.resolvePatchPath)(state.catalogue, { ...parsed, attrPath: { ...parsed.attrPath, schema: schema.id } }, key, true);
}
function applyEntry(state, op, target, raw, mode) {
    if (!target)
        return;
    if (mode === 'value' && target.extension === null && target.attribute.name === 'id' && !target.subAttribute) {
        // Okta's group rename repeats the group's own id in the value: harmless when it matches (okta/26-rename-with-id.json).
        const id = (0, json_1.readKey)(state.resource, 'id');
        if (id !== undefined && raw !== id)
            throw (0, patch_errors_1.patchError)('mutability', 'id is read-only and differs from the resource id');
        return;
    }
    const holder = container(state, target.extension);
    if (op === 'remove' || raw === undefined)
        (0, targets_1.removeTarget)(holder, target, undefined);
    else
        (0, targets_1.writeTarget)(holder, target, op, raw, mode);
    prune(state, target.extension);
}
/**
 * The object holding an extension's attributes, stored under the canonical URN: a variant key
 * (other case, or an alias such as the writer URN without `:User`) is merged into it.
 */
function container(state, extension) {
    if (!extension)
        return state.resource;
    state.touched.add(extension);
    const merged = {};
    for (const urn of (0, catalogue_1.schemaUrns)(extension)) {
        for (const key of Object.keys(state.resource).filter((k) => (0, json_1.sameName)(k, urn))) {
            const part = state.resource[key];
            if ((0, json_1.isJsonObject)(part))
                Object.assign(merged, part);
            delete state.resource[key];
        }
    }
    state.resource[extension.id] = merged;
    return merged;
}
function prune(state, extension) {
    if (!extension)
        return;
    const holder = state.resource[extension.id];
    if ((0, json_1.isJsonObject)(holder) && Object.keys(holder).length === 0)
        delete state.resource[extension.id];
}
/** Keeps `schemas` listing exactly the extensions the resource holds, for those this request touched. */
function syncSchemas(state) {
    const schemas = (0, json_1.readKey)(state.resource, 'schemas');
    if (!Array.isArray(schemas) || state.touched.size === 0)
        return;
    let next = [...schemas];
    for (const extension of state.touched) {
        const isExtension = (entry) => typeof entry === 'string' && (0, catalogue_1.schemaUrns)(extension).some((urn) => (0, json_1.sameName)(urn, entry));
        const position = next.findIndex(isExtension);
        const present = (0, json_1.isJsonObject)(state.resource[extension.id]);
        next = next.filter((entry, index) => !isExtension(entry) || (present && index === position));
        if (present && position < 0)
            next.push(extension.id);
        else if (present)
            next[next.findIndex(isExtension)] = extension.id;
    }
    (0, json_1.writeKey)(state.resource, 'schemas', next);
}
//# sourceMappingURL=apply.js.map