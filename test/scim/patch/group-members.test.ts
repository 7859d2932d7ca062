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

describe('groupPatchToMemberChanges at scale (issue 11: one PATCH blocked the event loop for 6 s)', () => {
  const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  const entraRemove = (list: string[]): Operation => ({ op: 'Remove', path: 'members', value: list.map((value) => ({ value })) });

  it('folds a replace of 30,000 members, 30,000 adds and a remove of 30,000 others in linear time', () => {
    const kept = ids('kept', 30_000);
    const added = ids('added', 30_000);
    const started = performance.now();
    const result = changes(replace(...kept), add(...added, ...kept.slice(0, 1000)), entraRemove([...ids('other', 30_000), ...added.slice(0, 10)]));
    const elapsed = performance.now() - started;
    expect(result.replaceAll).toHaveLength(59_990);
    expect(result.replaceAll?.slice(0, 2)).toEqual(['kept-0', 'kept-1']);
    expect(result.replaceAll).not.toContain('added-0');
    // A list scan per id costs about 2·10⁹ comparisons here, seconds of blocked event loop; Sets take milliseconds.
    expect(elapsed).toBeLessThan(1000);
  });

  it('folds 30,000 adds and 30,000 removes as deltas in linear time', () => {
    const started = performance.now();
    const result = changes(add(...ids('a', 30_000)), entraRemove(ids('a', 30_000).filter((_, i) => i % 2 === 0)), entraRemove(ids('b', 30_000)));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.add).toHaveLength(15_000);
    expect(result.remove).toHaveLength(45_000);
  });
});
