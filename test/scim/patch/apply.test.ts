import { applyPatch } from '../../../src/scim/patch';
import { ENTERPRISE_SCHEMA, USER_CATALOGUE, USER_SCHEMA, WRITER_SCHEMA } from './catalogues';
import { baseUser, body, expectScimError, patchGroup, patchUser } from './support';

const WORK = { value: 'test.user@okta.local', type: 'work', primary: true };

describe('applyPatch: simple and complex attributes', () => {
  it('returns a new resource and leaves the given one untouched', () => {
    const user = baseUser();
    const patched = applyPatch(user, body({ op: 'replace', path: 'title', value: 'Eng' }), USER_CATALOGUE);
    expect([user, patched.title]).toEqual([baseUser(), 'Eng']);
  });

  it('writes attribute names in their canonical spelling, whatever the client sent', () => {
    const user = patchUser({ op: 'add', value: { NICKNAME: 'Babs', 'Name.GivenName': 'Barbara' } });
    expect([user.nickName, user.name]).toEqual(['Babs', { givenName: 'Barbara', familyName: 'User' }]);
  });

  it('merges a complex value into the existing one on replace (RFC 7644 §3.5.2.3)', () => {
    expect(patchUser({ op: 'replace', path: 'name', value: { familyName: 'Jensen' } }).name).toEqual({ givenName: 'Test', familyName: 'Jensen' });
  });

  it('clears a sub-attribute given as null inside a complex value', () => {
    expect(patchUser({ op: 'replace', path: 'name', value: { givenName: null } }).name).toEqual({ familyName: 'User' });
  });

  it('removes a sub-attribute and then the emptied complex attribute', () => {
    const user = patchUser({ op: 'remove', path: 'name.givenName' }, { op: 'remove', path: 'name.familyName' });
    expect(user.name).toBeUndefined();
  });

  it('stores a number sent for a string attribute as a string', () => {
    expect(patchUser({ op: 'replace', path: `${ENTERPRISE_SCHEMA}:employeeNumber`, value: 701984 })[ENTERPRISE_SCHEMA]).toEqual({
      department: 'Sales',
      employeeNumber: '701984',
    });
  });

  it('rejects an object for a string attribute with 400 invalidValue', () => {
    expectScimError(() => patchUser({ op: 'replace', path: 'title', value: { a: 1 } }), 'invalidValue');
  });

  it('treats add of null as adding nothing (RFC 7643 §2.5)', () => {
    expect(patchUser({ op: 'add', path: 'displayName', value: null })).toEqual(baseUser());
  });

  it.each([
    ['add without a value', { op: 'add', path: 'title' }],
    ['replace without a value', { op: 'Replace', path: 'userName' }],
    ['a path-less add whose value is not an object', { op: 'add', value: 'x' }],
    ['a path-less replace without a value', { op: 'replace' }],
  ])('rejects %s with 400 invalidValue', (_label, operation) => {
    expectScimError(() => patchUser(operation), 'invalidValue');
  });

  it('rejects remove without a path with 400 noTarget (RFC 7644 §3.5.2.2)', () => {
    expectScimError(() => patchUser({ op: 'remove', value: { title: 'x' } }), 'noTarget');
  });

  it('rejects a path naming an unknown attribute with 400 invalidPath', () => {
    expectScimError(() => patchUser({ op: 'replace', path: 'favouriteColour', value: 'red' }), 'invalidPath');
  });

  it('applies all operations or none: a failing later operation throws', () => {
    expectScimError(() => patchUser({ op: 'replace', path: 'title', value: 'Eng' }, { op: 'remove', path: 'userName' }), 'mutability');
  });
});

describe('applyPatch: mutability (RFC 7644 §3.5.2)', () => {
  it.each([
    ['removing a required attribute', { op: 'remove', path: 'userName' }],
    ['clearing a required attribute with ""', { op: 'replace', path: 'userName', value: '' }],
    ['changing id through a path', { op: 'replace', path: 'id', value: 'other' }],
    ['changing meta.created through a path', { op: 'replace', path: 'meta.created', value: '2020-01-01T00:00:00Z' }],
    ['a path-less id that differs from the resource id', { op: 'replace', value: { id: 'other' } }],
  ])('rejects %s with 400 mutability', (_label, operation) => {
    expectScimError(() => patchUser(operation), 'mutability');
  });

  it('ignores a read-only sub-attribute in a path-less value', () => {
    expect(patchUser({ op: 'replace', value: { 'meta.lastModified': '2020-01-01T00:00:00Z', [`${ENTERPRISE_SCHEMA}:manager.displayName`]: 'Boss' } })).toEqual(baseUser());
  });

  it('accepts replacing id with the same id through a path', () => {
    expect(patchUser({ op: 'replace', path: 'id', value: baseUser().id })).toEqual(baseUser());
  });

  it('rejects changing an immutable sub-attribute of an existing value', () => {
    expectScimError(() => patchGroup({ op: 'replace', path: 'members[value eq "u1"].value', value: 'u9' }), 'mutability');
  });

  it('rejects removing the required displayName of a group', () => {
    expectScimError(() => patchGroup({ op: 'remove', path: 'displayName' }), 'mutability');
  });
});

describe('applyPatch: extensions', () => {
  it('adds to a whole extension named by the path', () => {
    const user = patchUser({ op: 'add', path: ENTERPRISE_SCHEMA, value: { costCenter: 'CC-1' } });
    expect(user[ENTERPRISE_SCHEMA]).toEqual({ department: 'Sales', costCenter: 'CC-1' });
  });

  it('removes a whole extension named by the path, and its schemas entry', () => {
    const user = patchUser({ op: 'remove', path: ENTERPRISE_SCHEMA });
    expect([user[ENTERPRISE_SCHEMA], user.schemas]).toEqual([undefined, [USER_SCHEMA]]);
  });

  it('lists a new extension in schemas', () => {
    const user = applyPatch({ ...baseUser(), schemas: [USER_SCHEMA] }, body({ op: 'add', path: `${ENTERPRISE_SCHEMA}:division`, value: 'X' }), USER_CATALOGUE);
    expect(user.schemas).toEqual([USER_SCHEMA, ENTERPRISE_SCHEMA]);
  });

  it('moves a role stored under the alias URN to the canonical key when the extension is written', () => {
    const stored = { ...baseUser(), 'urn:custom:params:scim:schemas:extension:writer:2.0': { role: 'member' } };
    const user = applyPatch(stored, body({ op: 'replace', path: 'urn:custom:params:scim:schemas:extension:writer:2.0:role', value: 'admin' }), USER_CATALOGUE);
    expect(Object.entries(user).filter(([key]) => key.includes('writer'))).toEqual([[WRITER_SCHEMA, { role: 'admin' }]]);
  });
});

describe('applyPatch: multi-valued attributes', () => {
  it('wraps a single object given for a multi-valued attribute', () => {
    expect(patchUser({ op: 'replace', path: 'phoneNumbers', value: { value: '+1 555', type: 'work' } }).phoneNumbers).toEqual([
      { value: '+1 555', type: 'work' },
    ]);
  });

  it('appends on add', () => {
    expect(patchUser({ op: 'add', path: 'emails', value: [{ value: 'b@x.com', type: 'home' }] }).emails).toEqual([
      WORK,
      { value: 'b@x.com', type: 'home' },
    ]);
  });

  it('replaces an element with the same value and type instead of duplicating it', () => {
    expect(patchUser({ op: 'add', path: 'emails', value: [{ value: 'TEST.USER@okta.local', type: 'work', display: 'me' }] }).emails).toEqual([
      { value: 'TEST.USER@okta.local', type: 'work', display: 'me' },
    ]);
  });

  it('keeps the same address under another type as a second element', () => {
    expect(patchUser({ op: 'add', path: 'emails', value: { value: WORK.value, type: 'home' } }).emails).toHaveLength(2);
  });

  it('replaces the whole list on replace without a filter', () => {
    expect(patchUser({ op: 'replace', path: 'emails', value: [{ value: 'n@x.com' }] }).emails).toEqual([{ value: 'n@x.com' }]);
  });

  it('removes the attribute when replaced with an empty list', () => {
    expect(patchUser({ op: 'replace', path: 'emails', value: [] }).emails).toBeUndefined();
  });

  it('matches valuePath filters case-insensitively', () => {
    expect(patchUser({ op: 'replace', path: 'emails[TYPE eq "WORK"].value', value: 'n@x.com' }).emails).toEqual([{ ...WORK, value: 'n@x.com' }]);
  });

  it('creates an element from the filter and the value when a valuePath without sub-attribute matches nothing', () => {
    expect(patchUser({ op: 'add', path: 'phoneNumbers[type eq "mobile"]', value: { value: '+1 555 0100' } }).phoneNumbers).toEqual([
      { type: 'mobile', value: '+1 555 0100' },
    ]);
  });

  // RFC 7644 §3.5.2.3: "sub-attributes that are not specified in the value parameter are left unchanged".
  it.each(['add', 'replace', 'Replace'])('%s merges the value into each matched element, keeping what it does not give', (op) => {
    const user = patchUser(
      { op: 'add', path: 'emails', value: { value: 'h@x.com', type: 'home' } },
      { op: 'add', path: 'addresses', value: { type: 'work', streetAddress: '1 Main St', postalCode: '12345', locality: 'Springfield' } },
      { op, path: 'emails[type eq "work"]', value: { display: 'D' } },
      { op, path: 'emails[type eq "home"]', value: { value: 'n@x.com', type: 'Home' } },
      { op, path: 'addresses[type eq "work"]', value: { locality: 'Shelbyville', region: 'IL' } },
    );
    expect(user.emails).toEqual([
      { ...WORK, display: 'D' },
      { value: 'n@x.com', type: 'Home' },
    ]);
    expect(user.addresses).toEqual([{ type: 'work', streetAddress: '1 Main St', postalCode: '12345', locality: 'Shelbyville', region: 'IL' }]);
  });

  it('clears a sub-attribute given as null when replacing a matched element', () => {
    const user = patchUser({ op: 'replace', path: 'emails[type eq "work"]', value: { display: 'D', primary: null } });
    expect(user.emails).toEqual([{ value: WORK.value, type: 'work', display: 'D' }]);
  });

  it('keeps exactly one primary when a replaced element becomes primary', () => {
    const home = { value: 'h@x.com', type: 'home' };
    const user = patchUser({ op: 'add', path: 'emails', value: home }, { op: 'replace', path: 'emails[type eq "home"]', value: { primary: 'True' } });
    expect(user.emails).toEqual([{ ...WORK, primary: false }, { ...home, primary: true }]);
  });

  it('answers 400 noTarget when a filter matches nothing and names no value to create', () => {
    expectScimError(() => patchUser({ op: 'replace', path: 'emails[value co "nobody"].display', value: 'x' }), 'noTarget');
  });

  it('removes only the sub-attribute of matched elements', () => {
    expect(patchUser({ op: 'remove', path: 'emails[type eq "work"].primary' }).emails).toEqual([{ value: WORK.value, type: 'work' }]);
  });

  it('removes matched elements', () => {
    expect(patchUser({ op: 'remove', path: 'emails[type eq "work"]' }).emails).toBeUndefined();
  });

  it('treats remove through a valuePath that matches nothing as a no-op', () => {
    expect(patchUser({ op: 'remove', path: 'emails[type eq "home"]' })).toEqual(baseUser());
  });

  it('sets a sub-attribute on every element when the path has no filter', () => {
    const user = patchUser({ op: 'add', path: 'emails', value: { value: 'h@x.com', type: 'home' } }, { op: 'replace', path: 'emails.display', value: 'D' });
    expect((user.emails as Array<{ display: string }>).map((email) => email.display)).toEqual(['D', 'D']);
  });
});

describe('applyPatch: at most one primary (RFC 7644 §3.5.2)', () => {
  const primaries = (emails: unknown) => (emails as Array<{ value: string; primary?: boolean }>).filter((e) => e.primary).map((e) => e.value);

  it('demotes the old primary when a new primary is added', () => {
    expect(primaries(patchUser({ op: 'add', path: 'emails', value: [{ value: 'n@x.com', primary: 'True' }] }).emails)).toEqual(['n@x.com']);
  });

  it('sets the demoted element primary to false', () => {
    const emails = patchUser({ op: 'add', path: 'emails', value: [{ value: 'n@x.com', primary: true }] }).emails;
    expect(emails).toEqual([{ ...WORK, primary: false }, { value: 'n@x.com', primary: true }]);
  });

  it('keeps the last primary when a replaced list carries two', () => {
    const value = [{ value: 'a@x.com', primary: true }, { value: 'b@x.com', primary: true }];
    expect(primaries(patchUser({ op: 'replace', path: 'emails', value }).emails)).toEqual(['b@x.com']);
  });

  it('demotes the others when primary is set through a valuePath', () => {
    const user = patchUser({ op: 'add', path: 'emails', value: { value: 'h@x.com', type: 'home' } }, { op: 'replace', path: 'emails[type eq "home"].primary', value: true });
    expect(primaries(user.emails)).toEqual(['h@x.com']);
  });

  it('creates a primary element through a valuePath filter on primary', () => {
    expect(patchUser({ op: 'replace', path: 'emails[primary eq true].value', value: 'p@x.com' }).emails).toEqual([{ ...WORK, value: 'p@x.com' }]);
  });
});
