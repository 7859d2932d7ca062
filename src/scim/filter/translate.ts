import { ScimError } from '../errors';
import type { BooleanFilterInput, DateTimeFilterInput, IdFilterInput, StringFilterInput } from '../operations/users.generated';
import { attrPathKey, type AttrPath, type CompValue, type CompareOp } from './ast';
import { formatAttrPath } from './attr-path';
import type { ResolvedFilter } from './resolve';

/**
 * Resolved SCIM filters (resolve.ts) → GraphQL filter inputs, executed as SQL by the domain
 * (DESIGN.md "Data flow"). A resource describes where each filterable attribute lands in its
 * generated input type `I` with a `FilterTable<I>` (to-graphql.ts); the translation of operators,
 * `and`/`or`/`not` and `attr[…]` is shared. Each field lands through a function typed against the
 * generated input, so a table that names a field the input lacks does not compile.
 */

/**
 * Where one SCIM attribute lands: `at` places the condition of its kind (the GraphQL
 * StringFilterInput, BooleanFilterInput, DateTimeFilterInput or IdFilterInput) in the input.
 */
export type FilterField<I> =
  | { readonly kind: 'string'; readonly at: (condition: StringFilterInput) => I }
  | { readonly kind: 'boolean'; readonly at: (condition: BooleanFilterInput) => I }
  | { readonly kind: 'dateTime'; readonly at: (condition: DateTimeFilterInput) => I }
  /** `present`: where `pr` lands (`members.value pr` → `members.present`); without it `pr` holds for all (every resource has an id). */
  | { readonly kind: 'id'; readonly at: (condition: IdFilterInput) => I; readonly present?: () => I }
  /**
   * A derived attribute every resource has (`meta.version`, `meta.location`, `meta.resourceType`):
   * the whole input for `op value`, or null when the operator does not apply. `pr` holds for all.
   */
  | { readonly kind: 'derived'; readonly compile: (op: CompareOp, value: CompValue) => I | null };

/** How an input combines conditions; `all` is the empty filter, which every resource matches. */
export interface FilterLogic<I> {
  all(): I;
  and(parts: I[]): I;
  or(parts: I[]): I;
  not(inner: I): I;
}

/** `attr[…]`: the inner filter translated with the element's own table, placed in the input. */
export interface ValuePath<I> {
  readonly translate: (filter: ResolvedFilter, key: string) => I;
}

/**
 * A resource's (or a complex attribute's) translation table. `fields` is keyed by `attrPathKey` of
 * the canonical path (`username`, `name.givenname`, `emails.value`, `urn:…:user:manager.value`);
 * `valuePaths` by the complex attribute whose element filter it holds (`emails`): inside
 * `emails[…]`, `type` is looked up in the element's table (Entra matches users by
 * `emails[type eq "work"].value eq …`: entra/13-filter-work-email-value.json).
 */
export interface FilterTable<I> {
  readonly fields: Readonly<Record<string, FilterField<I>>>;
  readonly logic: FilterLogic<I>;
  readonly valuePaths?: Readonly<Record<string, ValuePath<I>>>;
}

/** Field constructors for an input type `I`; each `at` is checked against `I`. */
export function fieldsOf<I>() {
  return {
    text: (at: (condition: StringFilterInput) => I): FilterField<I> => ({ kind: 'string', at }),
    boolean: (at: (condition: BooleanFilterInput) => I): FilterField<I> => ({ kind: 'boolean', at }),
    dateTime: (at: (condition: DateTimeFilterInput) => I): FilterField<I> => ({ kind: 'dateTime', at }),
    id: (at: (condition: IdFilterInput) => I, present?: () => I): FilterField<I> => ({ kind: 'id', at, ...(present === undefined ? {} : { present }) }),
  };
}

/** A field of an element's table placed in the outer input through `place`. */
function placed<I, J>(field: FilterField<J>, place: (inner: J) => I): FilterField<I> {
  switch (field.kind) {
    case 'string':
      return { kind: 'string', at: (condition) => place(field.at(condition)) };
    case 'boolean':
      return { kind: 'boolean', at: (condition) => place(field.at(condition)) };
    case 'dateTime':
      return { kind: 'dateTime', at: (condition) => place(field.at(condition)) };
    case 'id': {
      const { present } = field;
      return { kind: 'id', at: (condition) => place(field.at(condition)), ...(present ? { present: () => place(present()) } : {}) };
    }
    case 'derived':
      return {
        kind: 'derived',
        compile: (op, value) => {
          const compiled = field.compile(op, value);
          return compiled === null ? null : place(compiled);
        },
      };
  }
}

/**
 * A complex attribute `name` whose element filter `place` puts in the outer input: its `name[…]`
 * value path, and its element table's fields as the outer fields `name.sub`.
 */
export function complexAttribute<I, J extends object>(name: string, table: FilterTable<J>, place: (inner: J) => I) {
  const fields: Record<string, FilterField<I>> = {};
  for (const [sub, field] of Object.entries(table.fields)) fields[`${name}.${sub}`] = placed(field, place);
  const valuePath: ValuePath<I> = { translate: (filter, key) => place(translate(filter, table, lookupIn(table, key), true)) };
  return { fields, valuePaths: { [name]: valuePath } };
}

const fail = (detail: string): never => {
  throw new ScimError(400, 'invalidFilter', detail);
};

type DateTimeOp = Exclude<CompareOp, 'co' | 'sw' | 'ew'>;
const isDateTimeOp = (op: CompareOp): op is DateTimeOp => op !== 'co' && op !== 'sw' && op !== 'ew';

/** `op value` on a string: `{ [op]: value, caseExact }`. */
function stringCondition(op: CompareOp, value: string, caseExact: boolean): StringFilterInput {
  const condition: StringFilterInput = {};
  condition[op] = value;
  condition.caseExact = caseExact;
  return condition;
}

function dateTimeCondition(op: DateTimeOp, value: string): DateTimeFilterInput {
  const condition: DateTimeFilterInput = {};
  condition[op] = value;
  return condition;
}

/** `attr op value` placed in the input; null when the field's kind has no such operator (resolve.ts has checked the value's type). */
function compare<I>(field: FilterField<I>, op: CompareOp, value: CompValue, caseExact: boolean): I | null {
  if (field.kind === 'derived') return field.compile(op, value);
  // RFC 7644 §3.4.2.2: `eq null` / `ne null` test for an unassigned value.
  if (value === null) return field.kind === 'id' ? null : field.at({ present: op !== 'eq' });
  const equality = op === 'eq' || op === 'ne';
  switch (field.kind) {
    case 'string':
      return typeof value === 'string' ? field.at(stringCondition(op, value, caseExact)) : null;
    case 'boolean':
      return equality && typeof value === 'boolean' ? field.at(op === 'eq' ? { eq: value } : { ne: value }) : null;
    case 'dateTime':
      return isDateTimeOp(op) && typeof value === 'string' ? field.at(dateTimeCondition(op, value)) : null;
    case 'id':
      return equality && typeof value === 'string' ? field.at(op === 'eq' ? { eq: value } : { ne: value }) : null;
  }
}

/** `attr pr` on a leaf: its `present`, or all for an id or a derived attribute (every resource has them). */
function present<I>(field: FilterField<I>, all: () => I): I {
  if (field.kind === 'derived') return all();
  if (field.kind === 'id') return field.present ? field.present() : all();
  return field.at({ present: true });
}

/** Looks a leaf path up in the table; inside `attr[…]` the error names the path relative to `attr`. */
type Lookup<I> = (path: AttrPath) => { field: FilterField<I>; shown: string };

function lookupIn<I>(table: FilterTable<I>, prefix?: string): Lookup<I> {
  return (path) => {
    const shown = prefix === undefined ? formatAttrPath(path) : `${prefix}.${formatAttrPath(path)}`;
    const field = table.fields[attrPathKey(path)];
    return field ? { field, shown } : fail(`Attribute "${shown}" cannot be used in a filter`);
  };
}

/** `a and (b and c)` → `[a, b, c]`: one input list per run of the same operator. */
function flatten(filter: ResolvedFilter, kind: 'and' | 'or'): ResolvedFilter[] {
  return filter.kind === kind ? [...flatten(filter.left, kind), ...flatten(filter.right, kind)] : [filter];
}

function translate<I extends object>(filter: ResolvedFilter, table: FilterTable<I>, lookup: Lookup<I>, inValuePath: boolean): I {
  switch (filter.kind) {
    case 'and':
    case 'or': {
      const parts = flatten(filter, filter.kind).map((part) => translate(part, table, lookup, inValuePath));
      return filter.kind === 'and' ? table.logic.and(parts) : table.logic.or(parts);
    }
    case 'not':
      return table.logic.not(translate(filter.filter, table, lookup, inValuePath));
    case 'valuePath': {
      const key = attrPathKey(filter.path);
      const valuePath = inValuePath ? undefined : table.valuePaths?.[key];
      if (!valuePath) return fail(`"${formatAttrPath(filter.path)}[…]" cannot be used in a filter`);
      return valuePath.translate(filter.filter, key);
    }
    case 'present':
      if (filter.attribute.type === 'complex') return presentAny(filter, table, lookup, inValuePath);
      return present(lookup(filter.path).field, table.logic.all);
    case 'compare': {
      const { field, shown } = lookup(filter.path);
      return compare(field, filter.op, filter.value, filter.attribute.caseExact === true) ?? fail(`The operator "${filter.op}" cannot be used with the attribute "${shown}"`);
    }
  }
}

/**
 * `attr pr` on a complex attribute (`name`, `meta`): RFC 7644 §3.4.2.2 has it match "if it contains
 * a non-empty node", so it is `attr.sub pr` for any sub-attribute the table can filter; one
 * present on every resource (`meta.created`) makes it hold for all.
 */
function presentAny<I extends object>(filter: Extract<ResolvedFilter, { kind: 'present' }>, table: FilterTable<I>, lookup: Lookup<I>, inValuePath: boolean): I {
  const key = attrPathKey(filter.path);
  const parts = (filter.attribute.subAttributes ?? [])
    .filter((sub) => sub.filterable && table.fields[`${key}.${sub.name.toLowerCase()}`])
    .map((sub) => translate({ kind: 'present', path: { ...filter.path, subAttr: sub.name }, attribute: sub }, table, lookup, inValuePath));
  if (parts.length === 0) return fail(`Attribute "${formatAttrPath(filter.path)}" cannot be used in a filter`);
  return parts.some((part) => Object.keys(part).length === 0) ? table.logic.all() : table.logic.or(parts);
}

/** Translates a resolved filter with a resource's table; attributes the table lacks are 400 invalidFilter naming them. */
export function translateFilter<I extends object>(filter: ResolvedFilter, table: FilterTable<I>): I {
  return translate(filter, table, lookupIn(table), false);
}
