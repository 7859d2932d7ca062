"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.subAttrOf = void 0;
exports.tryParsePatchPath = tryParsePatchPath;
exports.resolvePatchPath = resolvePatchPath;
const filter_1 = require("../filter");
const catalogue_1 = require("./catalogue");
const patch_errors_1 = require("./patch-errors");
const invalidPath = (path, why) => (0, patch_errors_1.patchError)('invalidPath', `Invalid PATCH path "${path}": ${why}`);
/** The path's sub-attribute: `name.givenName` and `emails[type eq "work"].value` carry it in different places. */
const subAttrOf = (path) => path.attrPath.subAttr ?? path.subAttr;
exports.subAttrOf = subAttrOf;
/** Parses a path-less value's key as a PATCH path, or returns undefined when it is not one. */
function tryParsePatchPath(key) {
    try {
        return (0, filter_1.parsePatchPath)(key);
    }
    catch {
        return undefined;
    }
}
/**
 * Resolves a parsed path. A path naming an attribute or schema the catalogue does not define
 * answers 400 invalidPath: RFC 7644 §3.5.2 Table 9 reserves `noTarget` for a well-formed path whose
 * filter matches no value, while a path outside the schema is "invalid" (§3.5.2, Table 9 invalidPath)
 * and can never yield a target. Returns undefined instead when `lenient` (path-less value keys,
 * where unknown attributes are ignored).
 */
function resolvePatchPath(catalogue, parsed, source, lenient = false) {
    const fail = (why) => {
        if (lenient)
            return undefined;
        throw invalidPath(source, why);
    };
    const { attrPath, valueFilter: filter } = parsed;
    const schema = attrPath.schema === undefined ? catalogue.core : (0, catalogue_1.findSchema)(catalogue, attrPath.schema);
    if (!schema)
        return fail(`unknown schema ${attrPath.schema}`);
    const extension = schema === catalogue.core ? null : schema;
    const attribute = extension ? (0, catalogue_1.findAttribute)(extension.attributes, attrPath.attr) : (0, catalogue_1.findCoreAttribute)(catalogue, attrPath.attr);
    if (!attribute)
        return fail(`unknown attribute ${attrPath.attr}`);
    if (filter && !(0, catalogue_1.isMultiValuedComplex)(attribute))
        return fail(`${attribute.name} is not a multi-valued complex attribute`);
    const subAttr = (0, exports.subAttrOf)(parsed);
    if (subAttr === undefined)
        return { extension, attribute, filter };
    const subAttribute = (0, catalogue_1.findAttribute)(attribute.subAttributes, subAttr);
    if (!subAttribute)
        return fail(`unknown sub-attribute ${attribute.name}.${subAttr}`);
    return { extension, attribute, filter, subAttribute };
}
//# sourceMappingURL=path.js.map