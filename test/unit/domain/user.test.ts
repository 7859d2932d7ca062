import { AuditEvent } from '../../../src/domain/audit/audit-event.entity';
import { stateOfUser, type UserInput } from '../../../src/domain/user/user.input';
import * as userService from '../../../src/domain/user/user.service';
import { getUser } from '../../../src/domain/user/user.service';
import { createTestDatabase, type TestDatabase } from '../../support/db';
import { userFixtures } from './user.fixtures';

/** The written user's row (the services also return its contact rows). */
const createUser = async (...args: Parameters<typeof userService.createUser>) => (await userService.createUser(...args)).user;
const replaceUser = async (...args: Parameters<typeof userService.replaceUser>) => (await userService.replaceUser(...args)).user;
const updateUser = async (...args: Parameters<typeof userService.updateUser>) => (await userService.updateUser(...args)).user;

let db: TestDatabase;
const f = userFixtures(() => db.orm);
let org: string;
let otherOrg: string;

beforeAll(async () => {
  db = await createTestDatabase();
  org = await f.organization();
  otherOrg = await f.organization();
});
afterAll(async () => db.close());

const FULL: UserInput = {
  userName: 'bjensen@example.com',
  externalId: 'Okta-00u1AbC',
  name: {
    formatted: 'Ms. Barbara J Jensen, III',
    familyName: 'Jensen',
    givenName: 'Barbara',
    middleName: 'Jane',
    honorificPrefix: 'Ms.',
    honorificSuffix: 'III',
  },
  displayName: 'Babs Jensen',
  nickName: 'Babs',
  profileUrl: 'https://login.example.com/bjensen',
  title: 'Tour Guide',
  userType: 'Employee',
  preferredLanguage: 'en-US',
  locale: 'en-US',
  timezone: 'America/Los_Angeles',
  active: true,
  emails: [
    { value: 'bjensen@example.com', type: 'work', primary: true, display: 'Work mail' },
    { value: 'Babs@Jensen.org', type: 'home' },
  ],
  phoneNumbers: [
    { value: '555-555-5555', type: 'work' },
    { value: '555-555-4444', type: 'mobile', primary: true },
  ],
  ims: [{ value: 'someaimhandle', type: 'aim' }],
  photos: [{ value: 'https://photos.example.com/profilephoto/72930000000Ccne/F', type: 'photo' }],
  entitlements: [{ value: 'stuff', display: 'Stuff', primary: true }],
  roles: [{ value: 'guide', type: 'work', primary: false }],
  x509Certificates: [{ value: 'MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAwTjELMAkGA1UEBhMCVVMx' }],
  addresses: [
    { type: 'work', streetAddress: '100 Universal City Plaza', locality: 'Hollywood', region: 'CA', postalCode: '91608', country: 'US', formatted: '100 Universal City Plaza\nHollywood, CA 91608 USA', primary: true },
    { type: 'home', streetAddress: '456 Hollywood Blvd', country: 'US' },
  ],
  enterprise: {
    employeeNumber: '701984',
    costCenter: '4130',
    organization: 'Universal Studios',
    division: 'Theme Park',
    department: 'Tour Operations',
    manager: { value: '26118915-6090-4610-87e4-49d8ca9f808d', displayName: 'John Smith' },
  },
  idpRole: 'ADMIN',
};

/** What a fresh reader sees of the user, in the shape of the state the service compares. */
async function readBack(id: string, organizationId = org) {
  const ctx = f.ctx(organizationId);
  const { contacts = [], ...user } = await getUser(ctx, id, { contacts: true });
  return { user, state: stateOfUser(user, contacts) };
}

const auditOf = async (targetId: string): Promise<AuditEvent[]> =>
  db.orm.em.fork().find(AuditEvent, { targetId }, { orderBy: { occurredAt: 'asc' } });

describe('creating users', () => {
  it('reads back a fully populated user exactly as written', async () => {
    const created = await createUser(f.ctx(org, 'scim'), { ...FULL, userName: 'full@example.com' });
    const { user, state } = await readBack(created.id);
    expect(user).toMatchObject({
      userName: 'full@example.com',
      externalId: 'Okta-00u1AbC',
      nameFormatted: 'Ms. Barbara J Jensen, III',
      nameFamilyName: 'Jensen',
      nameGivenName: 'Barbara',
      nameMiddleName: 'Jane',
      nameHonorificPrefix: 'Ms.',
      nameHonorificSuffix: 'III',
      displayName: 'Babs Jensen',
      nickName: 'Babs',
      profileUrl: 'https://login.example.com/bjensen',
      title: 'Tour Guide',
      userType: 'Employee',
      preferredLanguage: 'en-US',
      locale: 'en-US',
      timezone: 'America/Los_Angeles',
      active: true,
      employeeNumber: '701984',
      costCenter: '4130',
      enterpriseOrganization: 'Universal Studios',
      division: 'Theme Park',
      department: 'Tour Operations',
      managerValue: '26118915-6090-4610-87e4-49d8ca9f808d',
      managerDisplayName: 'John Smith',
      idpRole: 'ADMIN',
      version: 1,
    });
    expect(state.emails).toEqual(FULL.emails);
    expect(state.phoneNumbers).toEqual(FULL.phoneNumbers);
    for (const key of ['ims', 'photos', 'entitlements', 'roles', 'x509Certificates', 'addresses'] as const) {
      expect(state.fields[key]).toEqual(FULL[key]);
    }
  });

  it('trims the userName', async () => {
    const user = await createUser(f.ctx(org), { userName: '  padded@example.com ' });
    expect((await readBack(user.id)).user.userName).toBe('padded@example.com');
  });

  it.each([[''], ['   ']])('refuses the empty userName %j', async (userName) => {
    await expect(createUser(f.ctx(org), { userName })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'userName' } });
  });

  it('refuses two primary emails', async () => {
    const emails = [{ value: 'a@example.com', primary: true }, { value: 'b@example.com', primary: true }];
    await expect(createUser(f.ctx(org), { userName: 'two-primaries', emails })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'emails' },
    });
  });

  it('makes the first email primary when none is', async () => {
    const user = await createUser(f.ctx(org), { userName: 'no-primary', emails: [{ value: 'a@example.com' }, { value: 'b@example.com', primary: false }] });
    expect((await readBack(user.id)).state.emails).toEqual([{ value: 'a@example.com', primary: true }, { value: 'b@example.com', primary: false }]);
  });

  it('refuses an idpRole that is not an org role', async () => {
    await expect(createUser(f.ctx(org), { userName: 'odd-role', idpRole: 'OWNER' as never })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'idpRole' },
    });
  });

  it('refuses a value longer than its column', async () => {
    await expect(createUser(f.ctx(org), { userName: 'long-title', title: 'x'.repeat(257) })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'title' },
    });
  });

  it('refuses a userName already used in another case', async () => {
    await createUser(f.ctx(org), { userName: 'Taken@Example.com' });
    await expect(createUser(f.ctx(org), { userName: 'taken@example.COM' })).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      details: { field: 'userName' },
    });
  });

  it('allows the same userName in another organization', async () => {
    await createUser(f.ctx(org), { userName: 'shared-name' });
    await expect(createUser(f.ctx(otherOrg), { userName: 'SHARED-NAME' })).resolves.toMatchObject({ organizationId: otherOrg });
  });

  it('lets exactly one of two concurrent creates with the same userName win', async () => {
    const results = await Promise.allSettled([
      createUser(f.ctx(org, 'scim'), { userName: 'race@example.com' }),
      createUser(f.ctx(org, 'scim'), { userName: 'RACE@example.com' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: 'ALREADY_EXISTS', details: { field: 'userName' } });
  });

  it.each([
    ['scim', true],
    ['admin', false],
  ] as const)('marks a user created by a %s actor provisionedByIdp=%s', async (scope, provisioned) => {
    const user = await createUser(f.ctx(org, scope), { userName: `by-${scope}` });
    expect(user.provisionedByIdp).toBe(provisioned);
  });

  it('records user.created with the written attributes', async () => {
    const user = await createUser(f.ctx(org), { userName: 'audited', title: 'Guide', emails: [{ value: 'audited@example.com' }] });
    const [event] = await auditOf(user.id);
    expect(event).toMatchObject({ action: 'user.created', actorType: 'cli', requestId: 'req-test', targetType: 'user' });
    expect(event.changes).toMatchObject({
      userName: { before: null, after: 'audited' },
      title: { before: null, after: 'Guide' },
      emails: { before: [], after: [{ value: 'audited@example.com', primary: true }] },
    });
  });
});

describe('replacing and updating users', () => {
  it('replace clears what it omits and keeps server-owned fields', async () => {
    const created = await createUser(f.ctx(org, 'scim'), { ...FULL, userName: 'replace-me' });
    await replaceUser(f.ctx(org, 'scim'), created.id, { userName: 'replace-me', displayName: 'Only this' });
    const { user, state } = await readBack(created.id);
    expect(user).toMatchObject({ id: created.id, displayName: 'Only this', title: null, externalId: null, idpRole: null, managerValue: null, ims: null, version: 2, provisionedByIdp: true, active: true });
    expect(user.createdAt).toEqual(created.createdAt);
    expect(state.emails).toEqual([]);
  });

  it('update leaves undefined attributes, clears null ones and merges name parts', async () => {
    const created = await createUser(f.ctx(org), { ...FULL, userName: 'patch-me' });
    await updateUser(f.ctx(org), created.id, { title: null, name: { givenName: 'Barb' }, enterprise: { manager: { displayName: 'Jane Roe' } } });
    const { user, state } = await readBack(created.id);
    expect(user).toMatchObject({ title: null, displayName: 'Babs Jensen', nameGivenName: 'Barb', nameFamilyName: 'Jensen', managerValue: FULL.enterprise?.manager?.value, managerDisplayName: 'Jane Roe', department: 'Tour Operations' });
    expect(state.emails).toEqual(FULL.emails);
  });

  it('bumps version and updatedAt on a change', async () => {
    const created = await createUser(f.ctx(org), { userName: 'bump-me' });
    const updated = await updateUser(f.ctx(org), created.id, { nickName: 'Bumpy' });
    expect(updated.version).toBe(2);
    expect(updated.updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime());
  });

  it('treats a repeated PUT as a no-op: same version, no audit', async () => {
    const created = await createUser(f.ctx(org, 'scim'), { ...FULL, userName: 'put-twice' });
    await replaceUser(f.ctx(org, 'scim'), created.id, { ...FULL, userName: 'put-twice' });
    const again = await replaceUser(f.ctx(org, 'scim'), created.id, { ...FULL, userName: 'put-twice' });
    expect(again.version).toBe(1);
    expect((await auditOf(created.id)).map((e) => e.action)).toEqual(['user.created']);
  });

  it('records user.updated with before and after of each changed attribute', async () => {
    const created = await createUser(f.ctx(org), { userName: 'changes', title: 'Old' });
    await updateUser(f.ctx(org), created.id, { title: 'New', phoneNumbers: [{ value: '+1 555 0100' }] });
    const events = await auditOf(created.id);
    expect(events.map((e) => e.action)).toEqual(['user.created', 'user.updated']);
    expect(events[1].changes).toEqual({
      title: { before: 'Old', after: 'New' },
      phoneNumbers: { before: [], after: [{ value: '+1 555 0100' }] },
    });
  });

  it('refuses a write whose ifVersion is not the current version', async () => {
    const created = await createUser(f.ctx(org), { userName: 'versioned' });
    await updateUser(f.ctx(org), created.id, { title: 'v2' }, { ifVersion: 1 });
    await expect(updateUser(f.ctx(org), created.id, { title: 'v3' }, { ifVersion: 1 })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
  });

  it('refuses renaming onto a userName in use', async () => {
    await createUser(f.ctx(org), { userName: 'occupied' });
    const mover = await createUser(f.ctx(org), { userName: 'mover' });
    await expect(updateUser(f.ctx(org), mover.id, { userName: 'OCCUPIED' })).rejects.toMatchObject({ code: 'ALREADY_EXISTS', details: { field: 'userName' } });
  });

  it('allows changing the case of its own userName', async () => {
    const user = await createUser(f.ctx(org), { userName: 'casey' });
    await expect(updateUser(f.ctx(org), user.id, { userName: 'Casey' })).resolves.toMatchObject({ userName: 'Casey', version: 2 });
  });
});

describe('tenancy', () => {
  it.each([
    ['another organization', async () => (await createUser(f.ctx(otherOrg), { userName: 'foreign' })).id],
    ['an unknown id', async () => '00000000-0000-4000-8000-000000000000'],
    ['a non-UUID id', async () => 'not-a-uuid'],
  ])('answers NOT_FOUND for %s', async (_label, id) => {
    const target = await id();
    await expect(getUser(f.ctx(org), target)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateUser(f.ctx(org), target, { title: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses writes by an actor without an organization', async () => {
    await expect(createUser(f.ctx(null), { userName: 'nowhere' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
