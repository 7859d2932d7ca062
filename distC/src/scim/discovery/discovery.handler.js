"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.discoveryRoutes = void 0;
exports.createDiscoveryRoutes = createDiscoveryRoutes;
const errors_1 = require("../errors");
const list_response_1 = require("../mapping/list-response");
const respond_1 = require("../respond");
const schemas_1 = require("../schemas");
const documents_1 = require("./documents");
/** Query parameters that ask for filtering or sorting, which discovery endpoints do not offer. */
const REFUSED_PARAMETERS = ['filter', 'sortby', 'sortorder'];
/** RFC 7644 §4: "If a 'filter' is provided, the service provider SHOULD respond with HTTP status code 403". */
function refuseQueries(req) {
    const refused = Object.keys(req.query).filter((key) => REFUSED_PARAMETERS.includes(key.toLowerCase()));
    if (refused.length > 0)
        throw new errors_1.ScimError(403, undefined, `${req.path} does not support ${refused.join(', ')}`);
}
/** A ListResponse holding every document: discovery lists are not paged. */
const listOf = (resources) => ({
    schemas: [list_response_1.LIST_RESPONSE_SCHEMA],
    totalResults: resources.length,
    startIndex: 1,
    itemsPerPage: resources.length,
    Resources: resources,
});
/**
 * The discovery routes (RFC 7644 §4): `/ServiceProviderConfig`, `/ResourceTypes[/{id}]` and
 * `/Schemas[/{urn}]`, plus `POST /Bulk` answering 501 as the configuration announces, and `/Me` 501.
 */
function createDiscoveryRoutes(deps) {
    const { baseUrl } = deps;
    return {
        serviceProviderConfig(req, res) {
            refuseQueries(req);
            (0, respond_1.sendScim)(res, 200, (0, documents_1.serviceProviderConfig)(baseUrl));
        },
        resourceTypes(req, res) {
            refuseQueries(req);
            (0, respond_1.sendScim)(res, 200, listOf(documents_1.RESOURCE_TYPES.map((type) => (0, documents_1.resourceTypeDocument)(type, baseUrl))));
        },
        resourceType(req, res) {
            refuseQueries(req);
            const type = (0, documents_1.findResourceType)(String(req.params.id));
            if (!type)
                throw new errors_1.ScimError(404, undefined, `No resource type ${req.params.id}`);
            (0, respond_1.sendScim)(res, 200, (0, documents_1.resourceTypeDocument)(type, baseUrl));
        },
        schemas(req, res) {
            refuseQueries(req);
            (0, respond_1.sendScim)(res, 200, listOf(schemas_1.SCHEMA_DOCUMENTS.map((schema) => (0, documents_1.schemaDocument)(schema, baseUrl))));
        },
        schema(req, res) {
            refuseQueries(req);
            const schema = (0, documents_1.findSchemaDocument)(String(req.params.id));
            if (!schema)
                throw new errors_1.ScimError(404, undefined, `No schema ${req.params.id}`);
            (0, respond_1.sendScim)(res, 200, (0, documents_1.schemaDocument)(schema, baseUrl));
        },
        /** RFC 7644 §3.7: bulk is announced as unsupported. Sent, not thrown: a refusal we chose is no server failure to log. */
        bulk(_req, res) {
            (0, respond_1.sendScim)(res, 501, (0, errors_1.toScimErrorBody)(new errors_1.ScimError(501, undefined, 'Bulk operations are not supported (see /ServiceProviderConfig)')));
        },
        /** RFC 7644 §3.11: a provider without /Me "SHOULD respond with HTTP status code 501", whatever the method. */
        me(_req, res) {
            (0, respond_1.sendScim)(res, 501, (0, errors_1.toScimErrorBody)(new errors_1.ScimError(501, undefined, '/Me is not supported: a scim token stands for an identity provider, not a user')));
        },
    };
}
const discoveryRoutes = (router, deps) => {
    const discovery = createDiscoveryRoutes(deps);
    router.get('/ServiceProviderConfig', discovery.serviceProviderConfig);
    router.get('/ResourceTypes', discovery.resourceTypes);
    router.get('/ResourceTypes/:id', discovery.resourceType);
    router.get('/Schemas', discovery.schemas);
    router.get('/Schemas/:id', discovery.schema);
    router.post('/Bulk', discovery.bulk);
    router.all('/Me', discovery.me);
};
exports.discoveryRoutes = discoveryRoutes;
//# sourceMappingURL=discovery.handler.js.map