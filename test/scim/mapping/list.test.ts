import { parseListRequest } from '../../../src/scim/list-request';
import { LIST_RESPONSE_SCHEMA, pagingVariables, toListResponse } from '../../../src/scim/mapping/list-response';
import { listQueryOf } from '../../../src/scim/mapping/list-query';
import { userListVariables } from '../../../src/scim/mapping/user-list';
import { USER_CATALOGUE } from '../../../src/scim/schemas';

/** sortBy/sortOrder as the `orderBy` variable of `users`. */
const userOrderBy = (request: ReturnType<typeof parseListRequest>) => userListVariables(listQueryOf(USER_CATALOGUE, { ...request, filter: null })).orderBy;

const page = { totalResults: 3, resources: [{ id: 'a' }, { id: 'b' }], hasNextPage: true, endCursor: 'c2' };

describe('pagingVariables', () => {
  it.each([
    [{}, { first: 100, after: null, offset: 0, withTotal: true, withCursors: false }],
    [{ startIndex: '101', count: '100' }, { first: 100, after: null, offset: 100, withTotal: true, withCursors: false }],
    [{ startIndex: '0', count: '-3' }, { first: 0, after: null, offset: 0, withTotal: true, withCursors: false }],
    [{ cursor: '', count: '10' }, { first: 10, after: null, offset: null, withTotal: true, withCursors: true }],
    [{ cursor: 'WyJjcmVhdGVkQXQiXQ', count: '10' }, { first: 10, after: 'WyJjcmVhdGVkQXQiXQ', offset: null, withTotal: true, withCursors: true }],
  ])('%j → %j', (query, expected) => {
    expect(pagingVariables(parseListRequest(query))).toEqual(expected);
  });
});

describe('toListResponse', () => {
  it('echoes startIndex for index paging, with integer totals and Resources', () => {
    expect(toListResponse(parseListRequest({ startIndex: '2', count: '2' }), page)).toEqual({
      schemas: [LIST_RESPONSE_SCHEMA],
      totalResults: 3,
      startIndex: 2,
      itemsPerPage: 2,
      Resources: page.resources,
    });
  });

  it('carries nextCursor and no startIndex for cursor paging (RFC 9865)', () => {
    expect(toListResponse(parseListRequest({ cursor: '' }), page)).toEqual({
      schemas: [LIST_RESPONSE_SCHEMA],
      totalResults: 3,
      itemsPerPage: 2,
      nextCursor: 'c2',
      Resources: page.resources,
    });
  });

  it('has no nextCursor on the last page', () => {
    expect(toListResponse(parseListRequest({ cursor: 'c2' }), { ...page, hasNextPage: false })).not.toHaveProperty('nextCursor');
  });

  it('always carries Resources, empty when nothing matches', () => {
    expect(toListResponse(parseListRequest({}), { totalResults: 0, resources: [], hasNextPage: false, endCursor: null })).toEqual({
      schemas: [LIST_RESPONSE_SCHEMA],
      totalResults: 0,
      startIndex: 1,
      itemsPerPage: 0,
      Resources: [],
    });
  });
});

describe('userOrderBy', () => {
  it.each([
    [{}, null],
    [{ sortBy: 'userName' }, { field: 'USER_NAME', direction: 'ASC' }],
    [{ sortBy: 'USERNAME', sortOrder: 'descending' }, { field: 'USER_NAME', direction: 'DESC' }],
    [{ sortBy: 'urn:ietf:params:scim:schemas:core:2.0:User:displayName' }, { field: 'DISPLAY_NAME', direction: 'ASC' }],
    [{ sortBy: 'externalId' }, { field: 'EXTERNAL_ID', direction: 'ASC' }],
    [{ sortBy: 'name.familyName' }, { field: 'FAMILY_NAME', direction: 'ASC' }],
    [{ sortBy: 'name.givenName' }, { field: 'GIVEN_NAME', direction: 'ASC' }],
    [{ sortBy: 'title' }, { field: 'TITLE', direction: 'ASC' }],
    [{ sortBy: 'meta.created', sortOrder: 'Descending' }, { field: 'CREATED_AT', direction: 'DESC' }],
    [{ sortBy: 'meta.lastModified' }, { field: 'UPDATED_AT', direction: 'ASC' }],
  ])('%j → %j', (query, expected) => {
    expect(userOrderBy(parseListRequest(query))).toEqual(expected);
  });

  it.each([
    ['emails', 'cannot be sorted by "emails"'],
    ['nope', 'Unknown attribute "nope"'],
    ['user name', 'is not an attribute name'],
  ])('refuses sortBy=%s with 400 invalidValue', (sortBy, detail) => {
    expect(() => userOrderBy(parseListRequest({ sortBy }))).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidValue', detail: expect.stringContaining(detail) }));
  });
});
