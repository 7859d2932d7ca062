import { ScimError } from '../errors';
import { attrPathKey, formatAttrPath, parseFilter, resolveAttrPath, resolveFilter } from '../filter';
import { readAttrPath } from '../filter/attr-path';
import type { AttributeCatalogue } from '../filter/catalogue';
import type { ResolvedFilter } from '../filter/resolve';
import type { FilterInput } from '../filter/to-graphql';
import type { ListRequest } from '../list-request';

/** How one resource type's list parameters become GraphQL arguments. */
export interface ListQueryShape {
  /** The SCIM resource type, as error messages name it (`Users`). */
  resource: string;
  catalogue: AttributeCatalogue;
  /** Sortable attributes (RFC 7644 §3.4.2.3), by `attrPathKey`, → the GraphQL sort field. */
  sortFields: Readonly<Record<string, string>>;
  /** The sortable attributes as a client writes them, for the error that lists them. */
  sortable: string;
  /** A resolved filter as the GraphQL filter input. */
  toInput: (filter: ResolvedFilter) => FilterInput;
}

/** GraphQL `…OrderInput` for `sortBy`/`sortOrder`; null (creation time, then id) when no sortBy is given. */
export function orderByFor(shape: ListQueryShape, request: Pick<ListRequest, 'sortBy' | 'descending'>): { field: string; direction: 'ASC' | 'DESC' } | null {
  if (request.sortBy === null) return null;
  const path = readAttrPath(request.sortBy.trim());
  if (!path) throw new ScimError(400, 'invalidValue', `sortBy "${request.sortBy}" is not an attribute name`);
  const resolved = resolveAttrPath(shape.catalogue, path, { filterable: false, scimType: 'invalidValue' });
  const field = shape.sortFields[attrPathKey(resolved.path)];
  if (!field) throw new ScimError(400, 'invalidValue', `${shape.resource} cannot be sorted by "${formatAttrPath(path)}"; sortBy may be one of ${shape.sortable}`);
  return { field, direction: request.descending ? 'DESC' : 'ASC' };
}

/** A SCIM filter as the GraphQL filter input (parse, resolve against the resource's schema, translate). */
export function filterInputFor(shape: ListQueryShape, filter: string | null): FilterInput | null {
  return filter === null ? null : shape.toInput(resolveFilter(parseFilter(filter), shape.catalogue));
}
