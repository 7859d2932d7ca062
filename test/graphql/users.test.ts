import { systemActor, type DomainContext } from '../../src/domain/context';
import { Document } from '../../src/domain/document/document.entity';
import { Organization } from '../../src/domain/organization/organization.entity';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { pinnedClock } from '../support/clock';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { graphqlData, runGraphQL, tokenActor } from '../support/graphql';

let db: TestDatabase;
let orgId: string;
let otherOrgId: string;
const clock = pinnedClock();

const admin = () => tokenActor(orgId, 'admin');
const scim = () => tokenActor(orgId, 'scim');
const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, actor = admin()) =>
  graphqlData<T>(db.orm, actor, query, variables, clock);
const attempt = (query: string, variables: Record<string, unknown> = {}, actor = admin()) => runGraphQL(db.orm, actor, query, variables, clock);

const FIELDS = `id userName externalId displayName nickName profileUrl title userType preferredLanguage locale timezone active version
  name { formatted familyName givenName middleName honorificPrefix honorificSuffix }
  emails { value type primary display } phoneNumbers { value type primary display }
  ims { value type primary display } photos { value type primary display } entitlements { value type primary display }
  roles { value type primary display } x509Certificates { value type primary display }
  addresses { formatted streetAddress locality region postalCode country type primary }
  enterprise { employeeNumber costCenter organization division department manager { value displayName } }
  idpRole manualRole role roleSource provisionedByIdp deactivatedAt`;

const CREATE = `mutation ($input: UserInput!) { createUser(input: $input) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { user(id: $id) { ${FIELDS} } }`;

const mv = (value: string, type: string | null = null, primary: boolean | null = null, display: string | null = null) => ({ value, type, primary, display });

const FULL = {
  userName: 'bjensen@example.com',
  externalId: 'Okta-00u1',
  displayName: 'Babs Jensen',
  nickName: 'Babs',
  profileUrl: 'https://login.example.com/bjensen',
  title: 'Tour Guide',
  userType: 'Employee',
  preferredLanguage: 'en-US',
  locale: 'en-US',
  timezone: 'America/Los_Angeles',
  active: true,
  name: { formatted: 'Ms. Barbara J Jensen, III', familyName: 'Jensen', givenName: 'Barbara', middleName: 'Jane', honorificPrefix: 'Ms.', honorificSuffix: 'III' },
  emails: [mv('bjensen@example.com', 'work', true, 'Work'), mv('babs@jensen.org', 'home', false)],
  phoneNumbers: [mv('555-555-5555', 'work'), mv('555-555-4444', 'mobile', true)],
  ims: [mv('someaimhandle', 'aim')],
  photos: [mv('https://photos.example.com/profilephoto/72930000000Ccne/F', 'photo')],
  entitlements: [mv('stuff', null, true, 'Stuff')],
  roles: [mv('guide', 'work', false)],
  x509Certificates: [mv('MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAwTjELMAkGA1UEBhMCVVMx')],
  addresses: [{ formatted: '100 Universal City Plaza', streetAddress: '100 Universal City Plaza', locality: 'Hollywood', region: 'CA', postalCode: '91608', country: 'US', type: 'work', primary: true }],
  enterprise: { employeeNumber: '701984', costCenter: '4130', organization: 'Universal Studios', division: 'Theme Park', department: 'Tour Operations', manager: { value: '26118915-6090-4610-87e4-49d8ca9f808d', displayName: 'John Smith' } },
  idpRole: 'ADMIN',
};

const createUser = async (input: Record<string, unknown>, actor = scim()) => (await gql(CREATE, { input }, actor)).createUser;

beforeAll(async () => {
  db = await createTestDatabase();
  const ctx: DomainContext = { em: db.orm.em.fork(), actor: systemActor(null), requestId: null, now: clock };
  orgId = (await createOrganization(ctx, { name: 'GraphQL Users' })).id;
  otherOrgId = (await createOrganization({ ...ctx, em: db.orm.em.fork() }, { name: 'GraphQL Users Elsewhere' })).id;
  // The users here are created as the IdP would (a scim actor) and then changed by an admin: the
  // organization allows local edits (one-way sync itself: one-way-sync.test.ts).
  await gql('mutation { updateOrganizationSettings(input: { allowLocalEdits: true }) { id } }');
});
afterAll(async () => db.close());

describe('user mutations', () => {
  it('creates a user and reads every attribute back as written', async () => {
    const created = await createUser(FULL);
    const { user } = await gql(GET, { id: created.id });
    expect(user).toEqual({
      ...FULL,
      id: created.id,
      version: 1,
      manualRole: null,
      role: 'ADMIN',
      roleSource: 'IDP_ATTRIBUTE',
      provisionedByIdp: true,
      deactivatedAt: null,
    });
  });

  it('refuses a taken userName with ALREADY_EXISTS naming the field', async () => {
    await createUser({ userName: 'taken' });
    const result = await attempt(CREATE, { input: { userName: 'TAKEN' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'ALREADY_EXISTS', field: 'userName' });
  });

  it('updates some attributes and keeps the rest', async () => {
    const created = await createUser({ userName: 'patchable', title: 'Old', nickName: 'Pat' });
    const data = await gql(`mutation ($id: ID!) { updateUser(id: $id, input: { title: null, name: { givenName: "Pat" } }) { title nickName name { givenName familyName } version } }`, { id: created.id });
    expect(data.updateUser).toEqual({ title: null, nickName: 'Pat', name: { givenName: 'Pat', familyName: null }, version: 2 });
  });

  it('replaces a user, refusing a stale ifVersion with PRECONDITION_FAILED', async () => {
    const created = await createUser({ userName: 'replaceable', title: 'Old' });
    const REPLACE = `mutation ($id: ID!, $v: Int) { replaceUser(id: $id, input: { userName: "replaceable", displayName: "New" }, ifVersion: $v) { title displayName version } }`;
    const stale = await attempt(REPLACE, { id: created.id, v: 7 });
    expect(stale.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
    expect((await gql(REPLACE, { id: created.id, v: 1 })).replaceUser).toEqual({ title: null, displayName: 'New', version: 2 });
  });

  it('deletes a user at a matching ifVersion and refuses a stale one, keeping the user', async () => {
    const { id } = await createUser({ userName: 'deleted-at-version' });
    const DELETE = `mutation ($id: ID!, $v: Int) { deleteUser(id: $id, ifVersion: $v) }`;
    expect((await attempt(DELETE, { id, v: 2 })).errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
    expect((await gql(`query ($id: ID!) { user(id: $id) { active version } }`, { id })).user).toEqual({ active: true, version: 1 });
    expect((await gql(DELETE, { id, v: 1 })).deleteUser).toBe(id);
  });

  it('deactivates, reactivates and deletes a user', async () => {
    const { id } = await createUser({ userName: 'lifecycle' });
    const off = await gql(`mutation ($id: ID!) { deactivateUser(id: $id) { active deactivatedAt version } }`, { id });
    expect(off.deactivateUser).toMatchObject({ active: false, deactivatedAt: expect.any(String), version: 2 });
    const on = await gql(`mutation ($id: ID!) { reactivateUser(id: $id) { id active version } }`, { id });
    expect(on.reactivateUser).toEqual({ id, active: true, version: 3 });
    expect((await gql(`mutation ($id: ID!) { deleteUser(id: $id) }`, { id })).deleteUser).toBe(id);
    const gone = await attempt(GET, { id });
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('rolls the whole mutation back when it fails', async () => {
    await createUser({ userName: 'blocker' });
    const { id } = await createUser({ userName: 'owner' });
    const em = db.orm.em.fork();
    const doc = em.create(Document, { organizationId: orgId, ownerId: id, title: 'Plan', createdAt: clock(), updatedAt: clock() });
    await em.flush();
    const result = await attempt(`mutation ($id: ID!) { updateUser(id: $id, input: { active: false, userName: "BLOCKER" }) { id } }`, { id });
    expect(result.errors?.[0].extensions?.code).toBe('ALREADY_EXISTS');
    expect((await gql(GET, { id })).user).toMatchObject({ userName: 'owner', active: true, version: 1 });
    expect(await db.orm.em.fork().findOneOrFail(Document, { organizationId: orgId, id: doc.id })).toMatchObject({ ownerId: id, awaitingReassignment: false });
  });
});

describe('roles through GraphQL', () => {
  const SET_ROLE = `mutation ($id: ID!, $role: OrgRole) { setUserRole(userId: $id, role: $role) { manualRole role roleSource } }`;

  it('refuses a manual role for an IdP user while the override is off', async () => {
    const { id } = await createUser({ userName: 'idp-role' });
    const result = await attempt(SET_ROLE, { id, role: 'ADMIN' });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'role' }, message: expect.stringContaining('roleManualOverride') });
  });

  it('sets a manual role that wins while the override is on', async () => {
    const { id } = await createUser({ userName: 'manual-role', idpRole: 'MEMBER' });
    await gql(`mutation { updateOrganizationSettings(input: { roleManualOverride: true }) { id } }`);
    try {
      expect((await gql(SET_ROLE, { id, role: 'ADMIN' })).setUserRole).toEqual({ manualRole: 'ADMIN', role: 'ADMIN', roleSource: 'MANUAL' });
    } finally {
      await db.orm.em.fork().nativeUpdate(Organization, { id: orgId }, { roleManualOverride: false });
    }
  });

  it('accepts only an active org admin as content successor', async () => {
    const member = await createUser({ userName: 'not-a-successor', idpRole: 'MEMBER' });
    const SETTINGS = `mutation ($id: ID) { updateOrganizationSettings(input: { contentSuccessorId: $id }) { settings { contentSuccessorId } } }`;
    const refused = await attempt(SETTINGS, { id: member.id });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentSuccessorId' });
    const successor = await createUser({ userName: 'successor', idpRole: 'ADMIN' });
    expect((await gql(SETTINGS, { id: successor.id })).updateOrganizationSettings.settings).toEqual({ contentSuccessorId: successor.id });
    await gql(SETTINGS, { id: null });
  });

  it('needs the ORG_ADMIN right', async () => {
    const { id } = await createUser({ userName: 'scim-cannot' });
    const result = await attempt(SET_ROLE, { id, role: 'ADMIN' }, scim());
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('rights and tenancy', () => {
  it('refuses writes to a read token', async () => {
    const result = await attempt(CREATE, { input: { userName: 'read-only' } }, tokenActor(orgId, 'read'));
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['a user of another organization', async () => (await createUser({ userName: 'foreign' }, tokenActor(otherOrgId, 'scim'))).id],
    ['a non-UUID id', async () => 'not-a-uuid'],
  ])('answers NOT_FOUND for %s', async (_label, id) => {
    const result = await attempt(GET, { id: await id() });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(result.data).toBeNull();
  });
});
