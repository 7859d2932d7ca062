import type { AttributeCatalogue, AttributeDefinition, AttributeType, Mutability, SchemaAttributes } from '../filter/catalogue';
import { findAttribute } from '../filter/catalogue';

/** The PATCH engine reads the same attribute model as filters (src/scim/filter/catalogue.ts). */
export type ScimAttributeType = AttributeType;
export type ScimMutability = Mutability;
export type ScimAttributeDefinition = AttributeDefinition;
export type ScimSchemaDefinition = SchemaAttributes;
export type ScimResourceCatalogue = AttributeCatalogue;

export { findAttribute, findSchema, schemaUrns } from '../filter/catalogue';

/** A top-level attribute of the core schema (whose catalogue includes `id`, `externalId`, `meta`, `schemas`). */
export function findCoreAttribute(catalogue: ScimResourceCatalogue, name: string): ScimAttributeDefinition | undefined {
  return findAttribute(catalogue.core.attributes, name);
}

export const isMultiValuedComplex = (attribute: ScimAttributeDefinition): boolean =>
  attribute.multiValued === true && attribute.type === 'complex';

export const mutabilityOf = (attribute: ScimAttributeDefinition): ScimMutability => attribute.mutability ?? 'readWrite';
