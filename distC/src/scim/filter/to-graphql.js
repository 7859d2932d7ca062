"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GROUP_FILTER_TABLE = exports.USER_FILTER_TABLE = void 0;
exports.translateFilter = translateFilter;
exports.toUserFilterInput = toUserFilterInput;
exports.toGroupFilterInput = toGroupFilterInput;
const errors_1 = require("../errors");
const schemas_1 = require("../schemas");
const ast_1 = require("./ast");
const attr_path_1 = require("./attr-path");
const fail = (detail) => {
    throw new errors_1.ScimError(400, 'invalidFilter', detail);
};
/** Nests `condition` under the fields of `path`: `['name', 'givenName']` → `{ name: { givenName: condition } }`. */
function nest(path, condition) {
    return path.reduceRight((inner, field) => ({ [field]: inner }), condition);
}
/** `attr op value` as the condition object of one field kind; null when the kind has no such operator. */
function condition(kind, op, value, caseExact) {
    // RFC 7644 §3.4.2.2: `eq null` / `ne null` test for an unassigned value.
    if (value === null)
        return kind === 'id' ? null : { present: op !== 'eq' };
    switch (kind) {
        case 'string':
            return { [op]: value, caseExact };
        case 'boolean':
            return op === 'eq' || op === 'ne' ? { [op]: value } : null;
        case 'dateTime':
            return ['eq', 'ne', 'gt', 'ge', 'lt', 'le'].includes(op) ? { [op]: value } : null;
        case 'id':
            return op === 'eq' || op === 'ne' ? { [op]: value } : null;
    }
}
function lookupIn(table, prefix) {
    return (path) => {
        const key = prefix === undefined ? (0, ast_1.attrPathKey)(path) : `${prefix}.${(0, ast_1.attrPathKey)(path)}`;
        const shown = prefix === undefined ? (0, attr_path_1.formatAttrPath)(path) : `${prefix}.${(0, attr_path_1.formatAttrPath)(path)}`;
        const field = table.fields[key];
        if (!field)
            return fail(`Attribute "${shown}" cannot be used in a filter`);
        if (prefix === undefined)
            return { field, shown };
        return { field: { ...field, path: field.path.slice(1), ...(field.presentAt ? { presentAt: field.presentAt.slice(1) } : {}) }, shown };
    };
}
/** `a and (b and c)` → `[a, b, c]`: one input list per run of the same operator. */
function flatten(filter, kind) {
    return filter.kind === kind ? [...flatten(filter.left, kind), ...flatten(filter.right, kind)] : [filter];
}
function translate(filter, table, lookup, inValuePath) {
    switch (filter.kind) {
        case 'and':
        case 'or':
            return { [filter.kind]: flatten(filter, filter.kind).map((part) => translate(part, table, lookup, inValuePath)) };
        case 'not':
            return { not: translate(filter.filter, table, lookup, inValuePath) };
        case 'valuePath': {
            const key = (0, ast_1.attrPathKey)(filter.path);
            const field = inValuePath ? undefined : table.valuePaths?.[key];
            if (!field)
                return fail(`"${(0, attr_path_1.formatAttrPath)(filter.path)}[…]" cannot be used in a filter`);
            return { [field]: translate(filter.filter, table, lookupIn(table, key), true) };
        }
        case 'present': {
            if (filter.attribute.type === 'complex')
                return presentAny(filter, table, lookup, inValuePath);
            const { field } = lookup(filter.path);
            if (field.presentAt)
                return nest(field.presentAt, true);
            // Every resource has an id and a meta: `pr` holds for all, which is the empty filter.
            return field.kind === 'id' || field.compile ? {} : nest(field.path, { present: true });
        }
        case 'compare': {
            const { field, shown } = lookup(filter.path);
            if (field.compile)
                return field.compile(filter.op, filter.value) ?? fail(`The operator "${filter.op}" cannot be used with the attribute "${shown}"`);
            const built = condition(field.kind, filter.op, filter.value, filter.attribute.caseExact === true);
            if (!built)
                return fail(`The operator "${filter.op}" cannot be used with the attribute "${shown}"`);
            return nest(field.path, built);
        }
    }
}
/**
 * `attr pr` on a complex attribute (`name`, `meta`): RFC 7644 §3.4.2.2 has it match "if it contains
 * a non-empty node", so it is `attr.sub pr` for any sub-attribute the table can filter; one
 * present on every resource (`meta.created`) makes it hold for all.
 */
function presentAny(filter, table, lookup, inValuePath) {
    const key = (0, ast_1.attrPathKey)(filter.path);
    const parts = (filter.attribute.subAttributes ?? [])
        .filter((sub) => sub.filterable && table.fields[`${key}.${sub.name.toLowerCase()}`])
        .map((sub) => translate({ kind: 'present', path: { ...filter.path, subAttr: sub.name }, attribute: sub }, table, lookup, inValuePath));
    if (parts.length === 0)
        return fail(`Attribute "${(0, attr_path_1.formatAttrPath)(filter.path)}" cannot be used in a filter`);
    return parts.some((part) => Object.keys(part).length === 0) ? {} : { or: parts };
}
/** Translates a resolved filter with a resource's table; attributes the table lacks are 400 invalidFilter naming them. */
function translateFilter(filter, table) {
    return translate(filter, table, lookupIn(table), false);
}
const ENTERPRISE = schemas_1.ENTERPRISE_USER.toLowerCase();
const ROLE = schemas_1.ROLE_EXTENSION.toLowerCase();
const text = (...path) => ({ path, kind: 'string' });
/** Matches no resource: an id list with nothing in it. */
const NONE = { id: { in: [] } };
/** `meta.resourceType` (RFC 7643 §3.1; case-exact): `eq` the type's name holds for all, any other for none; `ne` the reverse. */
function resourceTypeField(resourceType) {
    return {
        path: [],
        kind: 'string',
        compile: (op, value) => {
            if (op !== 'eq' && op !== 'ne')
                return null;
            return (value === resourceType) === (op === 'eq') ? {} : NONE;
        },
    };
}
/** `meta.location` (RFC 7643 §3.1: the resource's URI; case-exact): `eq` a URL ending in `/<endpoint>/<id>` is `id eq`; `ne` its negation. */
function locationField(endpoint) {
    return {
        path: [],
        kind: 'string',
        compile: (op, value) => {
            if (op !== 'eq' && op !== 'ne')
                return null;
            const match = typeof value === 'string' ? new RegExp(`/${endpoint}/([^/?#]+)$`).exec(value) : null;
            const same = match ? { id: { eq: match[1] } } : NONE;
            return op === 'eq' ? same : { not: same };
        },
    };
}
/** The version number an ETag names: `W/"3"`, `"3"` and `3` all name 3 (the attribute is a string). */
function versionOf(value) {
    const match = typeof value === 'string' ? /^(?:W\/)?"?(\d{1,9})"?$/.exec(value.trim()) : null;
    return match ? Number(match[1]) : null;
}
/**
 * `meta.version` (RFC 7643 §3.1: the resource's ETag) compared with the version number. Only
 * `eq`/`ne` apply; a value that is no version is 400 invalidFilter.
 */
const VERSION_FIELD = {
    path: [],
    kind: 'string',
    compile: (op, value) => {
        if (op !== 'eq' && op !== 'ne')
            return null;
        const version = versionOf(value);
        if (version === null)
            return fail('meta.version takes an ETag such as W/"3"');
        return { version: { [op]: version } };
    },
};
/** SCIM User attributes (DESIGN.md "Filterable user attributes") → GraphQL `UserFilterInput`. */
exports.USER_FILTER_TABLE = {
    fields: {
        id: { path: ['id'], kind: 'id' },
        externalid: text('externalId'),
        username: text('userName'),
        displayname: text('displayName'),
        nickname: text('nickName'),
        title: text('title'),
        usertype: text('userType'),
        locale: text('locale'),
        active: { path: ['active'], kind: 'boolean' },
        'name.formatted': text('name', 'formatted'),
        'name.familyname': text('name', 'familyName'),
        'name.givenname': text('name', 'givenName'),
        'name.middlename': text('name', 'middleName'),
        'name.honorificprefix': text('name', 'honorificPrefix'),
        'name.honorificsuffix': text('name', 'honorificSuffix'),
        'emails.value': text('emails', 'value'),
        'emails.type': text('emails', 'type'),
        'emails.display': text('emails', 'display'),
        'emails.primary': { path: ['emails', 'primary'], kind: 'boolean' },
        'phonenumbers.value': text('phoneNumbers', 'value'),
        'meta.created': { path: ['createdAt'], kind: 'dateTime' },
        'meta.lastmodified': { path: ['updatedAt'], kind: 'dateTime' },
        'meta.resourcetype': resourceTypeField('User'),
        'meta.location': locationField('Users'),
        [`${ENTERPRISE}:employeenumber`]: text('employeeNumber'),
        [`${ENTERPRISE}:costcenter`]: text('costCenter'),
        [`${ENTERPRISE}:organization`]: text('organization'),
        [`${ENTERPRISE}:division`]: text('division'),
        [`${ENTERPRISE}:department`]: text('department'),
        [`${ENTERPRISE}:manager.value`]: text('managerValue'),
        [`${ROLE}:role`]: text('idpRole'),
    },
    valuePaths: { emails: 'emails', phonenumbers: 'phoneNumbers' },
};
/** A resolved User filter as GraphQL `UserFilterInput`. */
function toUserFilterInput(filter) {
    return asInput(translateFilter(filter, exports.USER_FILTER_TABLE));
}
/**
 * SCIM Group attributes (DESIGN.md: `id`, `externalId`, `displayName`, `members` / `members.value`,
 * `meta.*`) → GraphQL `TeamFilterInput`. `displayName eq` compares case-insensitively (caseExact
 * false); `members[value eq "…"]` and `members.value eq "…"` test for some member, in SQL.
 */
exports.GROUP_FILTER_TABLE = {
    fields: {
        id: { path: ['id'], kind: 'id' },
        externalid: text('externalId'),
        displayname: text('displayName'),
        'members.value': { path: ['members', 'value'], kind: 'id', presentAt: ['members', 'present'] },
        'meta.created': { path: ['createdAt'], kind: 'dateTime' },
        'meta.lastmodified': { path: ['updatedAt'], kind: 'dateTime' },
        'meta.resourcetype': resourceTypeField('Group'),
        'meta.location': locationField('Groups'),
        'meta.version': VERSION_FIELD,
    },
    valuePaths: { members: 'members' },
};
/**
 * `members[a or b]` as `members[a] or members[b]` (the same groups: some member matches either),
 * since one member's condition in `TeamFilterInput` is a single id test. `and` and `not` inside
 * `members[…]` have no such rewriting and are 400 invalidFilter.
 */
function spreadMemberFilters(filter) {
    switch (filter.kind) {
        case 'and':
        case 'or':
            return { ...filter, left: spreadMemberFilters(filter.left), right: spreadMemberFilters(filter.right) };
        case 'not':
            return { ...filter, filter: spreadMemberFilters(filter.filter) };
        case 'valuePath': {
            const inner = filter.filter;
            if (inner.kind === 'or') {
                return { kind: 'or', left: spreadMemberFilters({ ...filter, filter: inner.left }), right: spreadMemberFilters({ ...filter, filter: inner.right }) };
            }
            if (inner.kind !== 'compare' && inner.kind !== 'present') {
                return fail(`"${(0, attr_path_1.formatAttrPath)(filter.path)}[…]" may test one member's value, or several joined by "or"`);
            }
            return filter;
        }
        default:
            return filter;
    }
}
/** A resolved Group filter as GraphQL `TeamFilterInput`. */
function toGroupFilterInput(filter) {
    return asInput(translateFilter(spreadMemberFilters(filter), exports.GROUP_FILTER_TABLE));
}
/**
 * A translated filter as the generated input type it is built for. The tables above spell the
 * input's field names as data, which the compiler cannot follow; test/scim/discovery.test.ts filters
 * on every attribute the schemas mark filterable through the real app, so a field the input lacks
 * fails there.
 */
const asInput = (input) => input;
//# sourceMappingURL=to-graphql.js.map