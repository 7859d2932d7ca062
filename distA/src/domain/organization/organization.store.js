"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.organizations = void 0;
exports.findOrganizationRow = findOrganizationRow;
const errors_1 = require("../../common/errors");
const conditions_1 = require("../query/conditions");
const rows_1 = require("../query/rows");
const sql_1 = require("../query/sql");
const organization_entity_1 = require("./organization.entity");
/** The organizations table, read and written with prepared statements. */
const organizations = (ctx) => (0, rows_1.tableReader)(ctx.em, organization_entity_1.Organization);
exports.organizations = organizations;
/**
 * An organization by id, whoever acts (its own users' writes read their organization's settings).
 * With `lock`, inside a transaction on PostgreSQL, the row stays locked until it ends (SQLite
 * serialises writers anyway): writes that decide from its settings then take turns.
 */
async function findOrganizationRow(ctx, id, options = {}) {
    const lock = options.lock ? (0, sql_1.rowLock)(ctx, 'update') : '';
    const [org] = await (0, rows_1.selectWhere)(ctx, (0, exports.organizations)(ctx), (0, conditions_1.allOf)((0, conditions_1.equalities)({ id })), lock);
    if (!org)
        throw (0, errors_1.notFound)('Organization', id);
    return org;
}
//# sourceMappingURL=organization.store.js.map