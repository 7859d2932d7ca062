import { toGroupFilterInput, type FilterInput } from '../filter/to-graphql';
import type { ListRequest } from '../list-request';
import { GROUP_CATALOGUE } from '../schemas';
import { filterInputFor, orderByFor, type ListQueryShape } from './list-query';

const GROUPS: ListQueryShape = {
  resource: 'Groups',
  catalogue: GROUP_CATALOGUE,
  // SCIM attributes Groups can be sorted by → GraphQL `TeamSortField`.
  sortFields: {
    displayname: 'DISPLAY_NAME',
    externalid: 'EXTERNAL_ID',
    'meta.created': 'CREATED_AT',
    'meta.lastmodified': 'UPDATED_AT',
  },
  sortable: 'displayName, externalId, meta.created, meta.lastModified',
  toInput: toGroupFilterInput,
};

/** GraphQL `TeamOrderInput` for `sortBy`/`sortOrder`; null (creation time, then id) when no sortBy is given. */
export const groupOrderBy = (request: Pick<ListRequest, 'sortBy' | 'descending'>): { field: string; direction: 'ASC' | 'DESC' } | null =>
  orderByFor(GROUPS, request);

/** A SCIM filter on Groups as GraphQL `TeamFilterInput`. */
export const groupFilterInput = (filter: string | null): FilterInput | null => filterInputFor(GROUPS, filter);
