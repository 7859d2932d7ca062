"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatFilter = formatFilter;
exports.formatPatchPath = formatPatchPath;
const attr_path_1 = require("./attr-path");
const PRECEDENCE = { or: 1, and: 2 };
function precedence(filter) {
    return filter.kind === 'and' || filter.kind === 'or' ? PRECEDENCE[filter.kind] : 3;
}
function formatValue(value) {
    if (typeof value === 'number' && Object.is(value, -0))
        return '-0';
    return JSON.stringify(value);
}
/**
 * A filter as canonical SCIM text: lower-case operators, JSON values, and parentheses only where
 * precedence needs them, so `parseFilter(formatFilter(f))` gives back `f`. Also fit for logs.
 */
function formatFilter(filter) {
    switch (filter.kind) {
        case 'compare':
            return `${(0, attr_path_1.formatAttrPath)(filter.path)} ${filter.op} ${formatValue(filter.value)}`;
        case 'present':
            return `${(0, attr_path_1.formatAttrPath)(filter.path)} pr`;
        case 'not':
            return `not (${formatFilter(filter.filter)})`;
        case 'valuePath':
            return `${(0, attr_path_1.formatAttrPath)(filter.path)}[${formatFilter(filter.filter)}]`;
        case 'and':
        case 'or': {
            const own = PRECEDENCE[filter.kind];
            // Left-associative: the left side needs parentheses only when it binds looser, the right one also when equal.
            const left = precedence(filter.left) < own ? `(${formatFilter(filter.left)})` : formatFilter(filter.left);
            const right = precedence(filter.right) <= own ? `(${formatFilter(filter.right)})` : formatFilter(filter.right);
            return `${left} ${filter.kind} ${right}`;
        }
    }
}
/** A PATCH path as text, the inverse of `parsePatchPath`. */
function formatPatchPath(path) {
    const filter = path.valueFilter === undefined ? '' : `[${formatFilter(path.valueFilter)}]`;
    const subAttr = path.subAttr === undefined ? '' : `.${path.subAttr}`;
    return `${(0, attr_path_1.formatAttrPath)(path.attrPath)}${filter}${subAttr}`;
}
//# sourceMappingURL=format.js.map