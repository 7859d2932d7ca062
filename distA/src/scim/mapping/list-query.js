"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.listQueryOf = listQueryOf;
exports.orderByFor = orderByFor;
exports.listVariables = listVariables;
const errors_1 = require("../errors");
const filter_1 = require("../filter");
const attr_path_1 = require("../filter/attr-path");
/** The filter of a list request resolved against a resource's schema (400 invalidFilter when it does not fit). */
function listQueryOf(catalogue, request) {
    const filter = request.filter === null ? null : (0, filter_1.resolveFilter)((0, filter_1.parseFilter)(request.filter), catalogue);
    return { filter, sortBy: request.sortBy, descending: request.descending };
}
/** GraphQL `…OrderInput` for `sortBy`/`sortOrder`; null (creation time, then id) when no sortBy is given. */
function orderByFor(shape, query) {
    if (query.sortBy === null)
        return null;
    const path = (0, attr_path_1.readAttrPath)(query.sortBy.trim());
    if (!path)
        throw new errors_1.ScimError(400, 'invalidValue', `sortBy "${query.sortBy}" is not an attribute name`);
    const resolved = (0, filter_1.resolveAttrPath)(shape.catalogue, path, { filterable: false, scimType: 'invalidValue' });
    const field = shape.sortFields[(0, filter_1.attrPathKey)(resolved.path)];
    if (!field)
        throw new errors_1.ScimError(400, 'invalidValue', `${shape.resource} cannot be sorted by "${(0, filter_1.formatAttrPath)(path)}"; sortBy may be one of ${shape.sortable}`);
    return { field, direction: query.descending ? 'DESC' : 'ASC' };
}
/** A list query as one resource type's GraphQL `filter` and `orderBy` variables. */
function listVariables(shape, query) {
    return { filter: query.filter === null ? null : shape.toInput(query.filter), orderBy: orderByFor(shape, query) };
}
//# sourceMappingURL=list-query.js.map