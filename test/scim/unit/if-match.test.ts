import { ifMatchVersions } from '../../../src/scim/respond';

describe('ifMatchVersions (RFC 9110 §13.1.1)', () => {
  it.each<[string | undefined, number[] | undefined]>([
    [undefined, undefined],
    ['*', undefined],
    [' * ', undefined],
    ['W/"3"', [3]],
    ['"3"', [3]],
    ['W/"1", W/"67"', [1, 67]],
    ['W/"1",W/"67"', [1, 67]],
    ['"1" , W/"2",  "3"', [1, 2, 3]],
    ['W/"1", foreign, W/"2"', [1, 2]],
    ['W/"a,b", W/"5"', [5]],
    ['*, W/"5"', [5]],
    ['W/"99999999999", W/"4"', [4]],
    ['W/"99999999999"', []],
    ['not-an-etag', []],
    ['W/1', []],
    ['W/"1" junk', []],
    ['', []],
    [',,', []],
  ])('%p names %p', (header, versions) => {
    expect(ifMatchVersions(header)).toEqual(versions);
  });
});
