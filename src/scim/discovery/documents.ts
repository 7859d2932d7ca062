import { DEFAULT_PAGE_SIZE, MAX_RESULTS } from '../list-request';
import { CORE_GROUP, CORE_USER, ENTERPRISE_USER, ROLE_EXTENSION, SCHEMA_DOCUMENTS, type SchemaDocument } from '../schemas';

/**
 * The RFC 7644 §4 discovery documents, built from what the façade enforces: the page limits of
 * list-request.ts, the schema documents of schema/scim/ (schemas.ts), and the resource types the
 * router serves.
 */
export const SERVICE_PROVIDER_CONFIG_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
export const RESOURCE_TYPE_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
export const SCHEMA_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

/** Seconds a cursor stays valid. Keyset cursors never expire; this is the promise RFC 9865 asks for. */
export const CURSOR_TIMEOUT_SECONDS = 3600;

/** RFC 7643 §5 with RFC 9865 §4's `pagination`. */
export function serviceProviderConfig(baseUrl: string): Record<string, unknown> {
  return {
    schemas: [SERVICE_PROVIDER_CONFIG_SCHEMA],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: true },
    etag: { supported: true },
    pagination: {
      cursor: true,
      index: true,
      defaultPaginationMethod: 'index',
      defaultPageSize: DEFAULT_PAGE_SIZE,
      maxPageSize: MAX_RESULTS,
      cursorTimeout: CURSOR_TIMEOUT_SECONDS,
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

/** A resource type the router serves (RFC 7643 §6). */
export interface ResourceType {
  id: string;
  name: string;
  endpoint: string;
  description: string;
  schema: string;
  schemaExtensions: { schema: string; required: boolean }[];
}

export const RESOURCE_TYPES: readonly ResourceType[] = [
  {
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    description: 'User account',
    schema: CORE_USER,
    schemaExtensions: [
      { schema: ENTERPRISE_USER, required: false },
      { schema: ROLE_EXTENSION, required: false },
    ],
  },
  { id: 'Group', name: 'Group', endpoint: '/Groups', description: 'Group (a team)', schema: CORE_GROUP, schemaExtensions: [] },
];

export function resourceTypeDocument(type: ResourceType, baseUrl: string): Record<string, unknown> {
  return { schemas: [RESOURCE_TYPE_SCHEMA], ...type, meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/${type.id}` } };
}

/** A schema document of schema/scim/ with an absolute `meta.location`. */
export function schemaDocument(schema: SchemaDocument, baseUrl: string): Record<string, unknown> {
  return { ...schema, schemas: [SCHEMA_SCHEMA], meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${schema.id}` } };
}

export const findResourceType = (id: string): ResourceType | undefined => RESOURCE_TYPES.find((type) => type.id.toLowerCase() === id.toLowerCase());

export const findSchemaDocument = (urn: string): SchemaDocument | undefined =>
  SCHEMA_DOCUMENTS.find((schema) => schema.id.toLowerCase() === urn.toLowerCase());
