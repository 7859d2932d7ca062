import { createTestApp, type TestApp } from '../support/app';
import { CORE, ENTERPRISE, ROLE, SCIM_JSON, createScimClient, patchBody, type ScimClient } from './users-client';

let t: TestApp;
let scim: ScimClient;

beforeAll(async () => {
  t = await createTestApp();
  scim = await createScimClient(t, 'users');
});
afterAll(async () => t.close());

const multi = (value: string) => [
  { value, type: 'work', primary: true, display: `${value} (work)` },
  { value: `${value}-2`, type: 'home', primary: false },
];

/** Every attribute the User schemas define that we store, as a client would send it. */
const FULL_USER = {
  schemas: [CORE, ENTERPRISE, ROLE],
  externalId: '00ujl29u0le5T6Aj10h7',
  name: { formatted: 'Ms. Barbara J Jensen III', familyName: 'Jensen', givenName: 'Barbara', middleName: 'Jane', honorificPrefix: 'Ms.', honorificSuffix: 'III' },
  displayName: 'Babs Jensen',
  nickName: 'Babs',
  profileUrl: 'https://login.example.com/bjensen',
  title: 'Tour Guide',
  userType: 'Employee',
  preferredLanguage: 'en-US',
  locale: 'en-US',
  timezone: 'America/Los_Angeles',
  active: true,
  emails: multi('bjensen@example.com'),
  phoneNumbers: multi('555-555-5555'),
  ims: multi('someaimhandle'),
  photos: multi('https://photos.example.com/profilephoto/72930000000Ccne/F'),
  entitlements: multi('fly-business'),
  roles: multi('pilot'),
  x509Certificates: multi('MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAw'),
  addresses: [
    { formatted: '100 Universal City Plaza', streetAddress: '100 Universal City Plaza', locality: 'Hollywood', region: 'CA', postalCode: '91608', country: 'USA', type: 'work', primary: true },
    { streetAddress: '456 Hollywood Blvd', locality: 'Hollywood', type: 'home' },
  ],
  [ENTERPRISE]: { employeeNumber: '701984', costCenter: '4130', organization: 'Universal Studios', division: 'Theme Park', department: 'Tour Operations', manager: { value: '26118915-6090-4610-87e4-49d8ca9f808d' } },
  [ROLE]: { role: 'admin' },
};

describe('POST /Users', () => {
  it('answers 201 with the resource, Location and ETag equal to meta', async () => {
    const response = await scim.call('post', '/Users', { schemas: [CORE], userName: 'created@example.com' }).expect(201);
    const { id, meta } = response.body;
    expect(response.headers['content-type']).toBe(SCIM_JSON);
    expect(response.headers.location).toBe(`${scim.baseUrl}/Users/${id}`);
    expect(response.headers.etag).toBe('W/"1"');
    expect(meta).toEqual({ resourceType: 'User', created: meta.created, lastModified: meta.created, location: `${scim.baseUrl}/Users/${id}`, version: 'W/"1"' });
    expect(response.body).toMatchObject({ schemas: [CORE], userName: 'created@example.com', active: true });
  });

  it('finds a userName sent with surrounding whitespace by the value the IdP sent, so its existence check links instead of failing with 409', async () => {
    const sent = ' \tpadded@example.com \n';
    const created = (await scim.call('post', '/Users', { schemas: [CORE], userName: sent }).expect(201)).body;
    expect(created.userName).toBe('padded@example.com');
    const found = await scim.call('get', `/Users?filter=${encodeURIComponent(`userName eq ${JSON.stringify(sent)}`)}&startIndex=1&count=100`).expect(200);
    expect(found.body.Resources.map((u: { id: string }) => u.id)).toEqual([created.id]);
    const others = await scim.call('get', `/Users?filter=${encodeURIComponent(`userName ne ${JSON.stringify(sent.toUpperCase())}`)}&count=1000`).expect(200);
    expect(others.body.Resources.map((u: { id: string }) => u.id)).not.toContain(created.id);
    await scim.call('post', '/Users', { schemas: [CORE], userName: sent }).expect(409);
  });

  it('names users by time-ordered ids (UUIDv7), later users after earlier ones', async () => {
    const first = (await scim.call('post', '/Users', { schemas: [CORE], userName: 'ordered-1@example.com' }).expect(201)).body.id;
    const second = (await scim.call('post', '/Users', { schemas: [CORE], userName: 'ordered-2@example.com' }).expect(201)).body.id;
    expect([first, second]).toEqual([expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7/), expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7/)]);
    expect(first < second).toBe(true);
  });

  it('reads back every stored attribute exactly as written, on create and on GET', async () => {
    const created = await scim.createUser('bjensen@example.com', FULL_USER);
    const { body } = await scim.call('get', `/Users/${created.id}`).expect(200);
    const expected = { ...FULL_USER, userName: 'bjensen@example.com', id: created.id, meta: created.meta };
    expect(created).toEqual(expected);
    expect(body).toEqual(expected);
  });

  it('answers a second user with the same userName, in another case, with 409 uniqueness', async () => {
    await scim.createUser('twice@example.com');
    const { body } = await scim.call('post', '/Users', { userName: 'TWICE@example.com' }).expect(409);
    expect(body).toMatchObject({ status: '409', scimType: 'uniqueness' });
  });

  it('honours attributes on the response', async () => {
    const { body } = await scim.call('post', '/Users?attributes=userName', { userName: 'projected@example.com', title: 'Guide' }).expect(201);
    expect(body).toEqual({ schemas: [CORE], id: body.id, userName: 'projected@example.com' });
  });

  it.each(['application/json', 'application/scim+json; charset=utf-8', 'application/json; charset=UTF-8'])('accepts a body sent as %s', async (type) => {
    await scim.call('post', '/Users').set('Content-Type', type).send(JSON.stringify({ userName: `typed-${type.length}-${type.at(-1)}@example.com` })).expect(201);
  });
});

describe('PUT /Users/{id}', () => {
  it('replaces the user: attributes left out are cleared, read-only echoes ignored', async () => {
    const user = await scim.createUser('put@example.com', { title: 'Guide', nickName: 'Putty', emails: [{ value: 'put@example.com' }] });
    const body = { schemas: [CORE], id: user.id, userName: 'put@example.com', displayName: 'Put', meta: user.meta, groups: [], password: 'x' };
    const { body: replaced, headers } = await scim.call('put', `/Users/${user.id}`, body).expect(200);
    expect(replaced).toEqual({ schemas: [CORE], id: user.id, userName: 'put@example.com', displayName: 'Put', active: true, meta: { ...user.meta, lastModified: replaced.meta.lastModified, version: 'W/"2"' } });
    expect(headers.etag).toBe('W/"2"');
  });

  it('refuses another id in the body with 400 mutability, changing nothing', async () => {
    const user = await scim.createUser('put-id@example.com');
    const { body } = await scim.call('put', `/Users/${user.id}`, { id: '7f4bc6a7-0000-4000-8000-000000000000', userName: 'other@example.com' }).expect(400);
    expect(body).toMatchObject({ status: '400', scimType: 'mutability' });
    expect((await scim.call('get', `/Users/${user.id}`).expect(200)).body.userName).toBe('put-id@example.com');
  });

  it('refuses a missing userName with 400 invalidValue', async () => {
    const user = await scim.createUser('put-no-name@example.com');
    const { body } = await scim.call('put', `/Users/${user.id}`, { displayName: 'Nameless' }).expect(400);
    expect(body).toMatchObject({ status: '400', scimType: 'invalidValue' });
  });

  it('answers a stale If-Match with 412 and a current one with 200', async () => {
    const user = await scim.createUser('put-etag@example.com');
    await scim.call('put', `/Users/${user.id}`, { userName: 'put-etag@example.com', title: 'A' }).set('If-Match', 'W/"7"').expect(412);
    await scim.call('put', `/Users/${user.id}`, { userName: 'put-etag@example.com', title: 'A' }).set('If-Match', 'W/"1"').expect(200);
  });

  it('answers a userName taken by another user with 409 uniqueness', async () => {
    await scim.createUser('taken@example.com');
    const user = await scim.createUser('taker@example.com');
    const { body } = await scim.call('put', `/Users/${user.id}`, { userName: 'Taken@example.com' }).expect(409);
    expect(body.scimType).toBe('uniqueness');
  });
});

describe('DELETE /Users/{id}', () => {
  it('answers 204, then the user is 404 and its userName free again', async () => {
    const user = await scim.createUser('deleted@example.com');
    const response = await scim.call('delete', `/Users/${user.id}`).expect(204);
    expect(response.text).toBe('');
    await scim.call('get', `/Users/${user.id}`).expect(404);
    await scim.call('delete', `/Users/${user.id}`).expect(404);
    await scim.createUser('deleted@example.com');
  });

  it('answers a stale If-Match with 412 and deletes nothing', async () => {
    const user = await scim.createUser('delete-etag@example.com');
    await scim.call('delete', `/Users/${user.id}`).set('If-Match', 'W/"2"').expect(412);
    await scim.call('delete', `/Users/${user.id}`).set('If-Match', 'W/"1"').expect(204);
  });
});

describe('GET /Users/{id}', () => {
  it.each([
    ['a UUID nobody has', '/Users/7f4bc6a7-0000-4000-8000-000000000000'],
    ['an id that is not a UUID', '/Users/00919288221112222'],
  ])('answers %s with a SCIM 404', async (_case, path) => {
    const response = await scim.call('get', path).expect(404);
    expect(response.headers['content-type']).toBe(SCIM_JSON);
    expect(response.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404' });
  });

  it("answers another organization's user with 404", async () => {
    const other = await createScimClient(t, 'other');
    const user = await other.createUser('elsewhere@example.com');
    await scim.call('get', `/Users/${user.id}`).expect(404);
  });

  it('answers If-None-Match naming the current version with 304 and no body, and an older one with the user', async () => {
    const user = await scim.createUser('conditional-get@example.com');
    const unchanged = await scim.call('get', `/Users/${user.id}`).set('If-None-Match', 'W/"1"').expect(304);
    expect(unchanged.headers.etag).toBe('W/"1"');
    expect(unchanged.text).toBe('');
    await scim.call('patch', `/Users/${user.id}`, patchBody({ op: 'replace', path: 'title', value: 'Changed' })).expect(200);
    const changed = await scim.call('get', `/Users/${user.id}`).set('If-None-Match', 'W/"1"').expect(200);
    expect(changed.body).toMatchObject({ id: user.id, title: 'Changed', meta: { version: 'W/"2"' } });
  });

  it('honours excludedAttributes and attributes, always keeping id and schemas', async () => {
    const user = await scim.createUser('projection@example.com', { title: 'Guide', [ENTERPRISE]: { department: 'Tours', costCenter: '9' } });
    const excluded = await scim.call('get', `/Users/${user.id}?excludedAttributes=title,meta,id,${ENTERPRISE}:department`).expect(200);
    expect(excluded.body).toEqual({ schemas: [CORE, ENTERPRISE], id: user.id, userName: 'projection@example.com', active: true, [ENTERPRISE]: { costCenter: '9' } });
    const picked = await scim.call('get', `/Users/${user.id}?attributes=title,${ENTERPRISE}:department`).expect(200);
    expect(picked.body).toEqual({ schemas: [CORE, ENTERPRISE], id: user.id, title: 'Guide', [ENTERPRISE]: { department: 'Tours' } });
  });
});

describe('groups', () => {
  const CREATE_TEAM = 'mutation($input: CreateTeamInput!) { createTeam(input: $input) { id displayName } }';

  it("lists the user's teams, unless excluded", async () => {
    const user = await scim.createUser('member@example.com');
    const { createTeam: team } = await scim.admin(CREATE_TEAM, { input: { displayName: 'Tour Guides', memberIds: [user.id] } });
    const { body } = await scim.call('get', `/Users/${user.id}`).expect(200);
    expect(body.groups).toEqual([{ value: team.id, display: 'Tour Guides', $ref: `${scim.baseUrl}/Groups/${team.id}`, type: 'direct' }]);
    const excluded = await scim.call('get', `/Users/${user.id}?excludedAttributes=groups`).expect(200);
    expect(excluded.body).not.toHaveProperty('groups');
  });

  it('ignores groups written by PATCH: they are read-only (RFC 7643 §4.1.2), so nothing changes', async () => {
    const user = await scim.createUser('group-writer@example.com');
    const { body } = await scim.call('patch', `/Users/${user.id}`, patchBody({ op: 'add', path: 'groups', value: [{ value: user.id }] })).expect(200);
    expect([body.groups, body.meta.version]).toEqual([undefined, 'W/"1"']);
  });
});
