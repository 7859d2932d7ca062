import { ScimError } from '../errors';
import { attrPathKey, formatAttrPath, parseFilter, resolveAttrPath, resolveFilter } from '../filter';
import { readAttrPath } from '../filter/attr-path';
import type { AttributeCatalogue } from '../schema-catalogue';
import type { ResolvedFilter } from '../filter/resolve';
import type { ListRequest } from '../list-request';
import type { SortDirection } from '../operations/users.generated';

/** What selects and orders a list's rows, before it becomes one resource type's GraphQL input. */
export interface ListQuery {
  /** The filter resolved against the resource's schema; null: every row. */
  filter: ResolvedFilter | null;
  sortBy: string | null;
  descending: boolean;
}

/** How one resource type's list parameters become its GraphQL filter and order inputs. */
export interface ListQueryShape<TFilter, TSortField extends string> {
  /** The SCIM resource type, as error messages name it (`Users`). */
  resource: string;
  catalogue: AttributeCatalogue;
  /** Sortable attributes (RFC 7644 §3.4.2.3), by `attrPathKey`, → the GraphQL sort field. */
  sortFields: Readonly<Record<string, TSortField>>;
  /** The sortable attributes as a client writes them, for the error that lists them. */
  sortable: string;
  /** A resolved filter as the GraphQL filter input. */
  toInput: (filter: ResolvedFilter) => TFilter;
}

/** The filter of a list request resolved against a resource's schema (400 invalidFilter when it does not fit). */
export function listQueryOf(catalogue: AttributeCatalogue, request: Pick<ListRequest, 'filter' | 'sortBy' | 'descending'>): ListQuery {
  const filter = request.filter === null ? null : resolveFilter(parseFilter(request.filter), catalogue);
  return { filter, sortBy: request.sortBy, descending: request.descending };
}

/** GraphQL `…OrderInput` for `sortBy`/`sortOrder`; null (creation time, then id) when no sortBy is given. */
export function orderByFor<TSortField extends string>(
  shape: ListQueryShape<unknown, TSortField>,
  query: Pick<ListQuery, 'sortBy' | 'descending'>,
): { field: TSortField; direction: SortDirection } | null {
  if (query.sortBy === null) return null;
  const path = readAttrPath(query.sortBy.trim());
  if (!path) throw new ScimError(400, 'invalidValue', `sortBy "${query.sortBy}" is not an attribute name`);
  const resolved = resolveAttrPath(shape.catalogue, path, { filterable: false, scimType: 'invalidValue' });
  const field = shape.sortFields[attrPathKey(resolved.path)];
  if (!field) throw new ScimError(400, 'invalidValue', `${shape.resource} cannot be sorted by "${formatAttrPath(path)}"; sortBy may be one of ${shape.sortable}`);
  return { field, direction: query.descending ? 'DESC' : 'ASC' };
}

/** A list query as one resource type's GraphQL `filter` and `orderBy` variables. */
export function listVariables<TFilter, TSortField extends string>(shape: ListQueryShape<TFilter, TSortField>, query: ListQuery) {
  return { filter: query.filter === null ? null : shape.toInput(query.filter), orderBy: orderByFor(shape, query) };
}
