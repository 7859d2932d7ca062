import type { AttrPath, Filter, FilterOf } from './ast';
import { formatAttrPath } from './attr-path';
import type { AttributeCatalogue, AttributeDefinition } from '../schema-catalogue';
import { resolveAttrPath, resolveSubAttribute, type ResolvedAttrPath } from './catalogue';
import { quote } from './tokenizer';
import { ScimError } from '../errors';
import { checkComparison } from './values';

/**
 * A filter checked against a catalogue: paths canonical (catalogue spelling, `schema` only for
 * extension attributes), values normalised, and every compare/present/valuePath node carrying the
 * definition of the attribute it tests (the sub-attribute for `name.givenName`, the complex
 * attribute for `emails[…]`; inside `[…]`, the sub-attribute).
 */
export type ResolvedFilter = FilterOf<{ attribute: AttributeDefinition }>;

const fail = (detail: string): never => {
  throw new ScimError(400, 'invalidFilter', detail);
};

const VALUE = 'value';

/**
 * RFC 7644 §3.4.2.2: a multi-valued attribute without a sub-attribute means its `value`
 * (`emails co "x"` = `emails.value co "x"`). Applied as well to a single-valued complex attribute
 * that has a `value`, since Entra filters with `manager eq "…"` (entra/15-filter-id-and-manager.json).
 * A complex attribute without one (`name`, `meta`) is only `pr`: it is present when any of its
 * sub-attributes is, which the translation spells out (translate.ts).
 */
function leaf(catalogue: AttributeCatalogue, path: AttrPath, present: boolean): ResolvedAttrPath {
  const resolved = resolveAttrPath(catalogue, path);
  if (resolved.attribute.type !== 'complex') return resolved;
  if (!resolved.attribute.subAttributes?.some((sub) => sub.name.toLowerCase() === VALUE)) {
    if (present) return resolved;
    const example = resolved.attribute.subAttributes?.[0]?.name;
    return fail(`The attribute ${quote(formatAttrPath(path))} is complex: filter on a sub-attribute${example ? `, such as "${resolved.attribute.name}.${example}"` : ''}`);
  }
  return resolveAttrPath(catalogue, { ...path, subAttr: VALUE });
}

/** Resolves the leaves of a filter; `within` is the complex attribute of an enclosing `[…]`. */
function resolveNode(filter: Filter, catalogue: AttributeCatalogue, within?: { attribute: AttributeDefinition; shown: string }): ResolvedFilter {
  switch (filter.kind) {
    case 'and':
    case 'or':
      return { kind: filter.kind, left: resolveNode(filter.left, catalogue, within), right: resolveNode(filter.right, catalogue, within) };
    case 'not':
      return { kind: 'not', filter: resolveNode(filter.filter, catalogue, within) };
    case 'valuePath': {
      const resolved = resolveAttrPath(catalogue, filter.path);
      const shown = formatAttrPath(filter.path);
      if (resolved.attribute.type !== 'complex') fail(`The attribute ${quote(shown)} has no sub-attributes to filter with "[…]"`);
      const inner = resolveNode(filter.filter, catalogue, { attribute: resolved.attribute, shown });
      return { kind: 'valuePath', path: resolved.path, filter: inner, attribute: resolved.attribute };
    }
    case 'present':
    case 'compare': {
      const { path, attribute, shown } = within ? insideValuePath(filter.path, within) : { ...leaf(catalogue, filter.path, filter.kind === 'present'), shown: formatAttrPath(filter.path) };
      if (filter.kind === 'present') return { kind: 'present', path, attribute };
      return { kind: 'compare', path, op: filter.op, value: checkComparison(attribute, shown, filter.op, filter.value), attribute };
    }
  }
}

/** A path inside `attr[…]` names a sub-attribute of `attr`. */
function insideValuePath(path: AttrPath, within: { attribute: AttributeDefinition; shown: string }): { path: AttrPath; attribute: AttributeDefinition; shown: string } {
  const shown = `${within.shown}.${path.attr}`;
  const attribute = resolveSubAttribute(within.attribute, path.attr, shown);
  return { path: { attr: attribute.name }, attribute, shown };
}

/**
 * Checks a parsed filter against a resource's attribute catalogue (RFC 7644 §3.4.2.2): unknown or
 * non-filterable attributes, operators the type does not admit (no gt/ge/lt/le on booleans) and values
 * of the wrong type (dateTime must be an instant) are ScimError 400 `invalidFilter` naming the attribute.
 */
export function resolveFilter(filter: Filter, catalogue: AttributeCatalogue): ResolvedFilter {
  return resolveNode(filter, catalogue);
}
