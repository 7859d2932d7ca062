import type { CompValue, FilterOf, PatchPath } from './ast';
import { formatAttrPath } from './attr-path';

/** SCIM filters and PATCH paths back to text, in the grammar of RFC 7644 §3.4.2.2 (filters) and §3.5.2 (paths). */

/** RFC 7644 §3.4.2.2: `and` binds tighter than `or`; `not`, attribute expressions and `[…]` tighter still. */
const PRECEDENCE = { or: 1, and: 2 } as const;

function precedence(filter: FilterOf<object>): number {
  return filter.kind === 'and' || filter.kind === 'or' ? PRECEDENCE[filter.kind] : 3;
}

function formatValue(value: CompValue): string {
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  return JSON.stringify(value);
}

/**
 * A filter as canonical SCIM text: lower-case operators, JSON values, and parentheses only where
 * precedence needs them, so `parseFilter(formatFilter(f))` gives back `f`. Also fit for logs.
 */
export function formatFilter(filter: FilterOf<object>): string {
  switch (filter.kind) {
    case 'compare':
      return `${formatAttrPath(filter.path)} ${filter.op} ${formatValue(filter.value)}`;
    case 'present':
      return `${formatAttrPath(filter.path)} pr`;
    case 'not':
      return `not (${formatFilter(filter.filter)})`;
    case 'valuePath':
      return `${formatAttrPath(filter.path)}[${formatFilter(filter.filter)}]`;
    case 'and':
    case 'or': {
      const own = PRECEDENCE[filter.kind];
      // Left-associative: the left side needs parentheses only when it binds looser, the right one also when equal.
      const left = precedence(filter.left) < own ? `(${formatFilter(filter.left)})` : formatFilter(filter.left);
      const right = precedence(filter.right) <= own ? `(${formatFilter(filter.right)})` : formatFilter(filter.right);
      return `${left} ${filter.kind} ${right}`;
    }
  }
}

/** A PATCH path as text, the inverse of `parsePatchPath`. */
export function formatPatchPath(path: PatchPath): string {
  const filter = path.valueFilter === undefined ? '' : `[${formatFilter(path.valueFilter)}]`;
  const subAttr = path.subAttr === undefined ? '' : `.${path.subAttr}`;
  return `${formatAttrPath(path.attrPath)}${filter}${subAttr}`;
}
