import { ScimError } from '../errors';
import { ENTERPRISE_USER, ROLE_EXTENSION } from '../schemas';
import { attrPathKey, type AttrPath, type CompValue, type CompareOp } from './ast';
import { formatAttrPath } from './attr-path';
import type { ResolvedFilter } from './resolve';
import type { TeamFilterInput } from '../operations/groups.generated';
import type { UserFilterInput } from '../operations/users.generated';

/**
 * Resolved SCIM filters (resolve.ts) → GraphQL filter inputs, executed as SQL by the domain
 * (DESIGN.md "Data flow"). A resource describes where each filterable attribute lands in its
 * input with a `FilterTable`; the translation of operators, `and`/`or`/`not` and `attr[…]` is
 * shared, so the Groups façade adds a table next to `USER_FILTER_TABLE` and nothing else.
 */

/** How an input field compares: the GraphQL StringFilterInput, BooleanFilterInput, DateTimeFilterInput or IdFilterInput. */
export type FilterFieldKind = 'string' | 'boolean' | 'dateTime' | 'id';

/** Where one SCIM attribute lands: the input fields leading to its condition, e.g. `['name', 'givenName']`. */
export interface FilterField {
  readonly path: readonly string[];
  readonly kind: FilterFieldKind;
  /** Where `pr` lands when the field's own condition has no `present` (`members.value pr` → `members.present`). */
  readonly presentAt?: readonly string[];
  /**
   * A derived attribute every resource has (`meta.version`, `meta.location`, `meta.resourceType`):
   * the whole input for `op value`, or null when the operator does not apply. `pr` holds for all.
   */
  readonly compile?: (op: CompareOp, value: CompValue) => FilterInput | null;
}

/**
 * A resource's translation table. `fields` is keyed by `attrPathKey` of the canonical path
 * (`username`, `name.givenname`, `emails.value`, `urn:…:user:manager.value`); `valuePaths` names,
 * per complex attribute, the input field holding one element's filter (`emails` → `emails`): inside
 * `emails[…]`, `type` is looked up as `emails.type` and lands without its first path segment
 * (Entra matches users by `emails[type eq "work"].value eq …`: entra/13-filter-work-email-value.json).
 */
export interface FilterTable {
  readonly fields: Readonly<Record<string, FilterField>>;
  readonly valuePaths?: Readonly<Record<string, string>>;
}

/** A GraphQL filter input: conditions by field, combined with `and`, `or` and `not`. */
export interface FilterInput {
  and?: FilterInput[];
  or?: FilterInput[];
  not?: FilterInput;
  [field: string]: unknown;
}

const fail = (detail: string): never => {
  throw new ScimError(400, 'invalidFilter', detail);
};

/** Nests `condition` under the fields of `path`: `['name', 'givenName']` → `{ name: { givenName: condition } }`. */
function nest(path: readonly string[], condition: unknown): FilterInput {
  return path.reduceRight<unknown>((inner, field) => ({ [field]: inner }), condition) as FilterInput;
}

/** `attr op value` as the condition object of one field kind; null when the kind has no such operator. */
function condition(kind: FilterFieldKind, op: CompareOp, value: CompValue, caseExact: boolean): Record<string, unknown> | null {
  // RFC 7644 §3.4.2.2: `eq null` / `ne null` test for an unassigned value.
  if (value === null) return kind === 'id' ? null : { present: op !== 'eq' };
  switch (kind) {
    case 'string':
      return { [op]: value, caseExact };
    case 'boolean':
      return op === 'eq' || op === 'ne' ? { [op]: value } : null;
    case 'dateTime':
      return ['eq', 'ne', 'gt', 'ge', 'lt', 'le'].includes(op) ? { [op]: value } : null;
    case 'id':
      return op === 'eq' || op === 'ne' ? { [op]: value } : null;
  }
}

/** Looks a leaf path up in the table; inside `attr[…]` paths are relative to `attr`. */
type Lookup = (path: AttrPath) => { field: FilterField; shown: string };

function lookupIn(table: FilterTable, prefix?: string): Lookup {
  return (path) => {
    const key = prefix === undefined ? attrPathKey(path) : `${prefix}.${attrPathKey(path)}`;
    const shown = prefix === undefined ? formatAttrPath(path) : `${prefix}.${formatAttrPath(path)}`;
    const field = table.fields[key];
    if (!field) return fail(`Attribute "${shown}" cannot be used in a filter`);
    if (prefix === undefined) return { field, shown };
    return { field: { ...field, path: field.path.slice(1), ...(field.presentAt ? { presentAt: field.presentAt.slice(1) } : {}) }, shown };
  };
}

/** `a and (b and c)` → `[a, b, c]`: one input list per run of the same operator. */
function flatten(filter: ResolvedFilter, kind: 'and' | 'or'): ResolvedFilter[] {
  return filter.kind === kind ? [...flatten(filter.left, kind), ...flatten(filter.right, kind)] : [filter];
}

function translate(filter: ResolvedFilter, table: FilterTable, lookup: Lookup, inValuePath: boolean): FilterInput {
  switch (filter.kind) {
    case 'and':
    case 'or':
      return { [filter.kind]: flatten(filter, filter.kind).map((part) => translate(part, table, lookup, inValuePath)) };
    case 'not':
      return { not: translate(filter.filter, table, lookup, inValuePath) };
    case 'valuePath': {
      const key = attrPathKey(filter.path);
      const field = inValuePath ? undefined : table.valuePaths?.[key];
      if (!field) return fail(`"${formatAttrPath(filter.path)}[…]" cannot be used in a filter`);
      return { [field]: translate(filter.filter, table, lookupIn(table, key), true) };
    }
    case 'present': {
      if (filter.attribute.type === 'complex') return presentAny(filter, table, lookup, inValuePath);
      const { field } = lookup(filter.path);
      if (field.presentAt) return nest(field.presentAt, true);
      // Every resource has an id and a meta: `pr` holds for all, which is the empty filter.
      return field.kind === 'id' || field.compile ? {} : nest(field.path, { present: true });
    }
    case 'compare': {
      const { field, shown } = lookup(filter.path);
      if (field.compile) return field.compile(filter.op, filter.value) ?? fail(`The operator "${filter.op}" cannot be used with the attribute "${shown}"`);
      const built = condition(field.kind, filter.op, filter.value, filter.attribute.caseExact === true);
      if (!built) return fail(`The operator "${filter.op}" cannot be used with the attribute "${shown}"`);
      return nest(field.path, built);
    }
  }
}

/**
 * `attr pr` on a complex attribute (`name`, `meta`): RFC 7644 §3.4.2.2 has it match "if it contains
 * a non-empty node", so it is `attr.sub pr` for any sub-attribute the table can filter; one
 * present on every resource (`meta.created`) makes it hold for all.
 */
function presentAny(filter: Extract<ResolvedFilter, { kind: 'present' }>, table: FilterTable, lookup: Lookup, inValuePath: boolean): FilterInput {
  const key = attrPathKey(filter.path);
  const parts = (filter.attribute.subAttributes ?? [])
    .filter((sub) => sub.filterable && table.fields[`${key}.${sub.name.toLowerCase()}`])
    .map((sub) => translate({ kind: 'present', path: { ...filter.path, subAttr: sub.name }, attribute: sub }, table, lookup, inValuePath));
  if (parts.length === 0) return fail(`Attribute "${formatAttrPath(filter.path)}" cannot be used in a filter`);
  return parts.some((part) => Object.keys(part).length === 0) ? {} : { or: parts };
}

/** Translates a resolved filter with a resource's table; attributes the table lacks are 400 invalidFilter naming them. */
export function translateFilter(filter: ResolvedFilter, table: FilterTable): FilterInput {
  return translate(filter, table, lookupIn(table), false);
}

const ENTERPRISE = ENTERPRISE_USER.toLowerCase();
const ROLE = ROLE_EXTENSION.toLowerCase();
const text = (...path: string[]): FilterField => ({ path, kind: 'string' });

/** Matches no resource: an id list with nothing in it. */
const NONE: FilterInput = { id: { in: [] } };

/** `meta.resourceType` (RFC 7643 §3.1; case-exact): `eq` the type's name holds for all, any other for none; `ne` the reverse. */
function resourceTypeField(resourceType: string): FilterField {
  return {
    path: [],
    kind: 'string',
    compile: (op, value) => {
      if (op !== 'eq' && op !== 'ne') return null;
      return (value === resourceType) === (op === 'eq') ? {} : NONE;
    },
  };
}

/** `meta.location` (RFC 7643 §3.1: the resource's URI; case-exact): `eq` a URL ending in `/<endpoint>/<id>` is `id eq`; `ne` its negation. */
function locationField(endpoint: string): FilterField {
  return {
    path: [],
    kind: 'string',
    compile: (op, value) => {
      if (op !== 'eq' && op !== 'ne') return null;
      const match = typeof value === 'string' ? new RegExp(`/${endpoint}/([^/?#]+)$`).exec(value) : null;
      const same: FilterInput = match ? { id: { eq: match[1] } } : NONE;
      return op === 'eq' ? same : { not: same };
    },
  };
}

/** The version number an ETag names: `W/"3"`, `"3"` and `3` all name 3 (the attribute is a string). */
function versionOf(value: CompValue): number | null {
  const match = typeof value === 'string' ? /^(?:W\/)?"?(\d{1,9})"?$/.exec(value.trim()) : null;
  return match ? Number(match[1]) : null;
}

/**
 * `meta.version` (RFC 7643 §3.1: the resource's ETag) compared with the version number. Only
 * `eq`/`ne` apply; a value that is no version is 400 invalidFilter.
 */
const VERSION_FIELD: FilterField = {
  path: [],
  kind: 'string',
  compile: (op, value) => {
    if (op !== 'eq' && op !== 'ne') return null;
    const version = versionOf(value);
    if (version === null) return fail('meta.version takes an ETag such as W/"3"');
    return { version: { [op]: version } };
  },
};

/** SCIM User attributes (DESIGN.md "Filterable user attributes") → GraphQL `UserFilterInput`. */
export const USER_FILTER_TABLE: FilterTable = {
  fields: {
    id: { path: ['id'], kind: 'id' },
    externalid: text('externalId'),
    username: text('userName'),
    displayname: text('displayName'),
    nickname: text('nickName'),
    title: text('title'),
    usertype: text('userType'),
    locale: text('locale'),
    active: { path: ['active'], kind: 'boolean' },
    'name.formatted': text('name', 'formatted'),
    'name.familyname': text('name', 'familyName'),
    'name.givenname': text('name', 'givenName'),
    'name.middlename': text('name', 'middleName'),
    'name.honorificprefix': text('name', 'honorificPrefix'),
    'name.honorificsuffix': text('name', 'honorificSuffix'),
    'emails.value': text('emails', 'value'),
    'emails.type': text('emails', 'type'),
    'emails.display': text('emails', 'display'),
    'emails.primary': { path: ['emails', 'primary'], kind: 'boolean' },
    'phonenumbers.value': text('phoneNumbers', 'value'),
    'meta.created': { path: ['createdAt'], kind: 'dateTime' },
    'meta.lastmodified': { path: ['updatedAt'], kind: 'dateTime' },
    'meta.resourcetype': resourceTypeField('User'),
    'meta.location': locationField('Users'),
    [`${ENTERPRISE}:employeenumber`]: text('employeeNumber'),
    [`${ENTERPRISE}:costcenter`]: text('costCenter'),
    [`${ENTERPRISE}:organization`]: text('organization'),
    [`${ENTERPRISE}:division`]: text('division'),
    [`${ENTERPRISE}:department`]: text('department'),
    [`${ENTERPRISE}:manager.value`]: text('managerValue'),
    [`${ROLE}:role`]: text('idpRole'),
  },
  valuePaths: { emails: 'emails', phonenumbers: 'phoneNumbers' },
};

/** A resolved User filter as GraphQL `UserFilterInput`. */
export function toUserFilterInput(filter: ResolvedFilter): UserFilterInput {
  return asInput(translateFilter(filter, USER_FILTER_TABLE));
}

/**
 * SCIM Group attributes (DESIGN.md: `id`, `externalId`, `displayName`, `members` / `members.value`,
 * `meta.*`) → GraphQL `TeamFilterInput`. `displayName eq` compares case-insensitively (caseExact
 * false); `members[value eq "…"]` and `members.value eq "…"` test for some member, in SQL.
 */
export const GROUP_FILTER_TABLE: FilterTable = {
  fields: {
    id: { path: ['id'], kind: 'id' },
    externalid: text('externalId'),
    displayname: text('displayName'),
    'members.value': { path: ['members', 'value'], kind: 'id', presentAt: ['members', 'present'] },
    'meta.created': { path: ['createdAt'], kind: 'dateTime' },
    'meta.lastmodified': { path: ['updatedAt'], kind: 'dateTime' },
    'meta.resourcetype': resourceTypeField('Group'),
    'meta.location': locationField('Groups'),
    'meta.version': VERSION_FIELD,
  },
  valuePaths: { members: 'members' },
};

/**
 * `members[a or b]` as `members[a] or members[b]` (the same groups: some member matches either),
 * since one member's condition in `TeamFilterInput` is a single id test. `and` and `not` inside
 * `members[…]` have no such rewriting and are 400 invalidFilter.
 */
function spreadMemberFilters(filter: ResolvedFilter): ResolvedFilter {
  switch (filter.kind) {
    case 'and':
    case 'or':
      return { ...filter, left: spreadMemberFilters(filter.left), right: spreadMemberFilters(filter.right) };
    case 'not':
      return { ...filter, filter: spreadMemberFilters(filter.filter) };
    case 'valuePath': {
      const inner = filter.filter;
      if (inner.kind === 'or') {
        return { kind: 'or', left: spreadMemberFilters({ ...filter, filter: inner.left }), right: spreadMemberFilters({ ...filter, filter: inner.right }) };
      }
      if (inner.kind !== 'compare' && inner.kind !== 'present') {
        return fail(`"${formatAttrPath(filter.path)}[…]" may test one member's value, or several joined by "or"`);
      }
      return filter;
    }
    default:
      return filter;
  }
}

/** A resolved Group filter as GraphQL `TeamFilterInput`. */
export function toGroupFilterInput(filter: ResolvedFilter): TeamFilterInput {
  return asInput(translateFilter(spreadMemberFilters(filter), GROUP_FILTER_TABLE));
}

/**
 * A translated filter as the generated input type it is built for. The tables above spell the
 * input's field names as data, which the compiler cannot follow; test/scim/discovery.test.ts filters
 * on every attribute the schemas mark filterable through the real app, so a field the input lacks
 * fails there.
 */
const asInput = <T>(input: FilterInput): T => input as T;
