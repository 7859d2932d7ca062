import { ScimError, type ScimType } from '../errors';
import { findAttribute, findSchema, type AttributeCatalogue, type AttributeDefinition, type SchemaAttributes } from '../schema-catalogue';
import type { AttrPath } from './ast';
import { formatAttrPath } from './attr-path';
import { quote } from './tokenizer';

/** An attribute path resolved against a catalogue. */
export interface ResolvedAttrPath {
  /** Canonical: names as the catalogue spells them; `schema` (lower-cased) only for extension attributes. */
  path: AttrPath;
  /** The attribute the path ends at: the sub-attribute's definition for `name.givenName`. */
  attribute: AttributeDefinition;
  /** The complex attribute, when the path names one of its sub-attributes. */
  parent?: AttributeDefinition;
}

export interface ResolveOptions {
  /** scimType of the errors raised; invalidFilter by default. */
  scimType?: ScimType;
  /** Refuse attributes that are not filterable; true by default. */
  filterable?: boolean;
}

/** The schema and attribute definition a path's `[schema:]attr` names. */
function findTop(catalogue: AttributeCatalogue, path: AttrPath, fail: (detail: string) => never): { schema: SchemaAttributes; attribute: AttributeDefinition } {
  const extensions = catalogue.extensions ?? [];
  const shown = quote(formatAttrPath(path));
  if (path.schema !== undefined) {
    const urn = path.schema;
    const schema = findSchema(catalogue, urn);
    if (!schema) return fail(`Unknown schema ${quote(urn)} in the attribute ${shown}`);
    const attribute = findAttribute(schema.attributes, path.attr);
    return attribute ? { schema, attribute } : fail(`Unknown attribute ${shown}`);
  }
  const core = findAttribute(catalogue.core.attributes, path.attr);
  if (core) return { schema: catalogue.core, attribute: core };
  // RFC 7644 §3.10 has clients qualify extension attributes; an unqualified name that only one extension defines is still unambiguous.
  const matches = extensions.flatMap((schema) => {
    const attribute = findAttribute(schema.attributes, path.attr);
    return attribute ? [{ schema, attribute }] : [];
  });
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) return fail(`The attribute ${shown} is ambiguous: qualify it with its schema URN`);
  return fail(`Unknown attribute ${shown}`);
}

/**
 * Resolves `[schema:]attr[.subAttr]` against a catalogue to its canonical path and definition.
 * Unknown (or, by default, non-filterable) attributes are a ScimError 400 naming the attribute.
 */
export function resolveAttrPath(catalogue: AttributeCatalogue, path: AttrPath, options: ResolveOptions = {}): ResolvedAttrPath {
  const fail = (detail: string): never => {
    throw new ScimError(400, options.scimType ?? 'invalidFilter', detail);
  };
  const { schema, attribute } = findTop(catalogue, path, fail);
  const canonical: AttrPath = { attr: attribute.name };
  if (schema !== catalogue.core) canonical.schema = schema.id.toLowerCase();
  let resolved: ResolvedAttrPath = { path: canonical, attribute };
  if (path.subAttr !== undefined) {
    if (attribute.type !== 'complex') fail(`The attribute ${quote(attribute.name)} has no sub-attribute ${quote(path.subAttr)}`);
    const sub = findAttribute(attribute.subAttributes, path.subAttr);
    if (!sub) return fail(`Unknown attribute ${quote(formatAttrPath(path))}`);
    resolved = { path: { ...canonical, subAttr: sub.name }, attribute: sub, parent: attribute };
  }
  if ((options.filterable ?? true) && (!attribute.filterable || !resolved.attribute.filterable)) {
    fail(`Attribute ${quote(formatAttrPath(path))} cannot be used in a filter`);
  }
  return resolved;
}

/** The sub-attribute of a complex attribute, resolved the same way. */
export function resolveSubAttribute(parent: AttributeDefinition, name: string, shown: string, options: ResolveOptions = {}): AttributeDefinition {
  const fail = (detail: string): never => {
    throw new ScimError(400, options.scimType ?? 'invalidFilter', detail);
  };
  const sub = findAttribute(parent.subAttributes, name) ?? fail(`Unknown attribute ${quote(shown)}`);
  if ((options.filterable ?? true) && !sub.filterable) fail(`Attribute ${quote(shown)} cannot be used in a filter`);
  return sub;
}
