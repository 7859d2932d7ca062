import type { ScimUserFragment, UserInput } from '../../../src/scim/operations/users.generated';
import { readUserBody } from '../../../src/scim/mapping/user-body';
import { toScimUser, toUserInput } from '../../../src/scim/mapping/user.mapper';
import type { JsonObject } from '../../../src/scim/patch';
import { storedUser } from './stored-user';

const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const ROLE = 'urn:custom:params:scim:schemas:extension:writer:2.0:User';
const BASE = 'https://scim.example.com/scim/v2';
const ID = '2819c223-7f76-453a-919d-413861904646';
const CREATED = '2026-01-02T03:04:05.000Z';
const MODIFIED = '2026-01-03T03:04:05.000Z';

/** What the schema would hand back for an input, as the `ScimUser` fragment selects it. */
function stored(input: UserInput, extra: Partial<ScimUserFragment> = {}): ScimUserFragment {
  return storedUser(input, { id: ID, createdAt: CREATED, updatedAt: MODIFIED, version: 3 }, extra);
}

const META = { resourceType: 'User', created: CREATED, lastModified: MODIFIED, location: `${BASE}/Users/${ID}`, version: 'W/"3"' };

const multi = (value: string): JsonObject[] => [
  { value, type: 'work', primary: true, display: `${value} (work)` },
  { value: `${value}-2`, type: 'home', primary: false },
];

describe('SCIM User → UserInput → SCIM User', () => {
  it.each<[string, JsonObject, string[]]>([
    ['externalId', { externalId: '00ujl29u0le5T6Aj10h7' }, []],
    ['name', { name: { formatted: 'Ms. Barbara J Jensen III', familyName: 'Jensen', givenName: 'Barbara', middleName: 'Jane', honorificPrefix: 'Ms.', honorificSuffix: 'III' } }, []],
    ['displayName', { displayName: 'Babs Jensen' }, []],
    ['nickName', { nickName: 'Babs' }, []],
    ['profileUrl', { profileUrl: 'https://login.example.com/bjensen' }, []],
    ['title', { title: 'Tour Guide' }, []],
    ['userType', { userType: 'Employee' }, []],
    ['preferredLanguage', { preferredLanguage: 'en-US' }, []],
    ['locale', { locale: 'en-US' }, []],
    ['timezone', { timezone: 'America/Los_Angeles' }, []],
    ['active false', { active: false }, []],
    ['emails', { emails: multi('bjensen@example.com') }, []],
    ['phoneNumbers', { phoneNumbers: multi('555-555-5555') }, []],
    ['ims', { ims: multi('someaimhandle') }, []],
    ['photos', { photos: multi('https://photos.example.com/profilephoto/72930000000Ccne/F') }, []],
    ['entitlements', { entitlements: multi('fly-business') }, []],
    ['roles', { roles: multi('pilot') }, []],
    ['x509Certificates', { x509Certificates: multi('MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAw') }, []],
    [
      'addresses',
      { addresses: [{ formatted: '100 Universal City Plaza', streetAddress: '100 Universal City Plaza', locality: 'Hollywood', region: 'CA', postalCode: '91608', country: 'USA', type: 'work', primary: true }] },
      [],
    ],
    [
      'the enterprise extension',
      { [ENTERPRISE]: { employeeNumber: '701984', costCenter: '4130', organization: 'Universal Studios', division: 'Theme Park', department: 'Tour Operations', manager: { value: '26118915-6090-4610-87e4-49d8ca9f808d' } } },
      [ENTERPRISE],
    ],
    ['the role extension', { [ROLE]: { role: 'admin' } }, [ROLE]],
  ])('%s reads back exactly as written', (_attribute, fragment, extensions) => {
    const scim: JsonObject = { schemas: [CORE, ...extensions], userName: 'bjensen', ...fragment };
    const rendered = toScimUser(stored(toUserInput(readUserBody(scim))), BASE);
    expect(rendered).toEqual({ active: true, ...scim, id: ID, meta: META });
  });
});

describe('toScimUser', () => {
  const minimal = stored({ userName: 'bjensen' });

  it('omits unassigned attributes and empty multi-valued attributes, and always returns active', () => {
    const user = stored({ userName: 'bjensen', title: null, emails: [], name: { givenName: null } }, { active: false });
    expect(toScimUser(user, BASE)).toEqual({ schemas: [CORE], id: ID, userName: 'bjensen', active: false, meta: META });
  });

  it('lists teams as groups with value, display, $ref and type', () => {
    const user = { ...minimal, teams: [{ id: 't-1', displayName: 'Tour Guides' }] };
    expect(toScimUser(user, BASE).groups).toEqual([{ value: 't-1', $ref: `${BASE}/Groups/t-1`, display: 'Tour Guides', type: 'direct' }]);
  });

  it.each([
    ['ADMIN', 'admin'],
    ['MEMBER', 'member'],
  ] as const)('renders the role %s lower-cased under the canonical URN', (idpRole, role) => {
    const rendered = toScimUser({ ...minimal, idpRole }, BASE);
    expect([rendered.schemas, rendered[ROLE]]).toEqual([[CORE, ROLE], { role }]);
  });

  it("returns the manager's displayName set through GraphQL beside its value", () => {
    const user = stored({ userName: 'bjensen', enterprise: { manager: { value: 'm-1', displayName: 'Mandy' } } });
    expect(toScimUser(user, BASE)[ENTERPRISE]).toEqual({ manager: { value: 'm-1', displayName: 'Mandy' } });
  });

  it('never renders a password', () => {
    expect(toScimUser(stored(toUserInput(readUserBody({ userName: 'bjensen', password: 'secret' }))), BASE)).not.toHaveProperty('password');
  });
});

describe('toUserInput', () => {
  it('sends every attribute the resource lacks as null, so a replace clears it, and leaves active out', () => {
    const input = toUserInput({ schemas: [CORE], userName: 'bjensen' });
    expect(input).toMatchObject({ userName: 'bjensen', title: null, name: null, emails: null, addresses: null, enterprise: null, idpRole: null });
    expect(input).not.toHaveProperty('active');
  });

  it.each([
    [{ [ROLE]: { role: 'Admin' } }, 'ADMIN'],
    [{ [ROLE]: { role: ' member ' } }, 'MEMBER'],
  ])('reads the role %j as %s', (extension, role) => {
    expect(toUserInput({ userName: 'bjensen', ...extension }).idpRole).toBe(role);
  });

  it.each([
    ['no userName', {}],
    ['an empty userName', { userName: '  ' }],
    ['a userName that is not a string', { userName: 42 }],
  ])('refuses %s with 400 invalidValue', (_case, resource) => {
    expect(() => toUserInput(resource as JsonObject)).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidValue', detail: expect.stringContaining('userName') }));
  });

  it('refuses a role other than admin or member with 400 invalidValue naming the attribute', () => {
    expect(() => toUserInput({ userName: 'bjensen', [ROLE]: { role: 'owner' } })).toThrow(
      expect.objectContaining({ status: 400, scimType: 'invalidValue', detail: expect.stringContaining(`${ROLE}:role`) }),
    );
  });
});
