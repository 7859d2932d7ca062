"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.USER_FIELDS = void 0;
exports.inputFieldName = inputFieldName;
exports.emptyState = emptyState;
exports.stateOfUser = stateOfUser;
exports.applyInput = applyInput;
const errors_1 = require("../../common/errors");
const roles_1 = require("../roles");
/** The stored attributes of a user: entity columns plus the ordered contact lists. */
exports.USER_FIELDS = [
    'userName', 'externalId', 'nameFormatted', 'nameFamilyName', 'nameGivenName', 'nameMiddleName',
    'nameHonorificPrefix', 'nameHonorificSuffix', 'displayName', 'nickName', 'profileUrl', 'title',
    'userType', 'preferredLanguage', 'locale', 'timezone', 'active', 'ims', 'photos', 'addresses',
    'entitlements', 'roles', 'x509Certificates', 'employeeNumber', 'costCenter', 'enterpriseOrganization',
    'division', 'department', 'managerValue', 'managerDisplayName', 'idpRole',
];
const NAME_FIELDS = {
    formatted: 'nameFormatted',
    familyName: 'nameFamilyName',
    givenName: 'nameGivenName',
    middleName: 'nameMiddleName',
    honorificPrefix: 'nameHonorificPrefix',
    honorificSuffix: 'nameHonorificSuffix',
};
const ENTERPRISE_FIELDS = {
    employeeNumber: 'employeeNumber',
    costCenter: 'costCenter',
    organization: 'enterpriseOrganization',
    division: 'division',
    department: 'department',
};
/**
 * The name a client sees for a stored field: `nameGivenName` is `name.givenName`, `costCenter`
 * is `enterprise.costCenter`, the manager's columns are `enterprise.manager`; others as they are.
 */
function inputFieldName(field) {
    const named = Object.entries(NAME_FIELDS).find(([, to]) => to === field);
    if (named)
        return `name.${named[0]}`;
    const enterprise = Object.entries(ENTERPRISE_FIELDS).find(([, to]) => to === field);
    if (enterprise)
        return `enterprise.${enterprise[0]}`;
    return field === 'managerValue' || field === 'managerDisplayName' ? 'enterprise.manager' : field;
}
const SCALARS = [
    'externalId', 'displayName', 'nickName', 'profileUrl', 'title', 'userType', 'preferredLanguage', 'locale', 'timezone', 'idpRole',
];
const MULTI_VALUE_KEYS = ['value', 'display', 'type', 'primary'];
const ADDRESS_KEYS = ['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country', 'type', 'primary'];
/** Multi-valued attributes kept as JSON, with the sub-attributes each element may hold. */
const JSON_LISTS = {
    ims: MULTI_VALUE_KEYS,
    photos: MULTI_VALUE_KEYS,
    entitlements: MULTI_VALUE_KEYS,
    roles: MULTI_VALUE_KEYS,
    x509Certificates: MULTI_VALUE_KEYS,
    addresses: ADDRESS_KEYS,
};
/** A state with nothing set: the base a replace (PUT) starts from. */
function emptyState(userName, active) {
    const fields = Object.fromEntries(exports.USER_FIELDS.map((f) => [f, null]));
    return { fields: { ...fields, userName, active }, emails: [], phoneNumbers: [] };
}
/** The current state of a stored user, with its contacts in written order. */
function stateOfUser(user, contacts) {
    const fields = Object.fromEntries(exports.USER_FIELDS.map((f) => [f, user[f]]));
    for (const [key, keys] of Object.entries(JSON_LISTS)) {
        fields[key] = multiValues(fields[key], keys);
    }
    const list = (kind) => contacts
        .filter((c) => c.kind === kind)
        .sort((a, b) => a.position - b.position)
        .map((c) => pick(c, CONTACT_KEYS));
    return { fields, emails: list('email'), phoneNumbers: list('phone') };
}
const CONTACT_KEYS = ['value', 'type', 'primary', 'display'];
/**
 * The sub-attributes `keys` of `value` that are set, in that order: stored JSON holds exactly
 * what was written, and compares equal whatever key order the database returns (jsonb sorts).
 */
function pick(value, keys) {
    const source = value;
    return Object.fromEntries(keys.filter((k) => source[k] !== null && source[k] !== undefined).map((k) => [k, source[k]]));
}
function userName(value) {
    const name = typeof value === 'string' ? value.trim() : '';
    if (!name)
        throw new errors_1.DomainError('BAD_USER_INPUT', 'userName must not be empty', { field: 'userName' });
    return name;
}
/** RFC 7643 §2.4: at most one primary; DESIGN: emails have exactly one primary when any. */
function contacts(list, field) {
    const values = (list ?? []).map((c) => pick(c, CONTACT_KEYS));
    if (values.filter((c) => c.primary === true).length > 1) {
        throw new errors_1.DomainError('BAD_USER_INPUT', `Only one of ${field} may be primary`, { field });
    }
    if (field === 'emails' && values.length > 0 && !values.some((c) => c.primary === true))
        values[0].primary = true;
    return values;
}
const multiValues = (list, keys) => list && list.length > 0 ? list.map((v) => pick(v, keys)) : null;
/** Applies `input` on top of `base`; see `UserPatch` for the merge rules. */
function applyInput(base, input) {
    const fields = { ...base.fields };
    if (input.userName !== undefined)
        fields.userName = userName(input.userName);
    for (const key of SCALARS)
        if (input[key] !== undefined)
            fields[key] = input[key] ?? null;
    if (input.active != null)
        fields.active = input.active;
    if (fields.idpRole !== null && !roles_1.ORG_ROLES.includes(fields.idpRole)) {
        throw new errors_1.DomainError('BAD_USER_INPUT', `idpRole must be one of ${roles_1.ORG_ROLES.join(', ')}`, { field: 'idpRole' });
    }
    for (const [key, keys] of Object.entries(JSON_LISTS)) {
        if (input[key] !== undefined)
            fields[key] = multiValues(input[key], keys);
    }
    if (input.name !== undefined) {
        for (const [from, to] of Object.entries(NAME_FIELDS)) {
            if (input.name === null || input.name[from] !== undefined)
                fields[to] = input.name?.[from] ?? null;
        }
    }
    if (input.enterprise !== undefined) {
        const ext = input.enterprise;
        for (const [from, to] of Object.entries(ENTERPRISE_FIELDS)) {
            if (ext === null || ext[from] !== undefined)
                fields[to] = ext?.[from] ?? null;
        }
        const manager = ext === null ? null : ext.manager;
        if (manager === null || manager?.value !== undefined)
            fields.managerValue = manager?.value ?? null;
        if (manager === null || manager?.displayName !== undefined)
            fields.managerDisplayName = manager?.displayName ?? null;
    }
    return {
        fields,
        emails: input.emails !== undefined ? contacts(input.emails, 'emails') : base.emails,
        phoneNumbers: input.phoneNumbers !== undefined ? contacts(input.phoneNumbers, 'phoneNumbers') : base.phoneNumbers,
    };
}
//# sourceMappingURL=user.input.js.map