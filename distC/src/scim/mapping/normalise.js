"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.normaliseResource = normaliseResource;
const coerce_1 = require("../coerce");
const errors_1 = require("../errors");
const json_1 = require("../json");
const catalogue_1 = require("../patch/catalogue");
const multi_valued_1 = require("../patch/multi-valued");
const patch_errors_1 = require("../patch/patch-errors");
const path_1 = require("../patch/path");
/**
 * A POST or PUT body (RFC 7644 §3.3, §3.5.1) as a resource with canonical names, whatever spelling
 * the client used:
 * - attribute and sub-attribute names in any case (`"Primary"`, `"Department"`), values coerced to
 *   their types (booleans as `"True"`), `manager` as a bare id (entra/02-create-user.json,
 *   entra/17-create-string-boolean-nulls.json);
 * - extension objects under any spelling of their URN (the writer role URN with or without `:User`,
 *   listed in `schemas` or not: okta/21-role-change-put.json), URN-qualified and dotted keys;
 * - explicit nulls are "no value"; a multi-valued attribute sent as null or `[]` is there, empty (a
 *   PUT's `"members": []` empties a group); unknown attributes and schema URNs are ignored, never a
 *   400 (DESIGN.md);
 * - read-only input (`meta`, `groups`, `schemas`) and the write-only `password` are dropped
 *   (okta/03-create-user.json, okta/07-put-profile-update.json); `id` is dropped on create and must
 *   equal `id` on replace, else 400 mutability (the result then holds that id).
 * The result holds no `schemas`: readers take extensions by their URN.
 */
function normaliseResource(body, catalogue, id) {
    if (!(0, json_1.isJsonObject)(body)) {
        throw new errors_1.ScimError(400, 'invalidSyntax', 'The request body must be a JSON object (Content-Type application/scim+json or application/json)');
    }
    const resource = id === undefined ? {} : { id };
    for (const [key, raw] of Object.entries(body))
        place(resource, catalogue, key, raw, null, id);
    // An extension object that received nothing is not there (`"urn:…:enterprise:2.0:User": { "manager": null }`).
    for (const extension of catalogue.extensions ?? []) {
        const held = resource[extension.id];
        if ((0, json_1.isJsonObject)(held) && Object.keys(held).length === 0)
            delete resource[extension.id];
    }
    return resource;
}
/** Puts one key of the body (or of a schema object, `scope`) where the catalogue says it belongs. */
function place(resource, catalogue, key, raw, scope, id) {
    const schema = scope === null ? (0, catalogue_1.findSchema)(catalogue, key) : undefined;
    if (schema) {
        if ((0, json_1.isJsonObject)(raw))
            for (const [inner, value] of Object.entries(raw))
                place(resource, catalogue, inner, value, schema, id);
        return;
    }
    const parsed = (0, path_1.tryParsePatchPath)(key);
    if (!parsed || parsed.valueFilter || (scope !== null && parsed.attrPath.schema !== undefined))
        return;
    const scoped = scope === null ? parsed : { ...parsed, attrPath: { ...parsed.attrPath, schema: scope.id } };
    const target = (0, path_1.resolvePatchPath)(catalogue, scoped, key, true);
    if (!target)
        return;
    const emptyList = target.attribute.multiValued && !target.subAttribute && (raw === null || (Array.isArray(raw) && raw.length === 0));
    if (!emptyList && (raw === null || raw === ''))
        return;
    if (target.extension === null && target.attribute.name === 'id' && !target.subAttribute) {
        if (id !== undefined && raw !== id)
            throw (0, patch_errors_1.patchError)('mutability', 'id is read-only and differs from the resource id');
        return;
    }
    const holder = target.extension === null ? resource : extensionObject(resource, target.extension);
    write(holder, target, raw);
}
function extensionObject(resource, extension) {
    const existing = resource[extension.id];
    if ((0, json_1.isJsonObject)(existing))
        return existing;
    const created = {};
    resource[extension.id] = created;
    return created;
}
/** Writes one coerced value; read-only and write-only attributes are skipped, empty values leave nothing. */
function write(holder, target, raw) {
    const { attribute, subAttribute } = target;
    const skipped = (m) => m === 'readOnly' || m === 'writeOnly';
    if (skipped((0, catalogue_1.mutabilityOf)(attribute)) || (subAttribute && skipped((0, catalogue_1.mutabilityOf)(subAttribute))))
        return;
    if (subAttribute) {
        // `name.givenName`: one sub-attribute of a single complex value (a list's element has no key to address).
        if (attribute.multiValued)
            return;
        const element = (0, json_1.isJsonObject)((0, json_1.readKey)(holder, attribute.name)) ? (0, json_1.readKey)(holder, attribute.name) : {};
        const value = subAttribute.multiValued ? (0, coerce_1.coerceValues)(subAttribute, raw) : (0, coerce_1.coerceSimple)(subAttribute, raw);
        (0, json_1.writeKey)(element, subAttribute.name, value);
        (0, json_1.writeKey)(holder, attribute.name, element);
        return;
    }
    if (attribute.multiValued) {
        const values = (0, coerce_1.coerceValues)(attribute, raw);
        // RFC 7643 §2.4: at most one value is primary; the last one sent wins.
        (0, multi_valued_1.enforceSinglePrimary)(attribute, values, new Set(values));
        (0, json_1.writeKey)(holder, attribute.name, values);
        return;
    }
    if (attribute.type === 'complex') {
        const value = (0, coerce_1.coerceComplex)(attribute, raw, false);
        const before = (0, json_1.readKey)(holder, attribute.name);
        const merged = { ...((0, json_1.isJsonObject)(before) ? before : {}), ...(value ?? {}) };
        (0, json_1.writeKey)(holder, attribute.name, Object.keys(merged).length > 0 ? merged : undefined);
        return;
    }
    (0, json_1.writeKey)(holder, attribute.name, (0, coerce_1.coerceSimple)(attribute, raw));
}
//# sourceMappingURL=normalise.js.map