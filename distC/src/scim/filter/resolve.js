"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveFilter = resolveFilter;
const attr_path_1 = require("./attr-path");
const catalogue_1 = require("./catalogue");
const tokenizer_1 = require("./tokenizer");
const errors_1 = require("../errors");
const values_1 = require("./values");
const fail = (detail) => {
    throw new errors_1.ScimError(400, 'invalidFilter', detail);
};
const VALUE = 'value';
/**
 * RFC 7644 §3.4.2.2: a multi-valued attribute without a sub-attribute means its `value`
 * (`emails co "x"` = `emails.value co "x"`). Applied as well to a single-valued complex attribute
 * that has a `value`, since Entra filters with `manager eq "…"` (entra/15-filter-id-and-manager.json).
 * A complex attribute without one (`name`, `meta`) is only `pr`: it is present when any of its
 * sub-attributes is, which the translation spells out (to-graphql.ts).
 */
function leaf(catalogue, path, present) {
    const resolved = (0, catalogue_1.resolveAttrPath)(catalogue, path);
    if (resolved.attribute.type !== 'complex')
        return resolved;
    if (!resolved.attribute.subAttributes?.some((sub) => sub.name.toLowerCase() === VALUE)) {
        if (present)
            return resolved;
        const example = resolved.attribute.subAttributes?.[0]?.name;
        return fail(`The attribute ${(0, tokenizer_1.quote)((0, attr_path_1.formatAttrPath)(path))} is complex: filter on a sub-attribute${example ? `, such as "${resolved.attribute.name}.${example}"` : ''}`);
    }
    return (0, catalogue_1.resolveAttrPath)(catalogue, { ...path, subAttr: VALUE });
}
/** Resolves the leaves of a filter; `within` is the complex attribute of an enclosing `[…]`. */
function resolveNode(filter, catalogue, within) {
    switch (filter.kind) {
        case 'and':
        case 'or':
            return { kind: filter.kind, left: resolveNode(filter.left, catalogue, within), right: resolveNode(filter.right, catalogue, within) };
        case 'not':
            return { kind: 'not', filter: resolveNode(filter.filter, catalogue, within) };
        case 'valuePath': {
            const resolved = (0, catalogue_1.resolveAttrPath)(catalogue, filter.path);
            const shown = (0, attr_path_1.formatAttrPath)(filter.path);
            if (resolved.attribute.type !== 'complex')
                fail(`The attribute ${(0, tokenizer_1.quote)(shown)} has no sub-attributes to filter with "[…]"`);
            const inner = resolveNode(filter.filter, catalogue, { attribute: resolved.attribute, shown });
            return { kind: 'valuePath', path: resolved.path, filter: inner, attribute: resolved.attribute };
        }
        case 'present':
        case 'compare': {
            const { path, attribute, shown } = within ? insideValuePath(filter.path, within) : { ...leaf(catalogue, filter.path, filter.kind === 'present'), shown: (0, attr_path_1.formatAttrPath)(filter.path) };
            if (filter.kind === 'present')
                return { kind: 'present', path, attribute };
            return { kind: 'compare', path, op: filter.op, value: (0, values_1.checkComparison)(attribute, shown, filter.op, filter.value), attribute };
        }
    }
}
/** A path inside `attr[…]` names a sub-attribute of `attr`. */
function insideValuePath(path, within) {
    const shown = `${within.shown}.${path.attr}`;
    const attribute = (0, catalogue_1.resolveSubAttribute)(within.attribute, path.attr, shown);
    return { path: { attr: attribute.name }, attribute, shown };
}
/**
 * Checks a parsed filter against a resource's attribute catalogue (RFC 7644 §3.4.2.2): unknown or
 * non-filterable attributes, operators the type does not admit (no gt/ge/lt/le on booleans) and values
 * of the wrong type (dateTime must be an instant) are ScimError 400 `invalidFilter` naming the attribute.
 */
function resolveFilter(filter, catalogue) {
    return resolveNode(filter, catalogue);
}
//# sourceMappingURL=resolve.js.map