"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TEAM_SORTS = void 0;
exports.teamFilterCondition = teamFilterCondition;
exports.listTeams = listTeams;
const context_1 = require("../context");
const conditions_1 = require("../query/conditions");
const paging_1 = require("../query/paging");
const rows_1 = require("../query/rows");
const team_entity_1 = require("./team.entity");
exports.TEAM_SORTS = {
    displayName: { name: 'displayName', property: 'displayNameKey', kind: 'string' },
    externalId: { name: 'externalId', property: 'externalId', kind: 'string' },
    createdAt: { name: 'createdAt', property: 'createdAt', kind: 'date' },
    updatedAt: { name: 'updatedAt', property: 'updatedAt', kind: 'date' },
};
function roleConditions(cond) {
    const out = (0, conditions_1.stringConditions)({ column: 'grants_role', caseExact: true }, { eq: cond.eq, ne: cond.ne });
    if (cond.in != null)
        out.push((0, conditions_1.memberOf)('grants_role', cond.in));
    if (cond.present != null)
        out.push(...(0, conditions_1.stringConditions)({ column: 'grants_role', caseExact: true }, { present: cond.present }));
    return out;
}
function membersConditions(cond) {
    const out = [];
    const join = (outer) => `x.team_id = ${outer}.id`;
    if (cond.value)
        out.push((0, conditions_1.existsCondition)('team_members', join, (0, conditions_1.allOf)((0, conditions_1.idConditions)('user_id', cond.value))));
    if (cond.present != null) {
        const exists = (0, conditions_1.existsCondition)('team_members', join);
        out.push(cond.present ? exists : (0, conditions_1.negation)(exists));
    }
    return out;
}
/** The SQL-side condition of a team filter. */
function teamFilterCondition(filter) {
    const out = [];
    if (filter.and?.length)
        out.push((0, conditions_1.allOf)(filter.and.map(teamFilterCondition)));
    if (filter.or?.length)
        out.push((0, conditions_1.anyOf)(filter.or.map(teamFilterCondition)));
    if (filter.not)
        out.push((0, conditions_1.negation)(teamFilterCondition(filter.not)));
    if (filter.id)
        out.push(...(0, conditions_1.idConditions)('id', filter.id));
    if (filter.displayName) {
        out.push(...(0, conditions_1.stringConditions)({ column: 'display_name', keyColumn: 'display_name_key', caseExact: false }, filter.displayName));
    }
    if (filter.externalId)
        out.push(...(0, conditions_1.stringConditions)({ column: 'external_id', caseExact: true }, filter.externalId));
    if (filter.grantsRole)
        out.push(...roleConditions(filter.grantsRole));
    if (filter.createdAt)
        out.push(...(0, conditions_1.orderedConditions)('created_at', filter.createdAt));
    if (filter.updatedAt)
        out.push(...(0, conditions_1.orderedConditions)('updated_at', filter.updatedAt));
    if (filter.version)
        out.push(...(0, conditions_1.orderedConditions)('version', filter.version));
    if (filter.members)
        out.push(...membersConditions(filter.members));
    return (0, conditions_1.allOf)(out);
}
/** A page of the teams the actor may see, filtered, sorted and paged in SQL. */
async function listTeams(ctx, query) {
    const { organizationId } = (0, context_1.tenantScope)(ctx);
    const where = (0, conditions_1.allOf)([...(0, conditions_1.equalities)({ organization_id: organizationId }), ...(query.filter ? [teamFilterCondition(query.filter)] : [])]);
    return (0, paging_1.findPage)(ctx, (0, rows_1.tableReader)(ctx.em, team_entity_1.Team), where, {
        ...query,
        sort: exports.TEAM_SORTS[query.sort ?? 'createdAt'],
        descending: query.descending ?? false,
        // The unique (organization_id, display_name_key).
        atMostOne: (0, paging_1.pinsUniqueKey)(organizationId, query.filter, 'displayName'),
        narrow: (0, paging_1.pinsEquality)(query.filter, 'externalId'),
    });
}
//# sourceMappingURL=team.query.js.map