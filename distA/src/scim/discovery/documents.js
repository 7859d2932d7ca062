"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findSchemaDocument = exports.findResourceType = exports.RESOURCE_TYPES = exports.CURSOR_TIMEOUT_SECONDS = exports.SCHEMA_SCHEMA = exports.RESOURCE_TYPE_SCHEMA = exports.SERVICE_PROVIDER_CONFIG_SCHEMA = void 0;
exports.serviceProviderConfig = serviceProviderConfig;
exports.resourceTypeDocument = resourceTypeDocument;
exports.schemaDocument = schemaDocument;
const list_request_1 = require("../list-request");
const schemas_1 = require("../schemas");
/**
 * The RFC 7644 §4 discovery documents, built from what the façade enforces: the page limits of
 * list-request.ts, the schema documents of schema/scim/ (schemas.ts), and the resource types the
 * router serves.
 */
exports.SERVICE_PROVIDER_CONFIG_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
exports.RESOURCE_TYPE_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
exports.SCHEMA_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';
/** Seconds a cursor stays valid. Keyset cursors never expire; this is the promise RFC 9865 asks for. */
exports.CURSOR_TIMEOUT_SECONDS = 3600;
/** RFC 7643 §5 with RFC 9865 §4's `pagination`. */
function serviceProviderConfig(baseUrl) {
    return {
        schemas: [exports.SERVICE_PROVIDER_CONFIG_SCHEMA],
        patch: { supported: true },
        bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
        filter: { supported: true, maxResults: list_request_1.MAX_RESULTS },
        changePassword: { supported: false },
        sort: { supported: true },
        etag: { supported: true },
        pagination: {
            cursor: true,
            index: true,
            defaultPaginationMethod: 'index',
            defaultPageSize: list_request_1.DEFAULT_PAGE_SIZE,
            maxPageSize: list_request_1.MAX_RESULTS,
            cursorTimeout: exports.CURSOR_TIMEOUT_SECONDS,
        },
        authenticationSchemes: [
            {
                type: 'oauthbearertoken',
                name: 'OAuth Bearer Token',
                description: 'An API token of scope scim for one organization, sent as Authorization: Bearer <token>.',
                specUri: 'https://www.rfc-editor.org/info/rfc6750',
                primary: true,
            },
        ],
        meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
    };
}
exports.RESOURCE_TYPES = [
    {
        id: 'User',
        name: 'User',
        endpoint: '/Users',
        description: 'User account',
        schema: schemas_1.CORE_USER,
        schemaExtensions: [
            { schema: schemas_1.ENTERPRISE_USER, required: false },
            { schema: schemas_1.ROLE_EXTENSION, required: false },
        ],
    },
    { id: 'Group', name: 'Group', endpoint: '/Groups', description: 'Group (a team)', schema: schemas_1.CORE_GROUP, schemaExtensions: [] },
];
function resourceTypeDocument(type, baseUrl) {
    return { schemas: [exports.RESOURCE_TYPE_SCHEMA], ...type, meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/${type.id}` } };
}
/** A schema document of schema/scim/ with an absolute `meta.location`. */
function schemaDocument(schema, baseUrl) {
    return { ...schema, schemas: [exports.SCHEMA_SCHEMA], meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${schema.id}` } };
}
const findResourceType = (id) => exports.RESOURCE_TYPES.find((type) => type.id.toLowerCase() === id.toLowerCase());
exports.findResourceType = findResourceType;
const findSchemaDocument = (urn) => schemas_1.SCHEMA_DOCUMENTS.find((schema) => schema.id.toLowerCase() === urn.toLowerCase());
exports.findSchemaDocument = findSchemaDocument;
//# sourceMappingURL=documents.js.map