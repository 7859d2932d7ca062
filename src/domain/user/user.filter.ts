import { isUuid, uuidsOf } from '../../common/ids';
import {
  NOTHING,
  allOf,
  anyOf,
  booleanConditions,
  enumConditions,
  pointedAtBy,
  idConditions,
  memberOf,
  negation,
  orderedConditions,
  scoping,
  stringConditions,
  type BooleanCondition,
  type Condition,
  type DateTimeCondition,
  type EnumCondition,
  type IdCondition,
  type StringColumn,
  type StringCondition,
} from '../query/conditions';
import type { OrgRole, RoleSource } from '../roles';
import type { RoleSql } from './user-role.sql';

/** A filter on one element of `emails` or `phoneNumbers`: every condition holds on the same element. */
export interface ContactFilter {
  and?: ContactFilter[] | null;
  or?: ContactFilter[] | null;
  not?: ContactFilter | null;
  value?: StringCondition | null;
  type?: StringCondition | null;
  primary?: BooleanCondition | null;
  display?: StringCondition | null;
}

export interface NameFilter {
  formatted?: StringCondition | null;
  familyName?: StringCondition | null;
  givenName?: StringCondition | null;
  middleName?: StringCondition | null;
  honorificPrefix?: StringCondition | null;
  honorificSuffix?: StringCondition | null;
}

/** String attributes of a user that can be filtered, and how each is stored (RFC 7643 §4.1 caseExact). */
export const USER_STRING_COLUMNS = {
  userName: { column: 'user_name', keyColumn: 'user_name_key', caseExact: false, trimmed: true },
  externalId: { column: 'external_id', caseExact: true },
  displayName: { column: 'display_name', caseExact: false },
  nickName: { column: 'nick_name', caseExact: false },
  title: { column: 'title', caseExact: false },
  userType: { column: 'user_type', caseExact: false },
  locale: { column: 'locale', caseExact: false },
  preferredLanguage: { column: 'preferred_language', caseExact: false },
  timezone: { column: 'timezone', caseExact: false },
  profileUrl: { column: 'profile_url', caseExact: false },
  employeeNumber: { column: 'employee_number', caseExact: false },
  costCenter: { column: 'cost_center', caseExact: false },
  organization: { column: 'enterprise_organization', caseExact: false },
  division: { column: 'division', caseExact: false },
  department: { column: 'department', caseExact: false },
  managerValue: { column: 'manager_value', caseExact: false },
  idpRole: { column: 'idp_role', caseExact: false },
} as const satisfies Record<string, StringColumn>;

const NAME_COLUMNS = {
  formatted: 'name_formatted',
  familyName: 'name_family_name',
  givenName: 'name_given_name',
  middleName: 'name_middle_name',
  honorificPrefix: 'name_honorific_prefix',
  honorificSuffix: 'name_honorific_suffix',
} as const satisfies Record<keyof NameFilter, string>;

/** The two tables above as entries, made once: every user list compiles its filter against them. */
const STRING_ENTRIES = Object.entries(USER_STRING_COLUMNS) as [keyof typeof USER_STRING_COLUMNS, StringColumn][];
const NAME_ENTRIES = Object.entries(NAME_COLUMNS) as [keyof NameFilter, string][];

/**
 * A filter on users. All conditions given at one level must hold; `and`, `or` and `not`
 * combine nested filters. Compiled to SQL by `compileUserFilter`.
 */
export type UserFilter = { [K in keyof typeof USER_STRING_COLUMNS]?: StringCondition | null } & {
  and?: UserFilter[] | null;
  or?: UserFilter[] | null;
  not?: UserFilter | null;
  id?: IdCondition | null;
  name?: NameFilter | null;
  active?: BooleanCondition | null;
  createdAt?: DateTimeCondition | null;
  updatedAt?: DateTimeCondition | null;
  emails?: ContactFilter | null;
  phoneNumbers?: ContactFilter | null;
  /** Members of the team(s): `eq`/`in` a member of one of them, `ne` not a member of it. */
  teamId?: IdCondition | null;
  /** The effective role, and where it came from, as the `role` and `roleSource` fields show them. */
  role?: EnumCondition<OrgRole> | null;
  roleSource?: EnumCondition<RoleSource> | null;
};

function primaryConditions(filter: BooleanCondition): Condition[] {
  // An element without `primary` counts as not primary.
  const col = (x: string): string => `coalesce(${x}."primary", false)`;
  const out: Condition[] = [];
  if (filter.eq != null) out.push({ sql: (x) => `${col(x)} = ${filter.eq ? 'true' : 'false'}`, params: [] });
  if (filter.ne != null) out.push({ sql: (x) => `${col(x)} <> ${filter.ne ? 'true' : 'false'}`, params: [] });
  if (filter.present != null) out.push({ sql: (x) => `${x}."primary" is ${filter.present ? 'not ' : ''}null`, params: [] });
  return out;
}

/** One contact element filter as a condition on a `user_contacts` row. */
export function contactCondition(filter: ContactFilter): Condition {
  const parts: Condition[] = [];
  if (filter.and?.length) parts.push(allOf(filter.and.map(contactCondition)));
  if (filter.or?.length) parts.push(anyOf(filter.or.map(contactCondition)));
  if (filter.not) parts.push(negation(contactCondition(filter.not)));
  if (filter.value) parts.push(...stringConditions({ column: 'value', keyColumn: 'value_key', caseExact: false }, filter.value));
  if (filter.type) parts.push(...stringConditions({ column: 'type', caseExact: false }, filter.type));
  if (filter.display) parts.push(...stringConditions({ column: 'display', caseExact: false }, filter.display));
  if (filter.primary) parts.push(...primaryConditions(filter.primary));
  return allOf(parts);
}

/** What a user filter compiles against: the effective-role SQL, and the organization listed (undefined: every one). */
export interface UserFilterScope {
  roles: RoleSql;
  organizationId?: string | null;
}

function contactExists(kind: 'email' | 'phone', filter: ContactFilter, scope: UserFilterScope): Condition {
  const ofKind = scoping({ sql: (x) => `${x}.kind = '${kind}'`, params: [] });
  return pointedAtBy('user_contacts', 'user_id', scope.organizationId, allOf([ofKind, contactCondition(filter)]));
}

function teamConditions(filter: IdCondition, scope: UserFilterScope): Condition[] {
  const member = (ids: string[]): Condition => pointedAtBy('team_members', 'user_id', scope.organizationId, memberOf('team_id', ids));
  const out: Condition[] = [];
  if (filter.eq != null) out.push(isUuid(filter.eq) ? member(uuidsOf([filter.eq])) : NOTHING);
  if (filter.in != null) out.push(uuidsOf(filter.in).length ? member(uuidsOf(filter.in)) : NOTHING);
  if (filter.ne != null && isUuid(filter.ne)) out.push(negation(member(uuidsOf([filter.ne]))));
  return out;
}

function combined(filter: UserFilter, scope: UserFilterScope): Condition[] {
  const out: Condition[] = [];
  const compile = (inner: UserFilter): Condition => compileUserFilter(inner, scope);
  if (filter.and?.length) out.push(allOf(filter.and.map(compile)));
  if (filter.or?.length) out.push(anyOf(filter.or.map(compile)));
  if (filter.not) out.push(negation(compile(filter.not)));
  return out;
}

/**
 * Compiles a user filter to one SQL condition on the `users` table, the effective role as
 * `scope.roles` computes it. An empty filter holds for every row. The caller adds the tenant scope and
 * `deleted_at is null`.
 */
export function compileUserFilter(filter: UserFilter, scope: UserFilterScope): Condition {
  const { roles } = scope;
  const out = combined(filter, scope);
  if (filter.id) out.push(...idConditions('id', filter.id));
  for (const [key, column] of STRING_ENTRIES) {
    const condition = filter[key];
    if (condition) out.push(...stringConditions(column, condition));
  }
  for (const [key, column] of NAME_ENTRIES) {
    const condition = filter.name?.[key];
    if (condition) out.push(...stringConditions({ column, caseExact: false }, condition));
  }
  if (filter.active) out.push(...booleanConditions('active', filter.active));
  if (filter.createdAt) out.push(...orderedConditions('created_at', filter.createdAt));
  if (filter.updatedAt) out.push(...orderedConditions('updated_at', filter.updatedAt));
  if (filter.emails) out.push(contactExists('email', filter.emails, scope));
  if (filter.phoneNumbers) out.push(contactExists('phone', filter.phoneNumbers, scope));
  if (filter.teamId) out.push(...teamConditions(filter.teamId, scope));
  if (filter.role) out.push(...enumConditions(roles.role, filter.role));
  if (filter.roleSource) out.push(...enumConditions(roles.source, filter.roleSource));
  return allOf(out);
}
