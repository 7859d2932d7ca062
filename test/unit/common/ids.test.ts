import { isUuid, newId } from '../../../src/common/ids';

/** RFC 9562 §5.7: version 7 in the 13th hex digit, the variant 10xx in the 17th. */
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The Unix time in milliseconds a UUIDv7 begins with (its first 48 bits). */
const millisecondsOf = (id: string): number => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('newId', () => {
  it('makes UUIDv7s, which name rows as any UUID does', () => {
    const id = newId();
    expect(id).toMatch(UUID_V7);
    expect(isUuid(id)).toBe(true);
  });

  it('begins each id with the time it was made', () => {
    const before = Date.now();
    const id = newId();
    expect(millisecondsOf(id)).toBeGreaterThanOrEqual(before);
    expect(millisecondsOf(id)).toBeLessThanOrEqual(Date.now());
  });

  it('orders ids as they were made, many in one millisecond included', () => {
    const ids = Array.from({ length: 10_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids.map(millisecondsOf)).size).toBeLessThan(ids.length);
  });
});
