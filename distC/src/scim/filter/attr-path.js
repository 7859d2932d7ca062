"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isAttrName = isAttrName;
exports.readAttrPath = readAttrPath;
exports.formatAttrPath = formatAttrPath;
/** RFC 7643 §2.1 ATTRNAME (`ALPHA *(nameChar)`), plus `$ref`, which SCIM uses as a sub-attribute name. */
const ATTR_NAME = /^(?:[A-Za-z][A-Za-z0-9_-]*|\$ref)$/i;
/** `urn:<nid>:<nss…>`: the schema URN prefix of a qualified attribute (RFC 7644 §3.10). */
const SCHEMA_URN = /^urn:[A-Za-z0-9][A-Za-z0-9-]*(?::[A-Za-z0-9._-]+)+$/i;
function isAttrName(text) {
    return ATTR_NAME.test(text);
}
/**
 * Reads `[urn:…:]attr[.subAttr]`, or returns null when the text is not one. The URN is
 * everything before the last colon (RFC 7644 §3.10), so `urn:…:enterprise:2.0:User:manager.value`
 * is schema `urn:…:enterprise:2.0:user`, attr `manager`, subAttr `value`, and the custom
 * `urn:custom:…:writer:2.0:role` (written without `:User`) reads just as well.
 */
function readAttrPath(text) {
    let schema;
    let rest = text;
    if (/^urn:/i.test(text)) {
        const colon = text.lastIndexOf(':');
        schema = text.slice(0, colon);
        if (!SCHEMA_URN.test(schema))
            return null;
        rest = text.slice(colon + 1);
    }
    const parts = rest.split('.');
    if (parts.length > 2 || !parts.every(isAttrName))
        return null;
    const path = { attr: parts[0] };
    if (schema !== undefined)
        path.schema = schema.toLowerCase();
    if (parts.length === 2)
        path.subAttr = parts[1];
    return path;
}
/** `[schema:]attr[.subAttr]` as SCIM writes it. */
function formatAttrPath(path) {
    const name = path.subAttr === undefined ? path.attr : `${path.attr}.${path.subAttr}`;
    return path.schema === undefined ? name : `${path.schema}:${name}`;
}
//# sourceMappingURL=attr-path.js.map