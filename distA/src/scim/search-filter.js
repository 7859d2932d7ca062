"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.filterForType = filterForType;
exports.assertNoSort = assertNoSort;
const errors_1 = require("./errors");
const filter_1 = require("./filter");
const knows = (catalogue, path) => {
    try {
        (0, filter_1.resolveAttrPath)(catalogue, path, { filterable: false });
        return true;
    }
    catch {
        return false;
    }
};
/**
 * A root-level filter (RFC 7644 §3.4.3: a search across resource types applies the filter to each
 * of them) for one resource type: a test of an attribute the type does not define is false, as for
 * an unassigned value, and the logic folds around it (`a or x` → `a`, `not x` → true). Attributes
 * no searched type defines are 400 invalidFilter, as on a single endpoint.
 */
function filterForType(filter, catalogue, all) {
    switch (filter.kind) {
        case 'and':
        case 'or': {
            const left = filterForType(filter.left, catalogue, all);
            const right = filterForType(filter.right, catalogue, all);
            const absorbing = filter.kind === 'or';
            if (left === absorbing || right === absorbing)
                return absorbing;
            if (typeof left === 'boolean')
                return right;
            if (typeof right === 'boolean')
                return left;
            return { kind: filter.kind, left, right };
        }
        case 'not': {
            const inner = filterForType(filter.filter, catalogue, all);
            return typeof inner === 'boolean' ? !inner : { kind: 'not', filter: inner };
        }
        default:
            if (knows(catalogue, filter.path))
                return filter;
            // No searched type defines it: fail the way a single endpoint does, naming the attribute.
            if (!all.some((other) => knows(other, filter.path)))
                (0, filter_1.resolveAttrPath)(catalogue, filter.path);
            return false;
    }
}
/** RFC 7644 §3.4.2.3 leaves sorting optional: a root search, spanning types with different attributes, does not sort. */
function assertNoSort(sortBy) {
    if (sortBy !== null)
        throw new errors_1.ScimError(400, 'invalidValue', 'sortBy is not supported when searching across resource types; search /Users/.search or /Groups/.search');
}
//# sourceMappingURL=search-filter.js.map