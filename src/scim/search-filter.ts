import { ScimError } from './errors';
import { resolveAttrPath, type AttrPath, type Filter } from './filter';
import type { AttributeCatalogue } from './schema-catalogue';

/** A filter as it applies to one resource type: a filter to run, or a constant outcome. */
export type TypedFilter = Filter | boolean;

const knows = (catalogue: AttributeCatalogue, path: AttrPath): boolean => {
  try {
    resolveAttrPath(catalogue, path, { filterable: false });
    return true;
  } catch {
    return false;
  }
};

/**
 * A root-level filter (RFC 7644 §3.4.3: a search across resource types applies the filter to each
 * of them) for one resource type: a test of an attribute the type does not define is false, as for
 * an unassigned value, and the logic folds around it (`a or x` → `a`, `not x` → true). Attributes
 * no searched type defines are 400 invalidFilter, as on a single endpoint.
 */
export function filterForType(filter: Filter, catalogue: AttributeCatalogue, all: readonly AttributeCatalogue[]): TypedFilter {
  switch (filter.kind) {
    case 'and':
    case 'or': {
      const left = filterForType(filter.left, catalogue, all);
      const right = filterForType(filter.right, catalogue, all);
      const absorbing = filter.kind === 'or';
      if (left === absorbing || right === absorbing) return absorbing;
      if (typeof left === 'boolean') return right;
      if (typeof right === 'boolean') return left;
      return { kind: filter.kind, left, right };
    }
    case 'not': {
      const inner = filterForType(filter.filter, catalogue, all);
      return typeof inner === 'boolean' ? !inner : { kind: 'not', filter: inner };
    }
    default:
      if (knows(catalogue, filter.path)) return filter;
      // No searched type defines it: fail the way a single endpoint does, naming the attribute.
      if (!all.some((other) => knows(other, filter.path))) resolveAttrPath(catalogue, filter.path);
      return false;
  }
}

/** RFC 7644 §3.4.2.3 leaves sorting optional: a root search, spanning types with different attributes, does not sort. */
export function assertNoSort(sortBy: string | null): void {
  if (sortBy !== null) throw new ScimError(400, 'invalidValue', 'sortBy is not supported when searching across resource types; search /Users/.search or /Groups/.search');
}
