import { toUserFilterInput, type FilterInput } from '../filter/to-graphql';
import type { ListRequest } from '../list-request';
import { USER_CATALOGUE } from '../schemas';
import { filterInputFor, orderByFor, type ListQueryShape } from './list-query';

const USERS: ListQueryShape = {
  resource: 'Users',
  catalogue: USER_CATALOGUE,
  // SCIM attributes Users can be sorted by → GraphQL `UserSortField`.
  sortFields: {
    username: 'USER_NAME',
    displayname: 'DISPLAY_NAME',
    externalid: 'EXTERNAL_ID',
    'name.familyname': 'FAMILY_NAME',
    'name.givenname': 'GIVEN_NAME',
    title: 'TITLE',
    'meta.created': 'CREATED_AT',
    'meta.lastmodified': 'UPDATED_AT',
  },
  sortable: 'userName, displayName, externalId, name.familyName, name.givenName, title, meta.created, meta.lastModified',
  toInput: toUserFilterInput,
};

/** GraphQL `UserOrderInput` for `sortBy`/`sortOrder`; null (creation time, then id) when no sortBy is given. */
export const userOrderBy = (request: ListRequest): { field: string; direction: 'ASC' | 'DESC' } | null => orderByFor(USERS, request);

/** A SCIM filter on Users as GraphQL `UserFilterInput`. */
export const userFilterInput = (filter: string | null): FilterInput | null => filterInputFor(USERS, filter);
