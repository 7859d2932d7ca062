import { sameName } from './json';

/**
 * The SCIM attribute model (RFC 7643 §2, §7) as the façade knows it: one shape, read by the filter
 * resolver, the PATCH engine, the body normaliser and the discovery documents alike. The
 * catalogues themselves are built from the documents in `schema/scim/` (schemas.ts).
 */

/** RFC 7643 §2.3 data types. */
export type AttributeType = 'string' | 'boolean' | 'decimal' | 'integer' | 'dateTime' | 'reference' | 'binary' | 'complex';

/** RFC 7643 §7 `mutability`; absent means `readWrite`. */
export type Mutability = 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';

/**
 * One attribute: the RFC 7643 §7 characteristics filters and PATCH use, plus `filterable` (ours;
 * absent means not filterable). `name` is the canonical spelling. For a complex attribute,
 * `filterable` gates all of its sub-attributes. The documents in `schema/scim/` fit as they are.
 */
export interface AttributeDefinition {
  readonly name: string;
  readonly type: AttributeType;
  readonly multiValued?: boolean;
  /** RFC 7643 §2.4; false when absent. */
  readonly caseExact?: boolean;
  readonly mutability?: Mutability;
  readonly required?: boolean;
  readonly filterable?: boolean;
  readonly subAttributes?: readonly AttributeDefinition[];
}

/** The attributes of one schema. `aliases` are other URNs clients use for it (compared case-insensitively). */
export interface SchemaAttributes {
  readonly id: string;
  readonly aliases?: readonly string[];
  readonly attributes: readonly AttributeDefinition[];
}

/** What a resource type offers: its core schema (with the RFC 7643 §3.1 common attributes) and its extensions. */
export interface AttributeCatalogue {
  readonly core: SchemaAttributes;
  readonly extensions?: readonly SchemaAttributes[];
}

/** The attribute of this name, ignoring case (RFC 7643 §2.1). */
export const findAttribute = (attributes: readonly AttributeDefinition[] | undefined, name: string): AttributeDefinition | undefined =>
  attributes?.find((attribute) => sameName(attribute.name, name));

/** The URNs a schema answers to: its id and its aliases. */
export const schemaUrns = (schema: SchemaAttributes): string[] => [schema.id, ...(schema.aliases ?? [])];

/** The schema whose id or alias is `urn`, ignoring case (RFC 7644 §3.10: URNs are case-insensitive). */
export const findSchema = (catalogue: AttributeCatalogue, urn: string): SchemaAttributes | undefined =>
  [catalogue.core, ...(catalogue.extensions ?? [])].find((schema) => schemaUrns(schema).some((candidate) => sameName(candidate, urn)));

/** A top-level attribute of the core schema (whose catalogue includes `id`, `externalId`, `meta`, `schemas`). */
export function findCoreAttribute(catalogue: AttributeCatalogue, name: string): AttributeDefinition | undefined {
  return findAttribute(catalogue.core.attributes, name);
}

export const isMultiValuedComplex = (attribute: AttributeDefinition): boolean => attribute.multiValued === true && attribute.type === 'complex';

export const mutabilityOf = (attribute: AttributeDefinition): Mutability => attribute.mutability ?? 'readWrite';
