import type { AttributeCatalogue, AttributeDefinition } from './schema-catalogue';
import enterpriseUserSchema from '../../schema/scim/enterprise-user.json';
import groupSchema from '../../schema/scim/group.json';
import userSchema from '../../schema/scim/user.json';
import roleSchema from '../../schema/scim/writer-role.json';

/**
 * The SCIM schemas the façade serves and enforces, read from the documents in `schema/scim/`
 * (also what `/Schemas` returns), plus the RFC 7643 §3.1 common attributes and the filterable
 * marks of DESIGN.md. One catalogue serves filters, PATCH and rendering.
 */
export const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const ROLE_EXTENSION = 'urn:custom:params:scim:schemas:extension:writer:2.0:User';
/** WRITER's docs also spell the role extension without `:User`. */
export const ROLE_EXTENSION_ALIASES = ['urn:custom:params:scim:schemas:extension:writer:2.0'];

export interface SchemaDocument {
  id: string;
  name: string;
  description: string;
  attributes: unknown[];
}

interface RawAttribute {
  name: string;
  type: string;
  multiValued?: boolean;
  caseExact?: boolean;
  mutability?: string;
  required?: boolean;
  subAttributes?: RawAttribute[];
}

/** Dotted paths (lower-case) that filters may use; a parent listed alone allows all its sub-attributes. */
const FILTERABLE: Record<string, ReadonlySet<string>> = {
  [CORE_USER]: new Set(['id', 'externalid', 'username', 'displayname', 'nickname', 'title', 'usertype', 'locale', 'active', 'name', 'emails', 'phonenumbers.value', 'phonenumbers', 'meta.created', 'meta.lastmodified', 'meta.resourcetype', 'meta.location', 'meta']),
  [ENTERPRISE_USER]: new Set(['employeenumber', 'costcenter', 'organization', 'division', 'department', 'manager', 'manager.value']),
  [ROLE_EXTENSION]: new Set(['role']),
  [CORE_GROUP]: new Set(['id', 'externalid', 'displayname', 'members', 'members.value', 'meta']),
};

const COMMON: RawAttribute[] = [
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

function toAttribute(raw: RawAttribute, filterable: ReadonlySet<string>, prefix = ''): AttributeDefinition {
  const path = `${prefix}${raw.name.toLowerCase()}`;
  const parentAllows = prefix !== '' && filterable.has(prefix.slice(0, -1)) && ![...filterable].some((p) => p.startsWith(prefix));
  return {
    name: raw.name,
    type: raw.type as AttributeDefinition['type'],
    multiValued: raw.multiValued ?? false,
    caseExact: raw.caseExact ?? false,
    mutability: (raw.mutability ?? 'readWrite') as AttributeDefinition['mutability'],
    required: raw.required ?? false,
    filterable: filterable.has(path) || parentAllows,
    ...(raw.subAttributes ? { subAttributes: raw.subAttributes.map((sub) => toAttribute(sub, filterable, `${path}.`)) } : {}),
  };
}

const attributesOf = (schema: SchemaDocument, common: RawAttribute[] = []): AttributeDefinition[] =>
  [...common, ...(schema.attributes as RawAttribute[])].map((raw) => toAttribute(raw, FILTERABLE[schema.id]));

export const USER_CATALOGUE: AttributeCatalogue = {
  core: { id: CORE_USER, attributes: attributesOf(userSchema, COMMON) },
  extensions: [
    { id: ENTERPRISE_USER, attributes: attributesOf(enterpriseUserSchema) },
    { id: ROLE_EXTENSION, aliases: ROLE_EXTENSION_ALIASES, attributes: attributesOf(roleSchema) },
  ],
};

export const GROUP_CATALOGUE: AttributeCatalogue = {
  core: { id: CORE_GROUP, attributes: attributesOf(groupSchema, COMMON) },
};

/** The schema documents `/Schemas` serves, in a stable order. */
export const SCHEMA_DOCUMENTS: readonly SchemaDocument[] = [userSchema, enterpriseUserSchema, roleSchema, groupSchema];
