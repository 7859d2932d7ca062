import fc from 'fast-check';
import { seedIdpRole, seedTeamNumber, seedTeamSlots, seedUserName, seedUserNumber } from '../../src/domain/seed/seed.rows';

describe('seed rows', () => {
  it('puts every user in one to three distinct teams of the run', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 1, max: 100_000 }), (n, teams) => {
        const slots = seedTeamSlots(n, teams);
        return slots.length >= 1 && slots.length <= 3 && new Set(slots).size === slots.length && slots.every((s) => s >= 0 && s < teams);
      }),
    );
  });

  it('puts nobody in a team when the run has none', () => {
    expect(seedTeamSlots(7, 0)).toEqual([]);
  });

  it.each([
    [1, 'acme', 'user000001@acme.example', 1],
    [123456, 'acme', 'user123456@acme.example', 123456],
    [1234567, 'acme', 'user1234567@acme.example', 1234567],
  ])('user %d of %s is %s and parses back', (n, slug, name, parsed) => {
    expect(seedUserName(n, slug)).toBe(name);
    expect(seedUserNumber(name, slug)).toBe(parsed);
  });

  it.each([
    ['user000001@other.example', 'acme'],
    ['user01@acme.example', 'acme'],
    ['username@acme.example', 'acme'],
  ])('%s is not a seeded user of %s', (key, slug) => {
    expect(seedUserNumber(key, slug)).toBeNull();
  });

  it.each([
    ['team 0007', 7],
    ['team 12345', 12345],
    ['team blue', null],
  ])('team key %s parses to %j', (key, n) => {
    expect(seedTeamNumber(key)).toBe(n);
  });

  it('makes one user in fifty an IdP admin', () => {
    expect(Array.from({ length: 100 }, (_, i) => seedIdpRole(i + 1)).filter((r) => r === 'ADMIN')).toHaveLength(2);
  });
});
