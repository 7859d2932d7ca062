import { applyPatch, groupPatchToMemberChanges } from '../../../src/scim/patch';
import { GROUP_CATALOGUE, USER_CATALOGUE, WRITER_SCHEMA } from './catalogues';
import { GROUP_ID, USER_ID, baseUser, body, expectScimError, patchGroup, patchUser } from './support';

// Shapes from scim-clients.md §1.5 (deactivate, reactivate, password) and §1.9 (Push Groups).
describe('Okta PATCH shapes', () => {
  it.each([
    [false, false],
    [true, true],
  ])('Okta: path-less replace {"active": %s} sets active', (active, expected) => {
    expect(patchUser({ op: 'replace', value: { active } }).active).toBe(expected);
  });

  it('Okta: a repeated deactivation leaves the resource as it was', () => {
    const once = patchUser({ op: 'replace', value: { active: false } });
    expect(applyPatch(once, body({ op: 'replace', value: { active: false } }), USER_CATALOGUE)).toEqual(once);
  });

  it('Okta: password sync is accepted and the password is never stored', () => {
    const user = patchUser({ op: 'replace', value: { password: '1mz050nq' } });
    expect(user).toEqual(baseUser());
  });

  it('Okta: a password path is accepted and dropped', () => {
    expect(patchUser({ op: 'replace', path: 'password', value: 'secret' })).toEqual(baseUser());
  });

  it('Okta: a PUT-like path-less value echoing id, meta, groups and schemas changes only the profile', () => {
    const user = patchUser({
      op: 'replace',
      value: {
        id: USER_ID,
        meta: { created: '2020-01-01T00:00:00Z', location: 'x' },
        groups: [],
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
        displayName: 'Jane Smith',
      },
    });
    expect(user).toEqual({ ...baseUser(), displayName: 'Jane Smith' });
  });

  it('Okta: the role extension in a path-less value is stored under the canonical URN', () => {
    const user = patchUser({ op: 'replace', value: { [WRITER_SCHEMA]: { role: 'admin' } } });
    expect(user[WRITER_SCHEMA]).toEqual({ role: 'admin' });
  });

  it('Okta: the role extension URN without ":User" and in another case is normalised', () => {
    const user = patchUser({ op: 'replace', value: { 'URN:custom:params:scim:schemas:extension:writer:2.0': { ROLE: 'member' } } });
    expect([user[WRITER_SCHEMA], Object.keys(user).filter((key) => key.includes('writer'))]).toEqual([{ role: 'member' }, [WRITER_SCHEMA]]);
  });

  it('Okta: the role extension is listed in schemas once it holds a value', () => {
    const user = patchUser({ op: 'add', path: `${WRITER_SCHEMA}:role`, value: 'admin' });
    expect(user.schemas).toContain(WRITER_SCHEMA);
  });

  describe('Push Groups', () => {
    it('Okta: group rename carrying the same id in the value renames the group', () => {
      const group = patchGroup({ op: 'replace', value: { id: GROUP_ID, displayName: 'Renamed' } });
      expect(group.displayName).toBe('Renamed');
    });

    it('Okta: group rename carrying another id is 400 mutability', () => {
      expectScimError(() => patchGroup({ op: 'replace', value: { id: 'another-id', displayName: 'Renamed' } }), 'mutability');
    });

    it('Okta: add members appends them', () => {
      const group = patchGroup({ op: 'add', path: 'members', value: [{ value: 'u3', display: 'test.user@okta.local' }] });
      expect(group.members).toEqual([{ value: 'u1' }, { value: 'u2' }, { value: 'u3', display: 'test.user@okta.local' }]);
    });

    it('Okta: remove members[value eq "…"] removes that member only', () => {
      expect(patchGroup({ op: 'remove', path: 'members[value eq "u2"]' }).members).toEqual([{ value: 'u1' }]);
    });

    it('Okta: remove then add in one request applies both in order', () => {
      const group = patchGroup(
        { op: 'remove', path: 'members[value eq "u1"]' },
        { op: 'add', path: 'members', value: [{ value: 'u3', display: 'x' }] },
      );
      expect(group.members).toEqual([{ value: 'u2' }, { value: 'u3', display: 'x' }]);
    });

    it('Okta: replace members replaces the whole list', () => {
      expect(patchGroup({ op: 'replace', path: 'members', value: [{ value: 'u9', display: 'n' }] }).members).toEqual([
        { value: 'u9', display: 'n' },
      ]);
    });

    it('Okta: removing a member who is not there is a no-op', () => {
      expect(patchGroup({ op: 'remove', path: 'members[value eq "nobody"]' }).members).toEqual([{ value: 'u1' }, { value: 'u2' }]);
    });

    it.each([
      ['rename with id', { op: 'replace', value: { id: GROUP_ID, displayName: 'Test SCIMv2' } }, { add: [], remove: [], replaceAll: null, attributeOps: 1 }],
      ['add members', { op: 'add', path: 'members', value: [{ value: 'u3', display: 'd' }] }, { add: ['u3'], remove: [], replaceAll: null, attributeOps: 0 }],
      ['remove by filter', { op: 'remove', path: 'members[value eq "89bb1940"]' }, { add: [], remove: ['89bb1940'], replaceAll: null, attributeOps: 0 }],
      ['replace all', { op: 'replace', path: 'members', value: [{ value: 'a' }, { value: 'b' }] }, { add: [], remove: [], replaceAll: ['a', 'b'], attributeOps: 0 }],
    ])('Okta: %s becomes member deltas without the member list', (_label, operation, expected) => {
      const changes = groupPatchToMemberChanges(body(operation), GROUP_CATALOGUE);
      expect({ ...changes, attributeOps: changes.attributeOps.length }).toEqual(expected);
    });
  });
});
