"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCHEMA_DOCUMENTS = exports.GROUP_CATALOGUE = exports.USER_CATALOGUE = exports.ROLE_EXTENSION_ALIASES = exports.ROLE_EXTENSION = exports.ENTERPRISE_USER = exports.CORE_GROUP = exports.CORE_USER = void 0;
const enterprise_user_json_1 = __importDefault(require("../../schema/scim/enterprise-user.json"));
const group_json_1 = __importDefault(require("../../schema/scim/group.json"));
const user_json_1 = __importDefault(require("../../schema/scim/user.json"));
const writer_role_json_1 = __importDefault(require("../../schema/scim/writer-role.json"));
/**
 * The SCIM schemas the façade serves and enforces, read from the documents in `schema/scim/`
 * (also what `/Schemas` returns), plus the RFC 7643 §3.1 common attributes and the filterable
 * marks of DESIGN.md. One catalogue serves filters, PATCH and rendering.
 */
exports.CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
exports.CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
exports.ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
exports.ROLE_EXTENSION = 'urn:custom:params:scim:schemas:extension:writer:2.0:User';
/** WRITER's docs also spell the role extension without `:User`. */
exports.ROLE_EXTENSION_ALIASES = ['urn:custom:params:scim:schemas:extension:writer:2.0'];
/** Dotted paths (lower-case) that filters may use; a parent listed alone allows all its sub-attributes. */
const FILTERABLE = {
    [exports.CORE_USER]: new Set(['id', 'externalid', 'username', 'displayname', 'nickname', 'title', 'usertype', 'locale', 'active', 'name', 'emails', 'phonenumbers.value', 'phonenumbers', 'meta.created', 'meta.lastmodified', 'meta.resourcetype', 'meta.location', 'meta']),
    [exports.ENTERPRISE_USER]: new Set(['employeenumber', 'costcenter', 'organization', 'division', 'department', 'manager', 'manager.value']),
    [exports.ROLE_EXTENSION]: new Set(['role']),
    [exports.CORE_GROUP]: new Set(['id', 'externalid', 'displayname', 'members', 'members.value', 'meta']),
};
const COMMON = [
    { name: 'id', type: 'string', caseExact: true, mutability: 'readOnly' },
    { name: 'externalId', type: 'string', caseExact: true },
    { name: 'schemas', type: 'reference', multiValued: true, caseExact: false, mutability: 'readOnly' },
    {
        name: 'meta',
        type: 'complex',
        mutability: 'readOnly',
        subAttributes: [
            { name: 'resourceType', type: 'string', caseExact: true, mutability: 'readOnly' },
            { name: 'created', type: 'dateTime', mutability: 'readOnly' },
            { name: 'lastModified', type: 'dateTime', mutability: 'readOnly' },
            { name: 'location', type: 'reference', caseExact: true, mutability: 'readOnly' },
            { name: 'version', type: 'string', caseExact: true, mutability: 'readOnly' },
        ],
    },
];
function toAttribute(raw, filterable, prefix = '') {
    const path = `${prefix}${raw.name.toLowerCase()}`;
    const parentAllows = prefix !== '' && filterable.has(prefix.slice(0, -1)) && ![...filterable].some((p) => p.startsWith(prefix));
    return {
        name: raw.name,
        type: raw.type,
        multiValued: raw.multiValued ?? false,
        caseExact: raw.caseExact ?? false,
        mutability: (raw.mutability ?? 'readWrite'),
        required: raw.required ?? false,
        filterable: filterable.has(path) || parentAllows,
        ...(raw.subAttributes ? { subAttributes: raw.subAttributes.map((sub) => toAttribute(sub, filterable, `${path}.`)) } : {}),
    };
}
const attributesOf = (schema, common = []) => [...common, ...schema.attributes].map((raw) => toAttribute(raw, FILTERABLE[schema.id]));
exports.USER_CATALOGUE = {
    core: { id: exports.CORE_USER, attributes: attributesOf(user_json_1.default, COMMON) },
    extensions: [
        { id: exports.ENTERPRISE_USER, attributes: attributesOf(enterprise_user_json_1.default) },
        { id: exports.ROLE_EXTENSION, aliases: exports.ROLE_EXTENSION_ALIASES, attributes: attributesOf(writer_role_json_1.default) },
    ],
};
exports.GROUP_CATALOGUE = {
    core: { id: exports.CORE_GROUP, attributes: attributesOf(group_json_1.default, COMMON) },
};
/** The schema documents `/Schemas` serves, in a stable order. */
exports.SCHEMA_DOCUMENTS = [user_json_1.default, enterprise_user_json_1.default, writer_role_json_1.default, group_json_1.default];
//# sourceMappingURL=schemas.js.map