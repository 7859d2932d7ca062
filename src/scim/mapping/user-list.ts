import { ScimError } from '../errors';
import { attrPathKey, formatAttrPath, parseFilter, resolveAttrPath, resolveFilter } from '../filter';
import { readAttrPath } from '../filter/attr-path';
import { toUserFilterInput, type FilterInput } from '../filter/to-graphql';
import type { ListRequest } from '../list-request';
import { USER_CATALOGUE } from '../schemas';

/** SCIM attributes Users can be sorted by (RFC 7644 §3.4.2.3) → GraphQL `UserSortField`. */
const USER_SORT_FIELDS: Readonly<Record<string, string>> = {
  username: 'USER_NAME',
  displayname: 'DISPLAY_NAME',
  externalid: 'EXTERNAL_ID',
  'name.familyname': 'FAMILY_NAME',
  'name.givenname': 'GIVEN_NAME',
  title: 'TITLE',
  'meta.created': 'CREATED_AT',
  'meta.lastmodified': 'UPDATED_AT',
};

const SORTABLE = 'userName, displayName, externalId, name.familyName, name.givenName, title, meta.created, meta.lastModified';

/** GraphQL `UserOrderInput` for `sortBy`/`sortOrder`; null (creation time, then id) when no sortBy is given. */
export function userOrderBy(request: ListRequest): { field: string; direction: 'ASC' | 'DESC' } | null {
  if (request.sortBy === null) return null;
  const path = readAttrPath(request.sortBy.trim());
  if (!path) throw new ScimError(400, 'invalidValue', `sortBy "${request.sortBy}" is not an attribute name`);
  const resolved = resolveAttrPath(USER_CATALOGUE, path, { filterable: false, scimType: 'invalidValue' });
  const field = USER_SORT_FIELDS[attrPathKey(resolved.path)];
  if (!field) throw new ScimError(400, 'invalidValue', `Users cannot be sorted by "${formatAttrPath(path)}"; sortBy may be one of ${SORTABLE}`);
  return { field, direction: request.descending ? 'DESC' : 'ASC' };
}

/** A SCIM filter on Users as GraphQL `UserFilterInput` (parse, resolve against the User schema, translate). */
export function userFilterInput(filter: string | null): FilterInput | null {
  return filter === null ? null : toUserFilterInput(resolveFilter(parseFilter(filter), USER_CATALOGUE));
}
