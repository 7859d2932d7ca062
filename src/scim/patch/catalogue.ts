import type { AttributeCatalogue, AttributeDefinition, AttributeType, Mutability, SchemaAttributes } from '../filter/catalogue';
import { sameName } from '../json';

/** The PATCH engine reads the same attribute model as filters (src/scim/filter/catalogue.ts). */
export type ScimAttributeType = AttributeType;
export type ScimMutability = Mutability;
export type ScimAttributeDefinition = AttributeDefinition;
export type ScimSchemaDefinition = SchemaAttributes;
export type ScimResourceCatalogue = AttributeCatalogue;

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
