import { ScimError } from '../errors';
import { attrPathKey, formatAttrPath, parseFilter, resolveAttrPath, resolveFilter } from '../filter';
import { readAttrPath } from '../filter/attr-path';
import { toGroupFilterInput, type FilterInput } from '../filter/to-graphql';
import type { ListRequest } from '../list-request';
import { GROUP_CATALOGUE } from '../schemas';

/** SCIM attributes Groups can be sorted by (RFC 7644 §3.4.2.3) → GraphQL `TeamSortField`. */
const GROUP_SORT_FIELDS: Readonly<Record<string, string>> = {
  displayname: 'DISPLAY_NAME',
  externalid: 'EXTERNAL_ID',
  'meta.created': 'CREATED_AT',
  'meta.lastmodified': 'UPDATED_AT',
};

const SORTABLE = 'displayName, externalId, meta.created, meta.lastModified';

/** GraphQL `TeamOrderInput` for `sortBy`/`sortOrder`; null (creation time, then id) when no sortBy is given. */
export function groupOrderBy(request: Pick<ListRequest, 'sortBy' | 'descending'>): { field: string; direction: 'ASC' | 'DESC' } | null {
  if (request.sortBy === null) return null;
  const path = readAttrPath(request.sortBy.trim());
  if (!path) throw new ScimError(400, 'invalidValue', `sortBy "${request.sortBy}" is not an attribute name`);
  const resolved = resolveAttrPath(GROUP_CATALOGUE, path, { filterable: false, scimType: 'invalidValue' });
  const field = GROUP_SORT_FIELDS[attrPathKey(resolved.path)];
  if (!field) throw new ScimError(400, 'invalidValue', `Groups cannot be sorted by "${formatAttrPath(path)}"; sortBy may be one of ${SORTABLE}`);
  return { field, direction: request.descending ? 'DESC' : 'ASC' };
}

/** A SCIM filter on Groups as GraphQL `TeamFilterInput` (parse, resolve against the Group schema, translate). */
export function groupFilterInput(filter: string | null): FilterInput | null {
  return filter === null ? null : toGroupFilterInput(resolveFilter(parseFilter(filter), GROUP_CATALOGUE));
}
