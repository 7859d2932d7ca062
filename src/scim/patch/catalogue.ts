import { sameName } from './json';

/** RFC 7643 §2.3 data types. */
export type ScimAttributeType =
  | 'string'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'dateTime'
  | 'binary'
  | 'reference'
  | 'complex';

/** RFC 7643 §7 `mutability`; absent means `readWrite`. */
export type ScimMutability = 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';

/**
 * What the PATCH engine needs to know about one attribute: the subset of an RFC 7643 §7 attribute
 * definition, so a `/Schemas` document's `attributes` fit as they are.
 */
export interface ScimAttributeDefinition {
  readonly name: string;
  readonly type: ScimAttributeType;
  readonly multiValued?: boolean;
  readonly mutability?: ScimMutability;
  readonly required?: boolean;
  readonly caseExact?: boolean;
  readonly subAttributes?: readonly ScimAttributeDefinition[];
}

/** One schema: the core schema of a resource type, or an extension keyed by its URN in the resource. */
export interface ScimSchemaDefinition {
  /** The schema URN, e.g. `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User`. */
  readonly id: string;
  /** Other URNs clients use for the same schema; matched case-insensitively and stored under `id`. */
  readonly aliases?: readonly string[];
  readonly attributes: readonly ScimAttributeDefinition[];
}

/** The attribute knowledge of one resource type (User, Group, …) handed to the PATCH engine. */
export interface ScimResourceCatalogue {
  readonly core: ScimSchemaDefinition;
  readonly extensions?: readonly ScimSchemaDefinition[];
}

/** RFC 7643 §3.1: every resource carries these besides its schema's attributes. */
export const COMMON_ATTRIBUTES: readonly ScimAttributeDefinition[] = [
  { name: 'id', type: 'string', mutability: 'readOnly', caseExact: true },
  { name: 'externalId', type: 'string', caseExact: true },
  { name: 'schemas', type: 'reference', multiValued: true, mutability: 'readOnly', caseExact: false },
  {
    name: 'meta',
    type: 'complex',
    mutability: 'readOnly',
    subAttributes: ['resourceType', 'created', 'lastModified', 'location', 'version'].map((name) => ({
      name,
      type: 'string',
      mutability: 'readOnly',
    })),
  },
];

export function findAttribute(
  attributes: readonly ScimAttributeDefinition[] | undefined,
  name: string,
): ScimAttributeDefinition | undefined {
  return attributes?.find((attribute) => sameName(attribute.name, name));
}

/** The schema whose id or alias is `urn`, ignoring case (RFC 7644 §3.10: URNs are case-insensitive). */
export function findSchema(catalogue: ScimResourceCatalogue, urn: string): ScimSchemaDefinition | undefined {
  return allSchemas(catalogue).find((schema) => schemaUrns(schema).some((candidate) => sameName(candidate, urn)));
}

export function allSchemas(catalogue: ScimResourceCatalogue): ScimSchemaDefinition[] {
  return [catalogue.core, ...(catalogue.extensions ?? [])];
}

export function schemaUrns(schema: ScimSchemaDefinition): string[] {
  return [schema.id, ...(schema.aliases ?? [])];
}

/** A top-level attribute of the core schema, or a common attribute (`id`, `externalId`, `meta`, `schemas`). */
export function findCoreAttribute(catalogue: ScimResourceCatalogue, name: string): ScimAttributeDefinition | undefined {
  return findAttribute(catalogue.core.attributes, name) ?? findAttribute(COMMON_ATTRIBUTES, name);
}

export const isMultiValuedComplex = (attribute: ScimAttributeDefinition): boolean =>
  attribute.multiValued === true && attribute.type === 'complex';

export const mutabilityOf = (attribute: ScimAttributeDefinition): ScimMutability => attribute.mutability ?? 'readWrite';
