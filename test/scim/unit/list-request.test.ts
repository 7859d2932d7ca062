import { MAX_RESULTS, parseListRequest } from '../../../src/scim/list-request';

describe('parseListRequest', () => {
  it('defaults to the first page of 100, ascending, index paging', () => {
    expect(parseListRequest({})).toEqual({
      filter: null,
      sortBy: null,
      descending: false,
      startIndex: 1,
      count: 100,
      cursor: undefined,
      attributes: [],
      excludedAttributes: [],
    });
  });

  it.each([
    [{ startIndex: '0' }, 'startIndex', 1],
    [{ startIndex: '-5' }, 'startIndex', 1],
    [{ count: '-1' }, 'count', 0],
    [{ count: String(MAX_RESULTS + 1) }, 'count', MAX_RESULTS],
    [{ StartIndex: '101', COUNT: '100' }, 'startIndex', 101],
    [{ count: 7 }, 'count', 7],
  ])('clamps and reads %j (RFC 7644 §3.4.2.4)', (raw, field, expected) => {
    expect(parseListRequest(raw as Record<string, unknown>)[field as 'count']).toBe(expected);
  });

  it.each([
    [{ count: 'ten' }, 'invalidCount'],
    [{ startIndex: '1.5' }, 'invalidValue'],
    [{ sortOrder: 'upwards' }, 'invalidValue'],
    [{ cursor: '', startIndex: '1' }, 'invalidValue'],
  ])('refuses %j with %s', (raw, scimType) => {
    expect(() => parseListRequest(raw as Record<string, unknown>)).toThrow(expect.objectContaining({ status: 400, scimType }));
  });

  it('reads attribute lists from a query string and from a search body', () => {
    expect(parseListRequest({ attributes: 'userName, emails' }).attributes).toEqual(['userName', 'emails']);
    expect(parseListRequest({ excludedAttributes: ['members'] }).excludedAttributes).toEqual(['members']);
    expect(parseListRequest({ attributes: ['userName', 'displayName'] }).attributes).toEqual(['userName', 'displayName']);
  });

  it('treats a bare cursor parameter as the first page of cursor paging (RFC 9865)', () => {
    expect(parseListRequest({ cursor: '' }).cursor).toBe('');
    expect(parseListRequest({ cursor: 'abc' }).cursor).toBe('abc');
  });

  it('reads sortOrder case-insensitively', () => {
    expect(parseListRequest({ sortBy: 'userName', sortOrder: 'Descending' })).toMatchObject({ sortBy: 'userName', descending: true });
  });
});
