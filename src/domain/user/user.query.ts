import { tenantScope, type DomainContext } from '../context';
import { allOf, equalities } from '../query/conditions';
import { findPage, pinsEquality, pinsUniqueKey, type Page, type PageWindow, type SortKey } from '../query/paging';
import { roleSql } from './user-role.sql';
import { compileUserFilter, type UserFilter } from './user.filter';
import { userReader, type IncludedUser, type UserInclude } from './user.store';

/**
 * Orders a user list can take; each is a column, tie-broken by id. Strings with caseExact false
 * order ignoring case (RFC 7644 §3.4.2.3): userName by its lower-cased key column (the unique
 * index), the others by `lower()` of the column; externalId is case-exact.
 */
export const USER_SORT_KEYS = {
  userName: { name: 'userName', property: 'userNameKey', kind: 'string' },
  displayName: { name: 'displayName', property: 'displayName', kind: 'string', ignoreCase: true },
  externalId: { name: 'externalId', property: 'externalId', kind: 'string' },
  familyName: { name: 'familyName', property: 'nameFamilyName', kind: 'string', ignoreCase: true },
  givenName: { name: 'givenName', property: 'nameGivenName', kind: 'string', ignoreCase: true },
  title: { name: 'title', property: 'title', kind: 'string', ignoreCase: true },
  createdAt: { name: 'createdAt', property: 'createdAt', kind: 'date' },
  updatedAt: { name: 'updatedAt', property: 'updatedAt', kind: 'date' },
} as const satisfies Record<string, SortKey>;

export type UserSort = keyof typeof USER_SORT_KEYS;

/** A user list: filter, order and page (`first` is DEFAULT_PAGE_SIZE unless `last` is given). */
export interface ListUsersRequest extends PageWindow {
  filter?: UserFilter | null;
  /** Default `createdAt`: the order users were created in, stable across pages. */
  sort?: UserSort | null;
  descending?: boolean | null;
}

export const DEFAULT_PAGE_SIZE = 100;

/**
 * One page of the organization's users (deleted users never appear) matching the filter,
 * filtered, sorted and paged in SQL, each with what `include` asks for, in the same statement.
 */
export async function listUsers(ctx: DomainContext, request: ListUsersRequest = {}, include: UserInclude = {}): Promise<Page<IncludedUser>> {
  const { organizationId } = tenantScope(ctx);
  const where = allOf([...equalities({ organization_id: organizationId, deleted_at: null }), compileUserFilter(request.filter ?? {}, { roles: roleSql(ctx), organizationId })]);
  return findPage(ctx, userReader(ctx, include), where, {
    ...request,
    first: request.first ?? (request.last == null ? DEFAULT_PAGE_SIZE : null),
    sort: USER_SORT_KEYS[request.sort ?? 'createdAt'],
    descending: request.descending ?? false,
    // The unique (organization_id, user_name_key).
    atMostOne: pinsUniqueKey(organizationId, request.filter, 'userName'),
    narrow: pinsEquality(request.filter, 'externalId'),
  });
}
