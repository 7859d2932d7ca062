import { toGroupFilterInput } from '../filter/to-graphql';
import type { TeamFilterInput, TeamSortField } from '../operations/groups.generated';
import { GROUP_CATALOGUE } from '../schemas';
import { listVariables, type ListQuery, type ListQueryShape } from './list-query';

/** The Groups list: its filter table and the attributes `sortBy` may name (RFC 7644 §3.4.2.3), each a `TeamSortField`. */
const GROUPS: ListQueryShape<TeamFilterInput, TeamSortField> = {
  resource: 'Groups',
  catalogue: GROUP_CATALOGUE,
  sortFields: {
    displayname: 'DISPLAY_NAME',
    externalid: 'EXTERNAL_ID',
    'meta.created': 'CREATED_AT',
    'meta.lastmodified': 'UPDATED_AT',
  },
  sortable: 'displayName, externalId, meta.created, meta.lastModified',
  toInput: toGroupFilterInput,
};

/** A list query on Groups as the `filter` and `orderBy` of `teams`. */
export const groupListVariables = (query: ListQuery) => listVariables(GROUPS, query);
