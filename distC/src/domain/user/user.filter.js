"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.USER_STRING_COLUMNS = void 0;
exports.contactCondition = contactCondition;
exports.compileUserFilter = compileUserFilter;
const ids_1 = require("../../common/ids");
const conditions_1 = require("../query/conditions");
/** String attributes of a user that can be filtered, and how each is stored (RFC 7643 §4.1 caseExact). */
exports.USER_STRING_COLUMNS = {
    userName: { column: 'user_name', keyColumn: 'user_name_key', caseExact: false },
    externalId: { column: 'external_id', caseExact: true },
    displayName: { column: 'display_name', caseExact: false },
    nickName: { column: 'nick_name', caseExact: false },
    title: { column: 'title', caseExact: false },
    userType: { column: 'user_type', caseExact: false },
    locale: { column: 'locale', caseExact: false },
    preferredLanguage: { column: 'preferred_language', caseExact: false },
    timezone: { column: 'timezone', caseExact: false },
    profileUrl: { column: 'profile_url', caseExact: false },
    employeeNumber: { column: 'employee_number', caseExact: false },
    costCenter: { column: 'cost_center', caseExact: false },
    organization: { column: 'enterprise_organization', caseExact: false },
    division: { column: 'division', caseExact: false },
    department: { column: 'department', caseExact: false },
    managerValue: { column: 'manager_value', caseExact: false },
    idpRole: { column: 'idp_role', caseExact: false },
};
const NAME_COLUMNS = {
    formatted: 'name_formatted',
    familyName: 'name_family_name',
    givenName: 'name_given_name',
    middleName: 'name_middle_name',
    honorificPrefix: 'name_honorific_prefix',
    honorificSuffix: 'name_honorific_suffix',
};
/** The two tables above as entries, made once: every user list compiles its filter against them. */
const STRING_ENTRIES = Object.entries(exports.USER_STRING_COLUMNS);
const NAME_ENTRIES = Object.entries(NAME_COLUMNS);
function primaryConditions(filter) {
    // An element without `primary` counts as not primary.
    const col = (x) => `coalesce(${x}."primary", false)`;
    const out = [];
    if (filter.eq != null)
        out.push({ sql: (x) => `${col(x)} = ${filter.eq ? 'true' : 'false'}`, params: [] });
    if (filter.ne != null)
        out.push({ sql: (x) => `${col(x)} <> ${filter.ne ? 'true' : 'false'}`, params: [] });
    if (filter.present != null)
        out.push({ sql: (x) => `${x}."primary" is ${filter.present ? 'not ' : ''}null`, params: [] });
    return out;
}
/** One contact element filter as a condition on a `user_contacts` row. */
function contactCondition(filter) {
    const parts = [];
    if (filter.and?.length)
        parts.push((0, conditions_1.allOf)(filter.and.map(contactCondition)));
    if (filter.or?.length)
        parts.push((0, conditions_1.anyOf)(filter.or.map(contactCondition)));
    if (filter.not)
        parts.push((0, conditions_1.negation)(contactCondition(filter.not)));
    if (filter.value)
        parts.push(...(0, conditions_1.stringConditions)({ column: 'value', keyColumn: 'value_key', caseExact: false }, filter.value));
    if (filter.type)
        parts.push(...(0, conditions_1.stringConditions)({ column: 'type', caseExact: false }, filter.type));
    if (filter.display)
        parts.push(...(0, conditions_1.stringConditions)({ column: 'display', caseExact: false }, filter.display));
    if (filter.primary)
        parts.push(...primaryConditions(filter.primary));
    return (0, conditions_1.allOf)(parts);
}
function contactExists(kind, filter, scope) {
    const ofKind = (0, conditions_1.scoping)({ sql: (x) => `${x}.kind = '${kind}'`, params: [] });
    return (0, conditions_1.pointedAtBy)('user_contacts', 'user_id', scope.organizationId, (0, conditions_1.allOf)([ofKind, contactCondition(filter)]));
}
function teamConditions(filter, scope) {
    const member = (ids) => (0, conditions_1.pointedAtBy)('team_members', 'user_id', scope.organizationId, (0, conditions_1.memberOf)('team_id', ids));
    const out = [];
    if (filter.eq != null)
        out.push((0, ids_1.isUuid)(filter.eq) ? member((0, ids_1.uuidsOf)([filter.eq])) : conditions_1.NOTHING);
    if (filter.in != null)
        out.push((0, ids_1.uuidsOf)(filter.in).length ? member((0, ids_1.uuidsOf)(filter.in)) : conditions_1.NOTHING);
    if (filter.ne != null && (0, ids_1.isUuid)(filter.ne))
        out.push((0, conditions_1.negation)(member((0, ids_1.uuidsOf)([filter.ne]))));
    return out;
}
function combined(filter, scope) {
    const out = [];
    const compile = (inner) => compileUserFilter(inner, scope);
    if (filter.and?.length)
        out.push((0, conditions_1.allOf)(filter.and.map(compile)));
    if (filter.or?.length)
        out.push((0, conditions_1.anyOf)(filter.or.map(compile)));
    if (filter.not)
        out.push((0, conditions_1.negation)(compile(filter.not)));
    return out;
}
/**
 * Compiles a user filter to one SQL condition on the `users` table, the effective role as
 * `scope.roles` computes it. An empty filter holds for every row. The caller adds the tenant scope and
 * `deleted_at is null`.
 */
function compileUserFilter(filter, scope) {
    const { roles } = scope;
    const out = combined(filter, scope);
    if (filter.id)
        out.push(...(0, conditions_1.idConditions)('id', filter.id));
    for (const [key, column] of STRING_ENTRIES) {
        const condition = filter[key];
        if (condition)
            out.push(...(0, conditions_1.stringConditions)(column, condition));
    }
    for (const [key, column] of NAME_ENTRIES) {
        const condition = filter.name?.[key];
        if (condition)
            out.push(...(0, conditions_1.stringConditions)({ column, caseExact: false }, condition));
    }
    if (filter.active)
        out.push(...(0, conditions_1.booleanConditions)('active', filter.active));
    if (filter.createdAt)
        out.push(...(0, conditions_1.orderedConditions)('created_at', filter.createdAt));
    if (filter.updatedAt)
        out.push(...(0, conditions_1.orderedConditions)('updated_at', filter.updatedAt));
    if (filter.emails)
        out.push(contactExists('email', filter.emails, scope));
    if (filter.phoneNumbers)
        out.push(contactExists('phone', filter.phoneNumbers, scope));
    if (filter.teamId)
        out.push(...teamConditions(filter.teamId, scope));
    if (filter.role)
        out.push(...(0, conditions_1.enumConditions)(roles.role, filter.role));
    if (filter.roleSource)
        out.push(...(0, conditions_1.enumConditions)(roles.source, filter.roleSource));
    return (0, conditions_1.allOf)(out);
}
//# sourceMappingURL=user.filter.js.map