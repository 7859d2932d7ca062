import { toUserFilterInput } from '../filter/to-graphql';
import type { UserFilterInput, UserSortField } from '../operations/users.generated';
import { USER_CATALOGUE } from '../schemas';
import { listVariables, type ListQuery, type ListQueryShape } from './list-query';

/** The Users list: its filter table and the attributes `sortBy` may name (RFC 7644 §3.4.2.3), each a `UserSortField`. */
const USERS: ListQueryShape<UserFilterInput, UserSortField> = {
  resource: 'Users',
  catalogue: USER_CATALOGUE,
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

/** A list query on Users as the `filter` and `orderBy` of `users`. */
export const userListVariables = (query: ListQuery) => listVariables(USERS, query);
