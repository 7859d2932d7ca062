import { tenantScope, type DomainContext } from '../context';
import {
  allOf,
  anyOf,
  equalities,
  existsCondition,
  idConditions,
  memberOf,
  negation,
  orderedConditions,
  stringConditions,
  type Condition,
  type DateTimeCondition,
  type IdCondition,
  type IntCondition,
  type StringCondition,
} from '../query/conditions';
import { findPage, pinsEquality, pinsUniqueKey, type Page, type PageWindow, type SortKey } from '../query/paging';
import { tableReader } from '../query/rows';
import type { OrgRole } from '../roles';
import { Team } from './team.entity';

export interface RoleCondition {
  eq?: OrgRole | null;
  ne?: OrgRole | null;
  in?: readonly OrgRole[] | null;
  /** true: the team grants a role; false: it grants none. */
  present?: boolean | null;
}

/** `members[value eq "…"]`: some member matches; `present`: the team has (no) members. */
export interface TeamMembersCondition {
  value?: IdCondition | null;
  present?: boolean | null;
}

/** A team filter; every condition given must hold. Runs in SQL. */
export interface TeamFilter {
  and?: readonly TeamFilter[] | null;
  or?: readonly TeamFilter[] | null;
  not?: TeamFilter | null;
  id?: IdCondition | null;
  /** Case-insensitive unless `caseExact` (SCIM `displayName` is caseExact false). */
  displayName?: StringCondition | null;
  /** Case-exact (the IdP's id). */
  externalId?: StringCondition | null;
  grantsRole?: RoleCondition | null;
  createdAt?: DateTimeCondition | null;
  updatedAt?: DateTimeCondition | null;
  /** The team's version (SCIM `meta.version`). */
  version?: IntCondition | null;
  members?: TeamMembersCondition | null;
}

export const TEAM_SORTS = {
  displayName: { name: 'displayName', property: 'displayNameKey', kind: 'string' },
  externalId: { name: 'externalId', property: 'externalId', kind: 'string' },
  createdAt: { name: 'createdAt', property: 'createdAt', kind: 'date' },
  updatedAt: { name: 'updatedAt', property: 'updatedAt', kind: 'date' },
} as const satisfies Record<string, SortKey>;

export type TeamSort = keyof typeof TEAM_SORTS;

/** A team list: filter, order and page (give `first` or `last`). */
export interface TeamListQuery extends PageWindow {
  filter?: TeamFilter | null;
  /** Default `createdAt`: a stable order for index paging (SCIM startIndex). */
  sort?: TeamSort | null;
  descending?: boolean | null;
}

function roleConditions(cond: RoleCondition): Condition[] {
  const out = stringConditions({ column: 'grants_role', caseExact: true }, { eq: cond.eq, ne: cond.ne });
  if (cond.in != null) out.push(memberOf('grants_role', cond.in));
  if (cond.present != null) out.push(...stringConditions({ column: 'grants_role', caseExact: true }, { present: cond.present }));
  return out;
}

function membersConditions(cond: TeamMembersCondition): Condition[] {
  const out: Condition[] = [];
  const join = (outer: string): string => `x.team_id = ${outer}.id`;
  if (cond.value) out.push(existsCondition('team_members', join, allOf(idConditions('user_id', cond.value))));
  if (cond.present != null) {
    const exists = existsCondition('team_members', join);
    out.push(cond.present ? exists : negation(exists));
  }
  return out;
}

/** The SQL-side condition of a team filter. */
export function teamFilterCondition(filter: TeamFilter): Condition {
  const out: Condition[] = [];
  if (filter.and?.length) out.push(allOf(filter.and.map(teamFilterCondition)));
  if (filter.or?.length) out.push(anyOf(filter.or.map(teamFilterCondition)));
  if (filter.not) out.push(negation(teamFilterCondition(filter.not)));
  if (filter.id) out.push(...idConditions('id', filter.id));
  if (filter.displayName) {
    out.push(...stringConditions({ column: 'display_name', keyColumn: 'display_name_key', caseExact: false, trimmed: true }, filter.displayName));
  }
  if (filter.externalId) out.push(...stringConditions({ column: 'external_id', caseExact: true }, filter.externalId));
  if (filter.grantsRole) out.push(...roleConditions(filter.grantsRole));
  if (filter.createdAt) out.push(...orderedConditions('created_at', filter.createdAt));
  if (filter.updatedAt) out.push(...orderedConditions('updated_at', filter.updatedAt));
  if (filter.version) out.push(...orderedConditions('version', filter.version));
  if (filter.members) out.push(...membersConditions(filter.members));
  return allOf(out);
}

/** A page of the teams the actor may see, filtered, sorted and paged in SQL. */
export async function listTeams(ctx: DomainContext, query: TeamListQuery): Promise<Page<Team>> {
  const { organizationId } = tenantScope(ctx);
  const where = allOf([...equalities({ organization_id: organizationId }), ...(query.filter ? [teamFilterCondition(query.filter)] : [])]);
  return findPage(ctx, tableReader(ctx.em, Team), where, {
    ...query,
    sort: TEAM_SORTS[query.sort ?? 'createdAt'],
    descending: query.descending ?? false,
    // The unique (organization_id, display_name_key).
    atMostOne: pinsUniqueKey(organizationId, query.filter, 'displayName'),
    narrow: pinsEquality(query.filter, 'externalId'),
  });
}
