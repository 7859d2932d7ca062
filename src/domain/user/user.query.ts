import { tenantScope, type DomainContext } from '../context';
import type { Condition } from '../query/conditions';
import { findPage, type Page, type SortKey } from '../query/paging';
import { compileUserFilter, type UserFilter } from './user.filter';
import { User } from './user.entity';

/** Orders a user list can take; each is a column, tie-broken by id. */
export const USER_SORT_KEYS = {
  userName: { name: 'userName', property: 'userNameKey', kind: 'string' },
  displayName: { name: 'displayName', property: 'displayName', kind: 'string' },
  externalId: { name: 'externalId', property: 'externalId', kind: 'string' },
  familyName: { name: 'familyName', property: 'nameFamilyName', kind: 'string' },
  givenName: { name: 'givenName', property: 'nameGivenName', kind: 'string' },
  title: { name: 'title', property: 'title', kind: 'string' },
  createdAt: { name: 'createdAt', property: 'createdAt', kind: 'date' },
  updatedAt: { name: 'updatedAt', property: 'updatedAt', kind: 'date' },
} as const satisfies Record<string, SortKey>;

export type UserSort = keyof typeof USER_SORT_KEYS;

export interface ListUsersRequest {
  filter?: UserFilter | null;
  /** Default `createdAt`: the order users were created in, stable across pages. */
  sort?: UserSort | null;
  descending?: boolean | null;
  /** Page size counted forward (default 100 unless `last` is given; at most MAX_PAGE_SIZE). */
  first?: number | null;
  /** Page size counted backward, from the end or before `before`. */
  last?: number | null;
  after?: string | null;
  before?: string | null;
  offset?: number | null;
}

export const DEFAULT_PAGE_SIZE = 100;

/**
 * One page of the organization's users (deleted users never appear) matching the filter,
 * filtered, sorted and paged in SQL.
 */
export async function listUsers(ctx: DomainContext, request: ListUsersRequest = {}): Promise<Page<User>> {
  const where = (): Condition => ({ $and: [{ ...tenantScope(ctx), deletedAt: null }, compileUserFilter(request.filter ?? {})] });
  return findPage(ctx.em, User, where, {
    first: request.first ?? (request.last == null ? DEFAULT_PAGE_SIZE : null),
    last: request.last,
    after: request.after,
    before: request.before,
    offset: request.offset,
    sort: USER_SORT_KEYS[request.sort ?? 'createdAt'],
    descending: request.descending ?? false,
  });
}
