"use strict";
/**
 * The SCIM filter AST (RFC 7644 §3.4.2.2) and PATCH path (§3.5.2). Attribute names keep the case
 * the client wrote; compare them with `attrPathKey`, or resolve the filter against
 * a catalogue (resolve.ts) to get canonical names.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMPARE_OPS = exports.MAX_FILTER_DEPTH = exports.MAX_FILTER_LENGTH = void 0;
exports.attrPathKey = attrPathKey;
/** Longest filter text accepted, in characters. */
exports.MAX_FILTER_LENGTH = 4096;
/** Deepest nesting of parentheses, `not (…)` and `[…]` accepted. */
exports.MAX_FILTER_DEPTH = 32;
exports.COMPARE_OPS = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'];
/** A case-insensitive key for an attribute path: `urn:…:user:manager.value`, `name.givenname`. */
function attrPathKey(path) {
    const name = path.subAttr === undefined ? path.attr : `${path.attr}.${path.subAttr}`;
    return (path.schema === undefined ? name : `${path.schema}:${name}`).toLowerCase();
}
//# sourceMappingURL=ast.js.map