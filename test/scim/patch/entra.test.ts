import { groupPatchToMemberChanges } from '../../../src/scim/patch';
import { ENTERPRISE_SCHEMA, GROUP_CATALOGUE } from './catalogues';
import { baseUser, expectScimError, patchGroup, patchUser } from './support';

const MANAGER = `${ENTERPRISE_SCHEMA}:manager`;

// Shapes from scim-clients.md §3.3 (default job and aadOptscim062020) and the list below it.
describe('Entra PATCH shapes', () => {
  it.each([['False'], ['false'], ['FALSE'], [false]])('Entra: disable with active %j', (value) => {
    expect(patchUser({ op: 'Replace', path: 'active', value }).active).toBe(false);
  });

  it.each([['True'], ['true'], [true]])('Entra: enable with active %j', (value) => {
    expect(patchUser({ op: 'replace', path: 'active', value }).active).toBe(true);
  });

  it('Entra: a boolean attribute given a non-boolean string is 400 invalidValue', () => {
    expectScimError(() => patchUser({ op: 'Replace', path: 'active', value: 'yes' }), 'invalidValue');
  });

  it('Entra: Add of a single value sets it', () => {
    expect(patchUser({ op: 'Add', path: 'nickName', value: 'Babs' }).nickName).toBe('Babs');
  });

  it('Entra: one Replace per path (default job) updates every attribute', () => {
    const user = patchUser(
      { op: 'Replace', path: 'displayName', value: 'Bjfe' },
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'x@y.com' },
      { op: 'Replace', path: 'name.givenName', value: 'Kkom' },
      { op: 'Replace', path: 'name.familyName', value: 'Unua' },
      { op: 'Replace', path: 'externalId', value: 'ext-2' },
      { op: 'Replace', path: `${ENTERPRISE_SCHEMA}:employeeNumber`, value: 'Aklq' },
    );
    expect(user).toEqual({
      ...baseUser(),
      displayName: 'Bjfe',
      emails: [{ value: 'x@y.com', type: 'work', primary: true }],
      name: { givenName: 'Kkom', familyName: 'Unua' },
      externalId: 'ext-2',
      [ENTERPRISE_SCHEMA]: { department: 'Sales', employeeNumber: 'Aklq' },
    });
  });

  it('Entra: a path-less value with dotted and URN-qualified keys (aadOptscim062020)', () => {
    const user = patchUser({
      op: 'replace',
      value: { displayName: 'Bjfe', 'name.givenName': 'Kkom', 'name.familyName': 'Unua', [`${ENTERPRISE_SCHEMA}:employeeNumber`]: 'Aklq' },
    });
    expect([user.displayName, user.name, user[ENTERPRISE_SCHEMA]]).toEqual([
      'Bjfe',
      { givenName: 'Kkom', familyName: 'Unua' },
      { department: 'Sales', employeeNumber: 'Aklq' },
    ]);
  });

  it('Entra: a whole extension object in a path-less value merges per attribute', () => {
    const user = patchUser({ op: 'replace', value: { [ENTERPRISE_SCHEMA]: { organization: 'SUSE' } } });
    expect(user[ENTERPRISE_SCHEMA]).toEqual({ department: 'Sales', organization: 'SUSE' });
  });

  it('Entra: attributes of unknown vendor schemas in a path-less value are ignored', () => {
    const user = patchUser({
      op: 'Add',
      value: { 'urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User': { x: 1 }, favouriteColour: 'red', title: 'Eng' },
    });
    expect(user).toEqual({ ...baseUser(), title: 'Eng' });
  });

  it('Entra: replace through addresses[type eq "work"].streetAddress creates the work address', () => {
    const user = patchUser({ op: 'Replace', path: 'addresses[type eq "work"].streetAddress', value: '2809 Johns Walk' });
    expect(user.addresses).toEqual([{ type: 'work', streetAddress: '2809 Johns Walk' }]);
  });

  it('Entra: replace through emails[type eq "home"].value creates a home email next to the work one', () => {
    const user = patchUser({ op: 'Replace', path: 'emails[type eq "home"].value', value: 'home@x.com' });
    expect(user.emails).toEqual([
      { value: 'test.user@okta.local', type: 'work', primary: true },
      { type: 'home', value: 'home@x.com' },
    ]);
  });

  it.each([
    ['a bare string', '2c2f6fb8-5f8c-4c1e-a4a6-0a9f0a6f3d11', 'Add'],
    ['an object', { value: '2c2f6fb8-5f8c-4c1e-a4a6-0a9f0a6f3d11' }, 'add'],
    ['an object with capitalised keys', { Value: '2c2f6fb8-5f8c-4c1e-a4a6-0a9f0a6f3d11' }, 'replace'],
  ])('Entra: manager given as %s is stored as {"value": …}', (_label, value, op) => {
    expect(patchUser({ op, path: MANAGER, value })[ENTERPRISE_SCHEMA]).toEqual({
      department: 'Sales',
      manager: { value: '2c2f6fb8-5f8c-4c1e-a4a6-0a9f0a6f3d11' },
    });
  });

  it('Entra: manager.value through a sub-attribute path', () => {
    expect(patchUser({ op: 'replace', path: `${MANAGER}.value`, value: 'm-2' })[ENTERPRISE_SCHEMA]).toEqual({
      department: 'Sales',
      manager: { value: 'm-2' },
    });
  });

  it('Entra: remove manager', () => {
    const withManager = patchUser({ op: 'add', path: MANAGER, value: 'm-1' }, { op: 'remove', path: MANAGER });
    expect(withManager[ENTERPRISE_SCHEMA]).toEqual({ department: 'Sales' });
  });

  it('Entra: removing the last enterprise attribute drops the extension object and its schemas entry', () => {
    const user = patchUser({ op: 'remove', path: `${ENTERPRISE_SCHEMA}:department` });
    expect([user[ENTERPRISE_SCHEMA], user.schemas]).toEqual([undefined, ['urn:ietf:params:scim:schemas:core:2.0:User']]);
  });

  it.each([
    ['empty string', { op: 'replace', path: 'title', value: '' }],
    ['null', { op: 'replace', path: 'title', value: null }],
    ['null in a path-less value', { op: 'replace', value: { title: null } }],
  ])('Entra validator: a "null update" with %s clears the attribute', (_label, operation) => {
    const titled = { op: 'add', path: 'title', value: 'Engineer' };
    expect(patchUser(titled, operation)).toEqual(baseUser());
  });

  it('Entra: roles added with a JSON-encoded value keep the string as it is', () => {
    const value = '{"id":"827f","value":"Admin","displayName":"Admin"}';
    expect(patchUser({ op: 'Add', path: 'roles', value: [{ value }] }).roles).toEqual([{ value }]);
  });

  it('Entra reference tests: capitalised attribute names in values ("Primary", "Value")', () => {
    const user = patchUser({ op: 'replace', path: 'emails', value: [{ Value: 'a@b.c', Type: 'work', Primary: 'True' }] });
    expect(user.emails).toEqual([{ value: 'a@b.c', type: 'work', primary: true }]);
  });

  it('Entra reference tests: a capitalised "Manager": {"Value": …} inside the extension object', () => {
    const user = patchUser({ op: 'add', value: { [ENTERPRISE_SCHEMA]: { Manager: { Value: 'm-7' }, Department: 'R&D' } } });
    expect(user[ENTERPRISE_SCHEMA]).toEqual({ department: 'R&D', manager: { value: 'm-7' } });
  });

  describe('groups', () => {
    it('Entra: Remove path members with a value array removes only the listed members', () => {
      expect(patchGroup({ op: 'Remove', path: 'members', value: [{ value: 'u1' }] }).members).toEqual([{ value: 'u2' }]);
    });

    it('Entra: Remove with a value array naming nobody in the group removes nothing', () => {
      expect(patchGroup({ op: 'Remove', path: 'members', value: [{ value: 'u1091' }] }).members).toEqual([{ value: 'u1' }, { value: 'u2' }]);
    });

    it('Entra: remove members[value eq "…"] (aadOptscim062020)', () => {
      expect(patchGroup({ op: 'remove', path: 'members[value eq "u1"]' }).members).toEqual([{ value: 'u2' }]);
    });

    it('Entra: Add members with "$ref": null and several values per request', () => {
      const group = patchGroup({ op: 'Add', path: 'members', value: [{ $ref: null, value: 'a' }, { value: 'b' }] });
      expect(group.members).toEqual([{ value: 'u1' }, { value: 'u2' }, { value: 'a' }, { value: 'b' }]);
    });

    it('Entra: Replace displayName renames the group', () => {
      expect(patchGroup({ op: 'Replace', path: 'displayName', value: 'newName' }).displayName).toBe('newName');
    });

    it('Entra: Add externalId on a group', () => {
      expect(patchGroup({ op: 'Add', path: 'externalId', value: 'ext-g' }).externalId).toBe('ext-g');
    });

    it('Entra validator: path-less replace of externalId on a group', () => {
      expect(patchGroup({ op: 'replace', value: { externalId: 'ext-v' } }).externalId).toBe('ext-v');
    });

    it.each([
      ['Remove with value array', { op: 'Remove', path: 'members', value: [{ value: 'u1091' }] }, { remove: ['u1091'], replaceAll: null }],
      ['remove by filter', { op: 'remove', path: 'members[value eq "7f4b"]' }, { remove: ['7f4b'], replaceAll: null }],
      ['Add with $ref null', { op: 'Add', path: 'members', value: [{ $ref: null, value: 'f648' }] }, { add: ['f648'], replaceAll: null }],
    ])('Entra: %s becomes member deltas', (_label, operation, expected) => {
      const changes = groupPatchToMemberChanges({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [operation] }, GROUP_CATALOGUE);
      expect(changes).toEqual({ attributeOps: [], add: [], remove: [], ...expected });
    });
  });
});
