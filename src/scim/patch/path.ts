import { parsePatchPath, type Filter, type PatchPath } from '../filter';
import {
  findAttribute,
  findCoreAttribute,
  findSchema,
  isMultiValuedComplex,
  type AttributeDefinition,
  type AttributeCatalogue,
  type SchemaAttributes,
} from '../schema-catalogue';
import { patchError } from './patch-errors';

const invalidPath = (path: string, why: string): Error => patchError('invalidPath', `Invalid PATCH path "${path}": ${why}`);

/** The path's sub-attribute: `name.givenName` and `emails[type eq "work"].value` carry it in different places. */
export const subAttrOf = (path: PatchPath): string | undefined => path.attrPath.subAttr ?? path.subAttr;

/** Parses a path-less value's key as a PATCH path, or returns undefined when it is not one. */
export function tryParsePatchPath(key: string): PatchPath | undefined {
  try {
    return parsePatchPath(key);
  } catch {
    return undefined;
  }
}

/** A path resolved against the catalogue: where the attribute lives and its definitions. */
export interface PatchTarget {
  /** The extension holding the attribute, or null for the core schema and common attributes. */
  readonly extension: SchemaAttributes | null;
  readonly attribute: AttributeDefinition;
  readonly filter?: Filter;
  readonly subAttribute?: AttributeDefinition;
}

/**
 * Resolves a parsed path. A path naming an attribute or schema the catalogue does not define
 * answers 400 invalidPath: RFC 7644 §3.5.2 Table 9 reserves `noTarget` for a well-formed path whose
 * filter matches no value, while a path outside the schema is "invalid" (§3.5.2, Table 9 invalidPath)
 * and can never yield a target. Returns undefined instead when `lenient` (path-less value keys,
 * where unknown attributes are ignored).
 */
export function resolvePatchPath(
  catalogue: AttributeCatalogue,
  parsed: PatchPath,
  source: string,
  lenient = false,
): PatchTarget | undefined {
  const fail = (why: string): undefined => {
    if (lenient) return undefined;
    throw invalidPath(source, why);
  };
  const { attrPath, valueFilter: filter } = parsed;
  const schema = attrPath.schema === undefined ? catalogue.core : findSchema(catalogue, attrPath.schema);
  if (!schema) return fail(`unknown schema ${attrPath.schema}`);
  const extension = schema === catalogue.core ? null : schema;
  const attribute = extension ? findAttribute(extension.attributes, attrPath.attr) : findCoreAttribute(catalogue, attrPath.attr);
  if (!attribute) return fail(`unknown attribute ${attrPath.attr}`);
  if (filter && !isMultiValuedComplex(attribute)) return fail(`${attribute.name} is not a multi-valued complex attribute`);
  const subAttr = subAttrOf(parsed);
  if (subAttr === undefined) return { extension, attribute, filter };
  const subAttribute = findAttribute(attribute.subAttributes, subAttr);
  if (!subAttribute) return fail(`unknown sub-attribute ${attribute.name}.${subAttr}`);
  return { extension, attribute, filter, subAttribute };
}
