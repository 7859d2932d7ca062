import type { Request, Response, Router } from 'express';
import { ScimError, toScimErrorBody } from '../errors';
import type { ScimDependencies } from '../execute';
import { LIST_RESPONSE_SCHEMA } from '../mapping/list-response';
import { sendScim } from '../respond';
import type { ScimRoutes } from '../router';
import { SCHEMA_DOCUMENTS } from '../schemas';
import { findResourceType, findSchemaDocument, RESOURCE_TYPES, resourceTypeDocument, schemaDocument, serviceProviderConfig } from './documents';

/** Query parameters that ask for filtering or sorting, which discovery endpoints do not offer. */
const REFUSED_PARAMETERS = ['filter', 'sortby', 'sortorder'];

/** RFC 7644 §4: "If a 'filter' is provided, the service provider SHOULD respond with HTTP status code 403". */
function refuseQueries(req: Request): void {
  const refused = Object.keys(req.query).filter((key) => REFUSED_PARAMETERS.includes(key.toLowerCase()));
  if (refused.length > 0) throw new ScimError(403, undefined, `${req.path} does not support ${refused.join(', ')}`);
}

/** A ListResponse holding every document: discovery lists are not paged. */
const listOf = (resources: readonly unknown[]) => ({
  schemas: [LIST_RESPONSE_SCHEMA],
  totalResults: resources.length,
  startIndex: 1,
  itemsPerPage: resources.length,
  Resources: resources,
});

/**
 * The discovery routes (RFC 7644 §4): `/ServiceProviderConfig`, `/ResourceTypes[/{id}]` and
 * `/Schemas[/{urn}]`, plus `POST /Bulk` answering 501 as the configuration announces, and `/Me` 501.
 */
export function createDiscoveryRoutes(deps: ScimDependencies) {
  const { baseUrl } = deps;
  return {
    serviceProviderConfig(req: Request, res: Response): void {
      refuseQueries(req);
      sendScim(res, 200, serviceProviderConfig(baseUrl));
    },

    resourceTypes(req: Request, res: Response): void {
      refuseQueries(req);
      sendScim(res, 200, listOf(RESOURCE_TYPES.map((type) => resourceTypeDocument(type, baseUrl))));
    },

    resourceType(req: Request, res: Response): void {
      refuseQueries(req);
      const type = findResourceType(String(req.params.id));
      if (!type) throw new ScimError(404, undefined, `No resource type ${req.params.id}`);
      sendScim(res, 200, resourceTypeDocument(type, baseUrl));
    },

    schemas(req: Request, res: Response): void {
      refuseQueries(req);
      sendScim(res, 200, listOf(SCHEMA_DOCUMENTS.map((schema) => schemaDocument(schema, baseUrl))));
    },

    schema(req: Request, res: Response): void {
      refuseQueries(req);
      const schema = findSchemaDocument(String(req.params.id));
      if (!schema) throw new ScimError(404, undefined, `No schema ${req.params.id}`);
      sendScim(res, 200, schemaDocument(schema, baseUrl));
    },

    /** RFC 7644 §3.7: bulk is announced as unsupported. Sent, not thrown: a refusal we chose is no server failure to log. */
    bulk(_req: Request, res: Response): void {
      sendScim(res, 501, toScimErrorBody(new ScimError(501, undefined, 'Bulk operations are not supported (see /ServiceProviderConfig)')));
    },

    /** RFC 7644 §3.11: a provider without /Me "SHOULD respond with HTTP status code 501", whatever the method. */
    me(_req: Request, res: Response): void {
      sendScim(res, 501, toScimErrorBody(new ScimError(501, undefined, '/Me is not supported: a scim token stands for an identity provider, not a user')));
    },
  };
}

export const discoveryRoutes: ScimRoutes = (router: Router, deps: ScimDependencies) => {
  const discovery = createDiscoveryRoutes(deps);
  router.get('/ServiceProviderConfig', discovery.serviceProviderConfig);
  router.get('/ResourceTypes', discovery.resourceTypes);
  router.get('/ResourceTypes/:id', discovery.resourceType);
  router.get('/Schemas', discovery.schemas);
  router.get('/Schemas/:id', discovery.schema);
  router.post('/Bulk', discovery.bulk);
  router.all('/Me', discovery.me);
};
