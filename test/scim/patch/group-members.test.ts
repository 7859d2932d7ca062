import { applyPatchOperations, groupPatchToMemberChanges } from '../../../src/scim/patch';
import { GROUP_CATALOGUE } from './catalogues';
import { baseGroup, body, expectScimError, type Operation } from './support';

const GROUP_URN = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const add = (...ids: string[]): Operation => ({ op: 'add', path: 'members', value: ids.map((value) => ({ value })) });
const removeOne = (id: string): Operation => ({ op: 'remove', path: `members[value eq "${id}"]` });
const replace = (...ids: string[]): Operation => ({ op: 'replace', path: 'members', value: ids.map((value) => ({ value })) });
const changes = (...operations: Operation[]) => groupPatchToMemberChanges(body(...operations), GROUP_CATALOGUE);

describe('groupPatchToMemberChanges: folding in order', () => {
  it.each([
    ['add then remove of one id nets to a remove', [add('a'), removeOne('a')], { add: [], remove: ['a'], replaceAll: null }],
    ['ids that differ only in case or spaces name one member', [add('AB'), removeOne('ab'), add(' aB')], { add: ['ab'], remove: [], replaceAll: null }],
    ['replace then remove in another case shrinks the new list', [replace('A', 'b'), removeOne('a')], { add: [], remove: [], replaceAll: ['b'] }],
    ['remove then add of one id nets to an add', [removeOne('a'), add('a')], { add: ['a'], remove: [], replaceAll: null }],
    ['independent adds and removes stay apart', [add('a', 'b'), removeOne('c')], { add: ['a', 'b'], remove: ['c'], replaceAll: null }],
    ['a repeated id is listed once', [add('a', 'a'), add('a')], { add: ['a'], remove: [], replaceAll: null }],
    ['replace then add extends the new list', [replace('a'), add('b', 'a')], { add: [], remove: [], replaceAll: ['a', 'b'] }],
    ['replace then remove shrinks the new list', [replace('a', 'b'), removeOne('a')], { add: [], remove: [], replaceAll: ['b'] }],
    ['deltas before a replace are superseded by it', [add('x'), removeOne('y'), replace('a')], { add: [], remove: [], replaceAll: ['a'] }],
    ['replace with an empty list empties the group', [replace()], { add: [], remove: [], replaceAll: [] }],
    ['replace with null empties the group', [{ op: 'replace', path: 'members', value: null }], { add: [], remove: [], replaceAll: [] }],
    ['remove of members without a value removes all', [{ op: 'remove', path: 'members' }], { add: [], remove: [], replaceAll: [] }],
  ])('%s', (_label, operations, expected) => {
    expect(changes(...operations)).toEqual({ attributeOps: [], ...expected });
  });
});

describe('groupPatchToMemberChanges: shapes', () => {
  it('reads member ids given as bare strings', () => {
    expect(changes({ op: 'add', path: 'members', value: ['a', 'b'] }).add).toEqual(['a', 'b']);
  });

  it('reads a single member object', () => {
    expect(changes({ op: 'Add', path: 'members', value: { Value: 'a', display: 'A' } }).add).toEqual(['a']);
  });

  it('removes every id of a filter joined by or', () => {
    expect(changes({ op: 'remove', path: 'members[value eq "a" or value eq "b"]' }).remove).toEqual(['a', 'b']);
  });

  it('adds the id named by a filter path on add', () => {
    expect(changes({ op: 'add', path: 'members[value eq "a"]', value: { display: 'A' } }).add).toEqual(['a']);
  });

  it('accepts the URN-qualified members path', () => {
    expect(changes({ op: 'remove', path: `${GROUP_URN}:members[value eq "a"]` }).remove).toEqual(['a']);
  });

  it('accepts the URN-qualified members path without a catalogue', () => {
    const result = groupPatchToMemberChanges(body({ op: 'add', path: `${GROUP_URN}:members`, value: [{ value: 'a' }] }), GROUP_CATALOGUE);
    expect(result.add).toEqual(['a']);
  });

  it('splits a path-less replace into the member list and the other attributes', () => {
    const result = changes({ op: 'replace', value: { displayName: 'Ops', members: [{ value: 'a' }] } });
    expect(result).toEqual({ attributeOps: [{ op: 'replace', value: { displayName: 'Ops' } }], add: [], remove: [], replaceAll: ['a'] });
  });

  it('treats members in a path-less add as additions', () => {
    expect(changes({ op: 'add', value: { members: [{ value: 'a' }] } })).toEqual({ attributeOps: [], add: ['a'], remove: [], replaceAll: null });
  });

  it('finds members inside a core-schema object of a path-less value', () => {
    const result = changes({ op: 'add', value: { [GROUP_URN]: { members: [{ value: 'a' }], displayName: 'Ops' } } });
    expect([result.add, result.attributeOps]).toEqual([['a'], [{ op: 'add', value: { [GROUP_URN]: { displayName: 'Ops' } } }]]);
  });

  it('passes the other operations through in order', () => {
    const rename = { op: 'replace', path: 'displayName', value: 'New' } as const;
    const external = { op: 'add', path: 'externalId', value: 'e' } as const;
    expect(changes(rename, add('a'), external).attributeOps).toEqual([rename, external]);
  });

  it('yields attribute operations the engine applies to the group', () => {
    const { attributeOps } = changes({ op: 'replace', value: { id: baseGroup().id, displayName: 'Renamed' } }, add('u3'));
    expect(applyPatchOperations(baseGroup(), attributeOps, GROUP_CATALOGUE)).toEqual({ ...baseGroup(), displayName: 'Renamed' });
  });

  it('ignores derived member sub-attributes such as display', () => {
    expect(changes({ op: 'replace', path: 'members[value eq "a"].display', value: 'A' })).toEqual({
      attributeOps: [],
      add: [],
      remove: [],
      replaceAll: null,
    });
  });
});

describe('groupPatchToMemberChanges: errors', () => {
  it.each([
    ['a member filter other than value eq', { op: 'remove', path: 'members[display eq "A"]' }, 'invalidFilter'],
    ['a change of members.value', { op: 'replace', path: 'members[value eq "a"].value', value: 'b' }, 'mutability'],
    ['a member without an id', { op: 'add', path: 'members', value: [{ display: 'A' }] }, 'invalidValue'],
    ['a member with an empty id', { op: 'add', path: 'members', value: [{ value: '' }] }, 'invalidValue'],
    ['add of members without a value', { op: 'add', path: 'members' }, 'invalidValue'],
    ['remove without a path', { op: 'remove' }, 'noTarget'],
    ['an unknown attribute path (with a catalogue)', { op: 'replace', path: 'description', value: 'x' }, 'invalidPath'],
    ['a malformed path', { op: 'remove', path: 'members value eq "a"' }, 'invalidPath'],
    ['a member filter left open', { op: 'remove', path: 'members[value eq "a"' }, 'invalidFilter'],
  ] as const)('rejects %s', (_label, operation, scimType) => {
    expectScimError(() => changes(operation as Operation), scimType);
  });

  it('rejects a body without Operations with 400 invalidSyntax', () => {
    expectScimError(() => groupPatchToMemberChanges({ schemas: [] }, GROUP_CATALOGUE), 'invalidSyntax');
  });
});

/**
 * The elements that the array searches (includes, indexOf, find, some, filter, splice…) visit while
 * `work` runs, each call counted at its array's length: what a fold that keeps a list and scans it
 * per id spends (issue 11's fold called `includes` on the new list for every id). Counted, not
 * timed, so that the measure is the same on any machine.
 */
function arrayScansOf<T>(work: () => T): { result: T; scanned: number } {
  const searches = ['includes', 'indexOf', 'lastIndexOf', 'find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'filter', 'splice'] as const;
  const prototype = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = searches.map((name) => [name, prototype[name]] as const);
  let scanned = 0;
  for (const [name, original] of originals) {
    prototype[name] = function (this: unknown[], ...args: unknown[]) {
      scanned += this.length;
      return original.apply(this, args);
    };
  }
  try {
    return { result: work(), scanned };
  } finally {
    for (const [name, original] of originals) prototype[name] = original;
  }
}

describe('groupPatchToMemberChanges at scale (issue 11: one PATCH blocked the event loop for 6 s)', () => {
  const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  const entraRemove = (list: string[]): Operation => ({ op: 'Remove', path: 'members', value: list.map((value) => ({ value })) });

  // Each fold runs at N and at 4N ids: linear work scans at most four times as much at 4N, where a
  // list scanned per id (about 2·10⁹ comparisons at 30,000) scans sixteen times as much.
  const N = 7_500;

  it('folds a replace of 30,000 members, 30,000 adds and a remove of 30,000 others in linear time', () => {
    const fold = (n: number) => {
      const [kept, added] = [ids('kept', n), ids('added', n)];
      const operations = [replace(...kept), add(...added, ...kept.slice(0, n / 30)), entraRemove([...ids('other', n), ...added.slice(0, 10)])];
      return arrayScansOf(() => changes(...operations));
    };
    const small = fold(N);
    const { result, scanned } = fold(4 * N);
    expect(result.replaceAll).toHaveLength(59_990);
    expect(result.replaceAll?.slice(0, 2)).toEqual(['kept-0', 'kept-1']);
    expect(result.replaceAll).not.toContain('added-0');
    expect(scanned).toBeLessThanOrEqual(4 * small.scanned);
  });

  it('folds 30,000 adds and 30,000 removes as deltas in linear time', () => {
    const fold = (n: number) => {
      const operations = [add(...ids('a', n)), entraRemove(ids('a', n).filter((_, i) => i % 2 === 0)), entraRemove(ids('b', n))];
      return arrayScansOf(() => changes(...operations));
    };
    const small = fold(N);
    const { result, scanned } = fold(4 * N);
    expect(result.add).toHaveLength(15_000);
    expect(result.remove).toHaveLength(45_000);
    expect(scanned).toBeLessThanOrEqual(4 * small.scanned);
  });
});
