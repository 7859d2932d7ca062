"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.roleSql = roleSql;
const rows_1 = require("../query/rows");
const organization_entity_1 = require("../organization/organization.entity");
const team_entity_1 = require("../team/team.entity");
const team_store_1 = require("../team/team.store");
const RANK = (column) => `(case ${column} when 'ADMIN' then 2 when 'MEMBER' then 1 end)`;
function roleSql(ctx, manualOverride) {
    const organizations = (0, rows_1.tableReader)(ctx.em, organization_entity_1.Organization).table;
    const teams = (0, rows_1.tableReader)(ctx.em, team_entity_1.Team).table;
    const override = (a) => manualOverride === undefined ? `(select o.role_manual_override from ${organizations} o where o.id = ${a}.organization_id)` : manualOverride ? '1 = 1' : '1 = 0';
    const manual = (a) => `(${a}.manual_role is not null and (${override(a)} or not ${a}.provisioned_by_idp))`;
    // Aliases of their own (gm, gt), so the user's alias is never shadowed.
    const grant = (a) => `(select max(${RANK('gt.grants_role')}) from ${(0, team_store_1.membersByUser)(ctx, 'gm')} join ${teams} gt on gt.organization_id = gm.organization_id and gt.id = gm.team_id where gm.organization_id = ${a}.organization_id and gm.user_id = ${a}.id)`;
    const idp = (a) => RANK(`${a}.idp_role`);
    return {
        role: (a) => `(case when ${manual(a)} then ${a}.manual_role when ${idp(a)} = 2 or ${grant(a)} = 2 then 'ADMIN' else 'MEMBER' end)`,
        source: (a) => `(case when ${manual(a)} then 'MANUAL' when ${idp(a)} >= coalesce(${grant(a)}, 0) then 'IDP_ATTRIBUTE' when ${grant(a)} is not null then 'TEAM_GRANT' else 'DEFAULT' end)`,
    };
}
//# sourceMappingURL=user-role.sql.js.map