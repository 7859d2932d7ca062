"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_PAGE_SIZE = exports.USER_SORT_KEYS = void 0;
exports.listUsers = listUsers;
const context_1 = require("../context");
const conditions_1 = require("../query/conditions");
const paging_1 = require("../query/paging");
const user_role_sql_1 = require("./user-role.sql");
const user_filter_1 = require("./user.filter");
const user_store_1 = require("./user.store");
/**
 * Orders a user list can take; each is a column, tie-broken by id. Strings with caseExact false
 * order ignoring case (RFC 7644 §3.4.2.3): userName by its lower-cased key column (the unique
 * index), the others by `lower()` of the column; externalId is case-exact.
 */
exports.USER_SORT_KEYS = {
    userName: { name: 'userName', property: 'userNameKey', kind: 'string' },
    displayName: { name: 'displayName', property: 'displayName', kind: 'string', ignoreCase: true },
    externalId: { name: 'externalId', property: 'externalId', kind: 'string' },
    familyName: { name: 'familyName', property: 'nameFamilyName', kind: 'string', ignoreCase: true },
    givenName: { name: 'givenName', property: 'nameGivenName', kind: 'string', ignoreCase: true },
    title: { name: 'title', property: 'title', kind: 'string', ignoreCase: true },
    createdAt: { name: 'createdAt', property: 'createdAt', kind: 'date' },
    updatedAt: { name: 'updatedAt', property: 'updatedAt', kind: 'date' },
};
exports.DEFAULT_PAGE_SIZE = 100;
/**
 * One page of the organization's users (deleted users never appear) matching the filter,
 * filtered, sorted and paged in SQL, each with what `include` asks for, in the same statement.
 */
async function listUsers(ctx, request = {}, include = {}) {
    const { organizationId } = (0, context_1.tenantScope)(ctx);
    const where = (0, conditions_1.allOf)([...(0, conditions_1.equalities)({ organization_id: organizationId, deleted_at: null }), (0, user_filter_1.compileUserFilter)(request.filter ?? {}, { roles: (0, user_role_sql_1.roleSql)(ctx), organizationId })]);
    return (0, paging_1.findPage)(ctx, (0, user_store_1.userReader)(ctx, include), where, {
        ...request,
        first: request.first ?? (request.last == null ? exports.DEFAULT_PAGE_SIZE : null),
        sort: exports.USER_SORT_KEYS[request.sort ?? 'createdAt'],
        descending: request.descending ?? false,
        // The unique (organization_id, user_name_key).
        atMostOne: (0, paging_1.pinsUniqueKey)(organizationId, request.filter, 'userName'),
        narrow: (0, paging_1.pinsEquality)(request.filter, 'externalId'),
    });
}
//# sourceMappingURL=user.query.js.map