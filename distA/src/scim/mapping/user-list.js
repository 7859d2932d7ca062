"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.userListVariables = void 0;
const to_graphql_1 = require("../filter/to-graphql");
const schemas_1 = require("../schemas");
const list_query_1 = require("./list-query");
const USERS = {
    resource: 'Users',
    catalogue: schemas_1.USER_CATALOGUE,
    sortFields: {
        username: 'USER_NAME',
        displayname: 'DISPLAY_NAME',
        externalid: 'EXTERNAL_ID',
        'name.familyname': 'FAMILY_NAME',
        'name.givenname': 'GIVEN_NAME',
        title: 'TITLE',
        'meta.created': 'CREATED_AT',
        'meta.lastmodified': 'UPDATED_AT',
    },
    sortable: 'userName, displayName, externalId, name.familyName, name.givenName, title, meta.created, meta.lastModified',
    toInput: to_graphql_1.toUserFilterInput,
};
/** A list query on Users as the `filter` and `orderBy` of `users`. */
const userListVariables = (query) => (0, list_query_1.listVariables)(USERS, query);
exports.userListVariables = userListVariables;
//# sourceMappingURL=user-list.js.map