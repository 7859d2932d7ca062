/**
 * The SCIM filter AST (RFC 7644 §3.4.2.2) and PATCH path (§3.5.2). Attribute names keep the case
 * the client wrote; compare them with `attrPathKey`, or resolve the filter against
 * a catalogue (resolve.ts) to get canonical names.
 */

/** Longest filter text accepted, in characters. */
export const MAX_FILTER_LENGTH = 4096;
/** Deepest nesting of parentheses, `not (…)` and `[…]` accepted. */
export const MAX_FILTER_DEPTH = 32;

/**
 * `[schema:]attr[.subAttr]`. `schema` is the URN prefix, lower-cased (URNs compare
 * case-insensitively); `attr`/`subAttr` are as written.
 */
export interface AttrPath {
  schema?: string;
  attr: string;
  subAttr?: string;
}

export const COMPARE_OPS = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'] as const;
export type CompareOp = (typeof COMPARE_OPS)[number];

/** A JSON scalar: RFC 7644's compValue. */
export type CompValue = string | number | boolean | null;

/**
 * A filter whose attribute leaves (compare, present, valuePath) carry extra fields `L`:
 * nothing for a parsed filter, the attribute definition for a resolved one.
 * `and`/`or` are binary and left-associative as parsed: `a and b and c` is `(a and b) and c`.
 */
export type FilterOf<L extends object> =
  | ({ kind: 'compare'; path: AttrPath; op: CompareOp; value: CompValue } & L)
  | ({ kind: 'present'; path: AttrPath } & L)
  | { kind: 'and' | 'or'; left: FilterOf<L>; right: FilterOf<L> }
  | { kind: 'not'; filter: FilterOf<L> }
  /** `path[filter]`: some element of the complex attribute `path` matches `filter`, whose paths are relative to it. */
  | ({ kind: 'valuePath'; path: AttrPath; filter: FilterOf<L> } & L);

/** A parsed filter. */
export type Filter = FilterOf<Record<never, never>>;
export type CompareFilter = Extract<Filter, { kind: 'compare' }>;
export type PresentFilter = Extract<Filter, { kind: 'present' }>;
export type LogicalFilter = Extract<Filter, { kind: 'and' | 'or' }>;
export type NotFilter = Extract<Filter, { kind: 'not' }>;
export type ValuePathFilter = Extract<Filter, { kind: 'valuePath' }>;

/**
 * A PATCH operation's `path` (RFC 7644 §3.5.2): `attrPath` or `valuePath [ "." subAttr ]`.
 * `members[value eq "x"]` → `{ attrPath: {attr: 'members'}, valueFilter }`;
 * `emails[type eq "work"].value` → the same plus `subAttr: 'value'`;
 * `name.givenName` → `{ attrPath: {attr: 'name', subAttr: 'givenName'} }`.
 */
export interface PatchPath {
  attrPath: AttrPath;
  valueFilter?: Filter;
  subAttr?: string;
}

/** A case-insensitive key for an attribute path: `urn:…:user:manager.value`, `name.givenname`. */
export function attrPathKey(path: AttrPath): string {
  const name = path.subAttr === undefined ? path.attr : `${path.attr}.${path.subAttr}`;
  return (path.schema === undefined ? name : `${path.schema}:${name}`).toLowerCase();
}
