import { isUuid } from '../../../src/common/ids';

/** RFC 9562 §5.7: version 7 in the 13th hex digit, the variant 10xx in the 17th. */
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The Unix time in milliseconds a UUIDv7 begins with (its first 48 bits). */
const millisecondsOf = (id: string): number => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

const PINNED = Date.parse('2026-01-01T00:00:00.000Z');

/**
 * `newId` from a fresh copy of the module, so that no id made before (uuid keeps the last
 * millisecond it used) moves the pinned clock's ids.
 */
function freshNewId(): () => string {
  let newId!: () => string;
  jest.isolateModules(() => {
    ({ newId } = jest.requireActual<typeof import('../../../src/common/ids')>('../../../src/common/ids'));
  });
  return newId;
}

afterEach(() => jest.restoreAllMocks());

describe('newId', () => {
  it('makes UUIDv7s, which name rows as any UUID does', () => {
    const id = freshNewId()();
    expect(id).toMatch(UUID_V7);
    expect(isUuid(id)).toBe(true);
  });

  it('begins each id with the time it was made', () => {
    const newId = freshNewId();
    jest.spyOn(Date, 'now').mockReturnValue(PINNED);
    expect(millisecondsOf(newId())).toBe(PINNED);
  });

  it('orders ids as they were made, a millisecond apart', () => {
    const newId = freshNewId();
    let now = PINNED;
    jest.spyOn(Date, 'now').mockImplementation(() => (now += 1));
    const ids = Array.from({ length: 1_000 }, () => newId());
    expect(ids.map(millisecondsOf)).toEqual(Array.from({ length: 1_000 }, (_, i) => PINNED + i + 1));
    expect([...ids].sort()).toEqual(ids);
  });

  it('orders ids made in one millisecond as they were made', () => {
    const newId = freshNewId();
    jest.spyOn(Date, 'now').mockReturnValue(PINNED);
    const ids = Array.from({ length: 10_000 }, () => newId());
    expect(new Set(ids.map(millisecondsOf))).toEqual(new Set([PINNED]));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
