"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.groupListVariables = void 0;
const to_graphql_1 = require("../filter/to-graphql");
const schemas_1 = require("../schemas");
const list_query_1 = require("./list-query");
const GROUPS = {
    resource: 'Groups',
    catalogue: schemas_1.GROUP_CATALOGUE,
    sortFields: {
        displayname: 'DISPLAY_NAME',
        externalid: 'EXTERNAL_ID',
        'meta.created': 'CREATED_AT',
        'meta.lastmodified': 'UPDATED_AT',
    },
    sortable: 'displayName, externalId, meta.created, meta.lastModified',
    toInput: to_graphql_1.toGroupFilterInput,
};
/** A list query on Groups as the `filter` and `orderBy` of `teams`. */
const groupListVariables = (query) => (0, list_query_1.listVariables)(GROUPS, query);
exports.groupListVariables = groupListVariables;
//# sourceMappingURL=group-list.js.map