import { createTestApp, type TestApp } from '../support/app';
import { ADSCIM_GROUP, GROUP, createGroup, createUsers, memberIdsOf, members } from './groups-client';
import { SCIM_JSON, createScimClient, type ScimClient } from './users-client';

let t: TestApp;
let scim: ScimClient;
let other: ScimClient;
let users: string[];
let foreignUser: string;

beforeAll(async () => {
  t = await createTestApp();
  scim = await createScimClient(t, 'groups');
  other = await createScimClient(t, 'elsewhere');
  users = await createUsers(scim, 'member', 3);
  [foreignUser] = await createUsers(other, 'foreign', 1);
});
afterAll(async () => t.close());

describe('POST /Groups', () => {
  it('answers 201 with the group, its members, Location and ETag equal to meta.version', async () => {
    const response = await scim.call('post', '/Groups', { schemas: [GROUP], displayName: 'Created', externalId: 'okta-1', members: members(users[0]) }).expect(201);
    const { id } = response.body;
    expect(response.headers['content-type']).toBe(SCIM_JSON);
    expect(response.headers.location).toBe(`${scim.baseUrl}/Groups/${id}`);
    expect(response.headers.etag).toBe('W/"1"');
    expect(response.body).toEqual({
      schemas: [GROUP],
      id,
      externalId: 'okta-1',
      displayName: 'Created',
      members: [{ value: users[0], display: 'member-0@example.com', $ref: `${scim.baseUrl}/Users/${users[0]}`, type: 'User' }],
      meta: { resourceType: 'Group', created: expect.any(String), lastModified: expect.any(String), location: `${scim.baseUrl}/Groups/${id}`, version: 'W/"1"' },
    });
  });

  it('ignores unknown schema URNs and attributes, and reads attribute names in any case', async () => {
    const body = { schemas: [GROUP, ADSCIM_GROUP], DisplayName: 'Entra Group', externalId: 'e-1', description: 'not ours', Members: members(users[1]) };
    const { body: group } = await scim.call('post', '/Groups', body).expect(201);
    expect(group).toMatchObject({ schemas: [GROUP], displayName: 'Entra Group', externalId: 'e-1' });
    expect(memberIdsOf(group)).toEqual([users[1]]);
    expect(group).not.toHaveProperty('description');
  });

  it('answers 409 uniqueness for a displayName taken in another case', async () => {
    await createGroup(scim, 'Taken Name');
    const { body } = await scim.call('post', '/Groups', { schemas: [GROUP], displayName: 'TAKEN name' }).expect(409);
    expect(body).toMatchObject({ status: '409', scimType: 'uniqueness' });
  });

  it.each([
    ['a member of another organization', () => members(foreignUser)],
    ['a member that is no user id', () => members('string id 1')],
  ])('answers 400 invalidValue for %s and creates nothing', async (label, list) => {
    const { body } = await scim.call('post', '/Groups', { schemas: [GROUP], displayName: `Refused ${label}`, members: list() }).expect(400);
    expect(body).toMatchObject({ status: '400', scimType: 'invalidValue' });
    const found = await scim.call('get', `/Groups?filter=${encodeURIComponent(`displayName eq "Refused ${label}"`)}`).expect(200);
    expect(found.body.totalResults).toBe(0);
  });

  it.each([
    ['no displayName', { schemas: [GROUP] }, 'invalidValue'],
    ['a blank displayName', { schemas: [GROUP], displayName: '  ' }, 'invalidValue'],
    ['members without ids', { schemas: [GROUP], displayName: 'No Ids', members: [{ display: 'x' }] }, 'invalidValue'],
  ])('answers 400 for %s', async (_label, body, scimType) => {
    expect((await scim.call('post', '/Groups', body).expect(400)).body.scimType).toBe(scimType);
  });

  it('finds a displayName sent with surrounding whitespace by the value the IdP sent, so its lookup before a create links instead of failing with 409', async () => {
    const sent = ' Padded Team\t';
    const { body } = await scim.call('post', '/Groups', { schemas: [GROUP], displayName: sent }).expect(201);
    expect(body.displayName).toBe('Padded Team');
    const found = await scim.call('get', `/Groups?excludedAttributes=members&filter=${encodeURIComponent(`displayName eq ${JSON.stringify(sent)}`)}`).expect(200);
    expect(found.body.Resources.map((g: { id: string }) => g.id)).toEqual([body.id]);
  });

  it('counts the length of displayName and externalId in characters, not UTF-16 units', async () => {
    const emoji = (n: number) => '\u{1F600}'.repeat(n);
    const { body } = await scim.call('post', '/Groups', { schemas: [GROUP], displayName: emoji(512), externalId: emoji(512) }).expect(201);
    expect(body).toMatchObject({ displayName: emoji(512), externalId: emoji(512) });
    const longer = await scim.call('post', '/Groups', { schemas: [GROUP], displayName: emoji(513) }).expect(400);
    expect(longer.body).toMatchObject({ scimType: 'invalidValue', detail: 'displayName is longer than 512 characters' });
  });

  it('answers 400 invalidSyntax for a body that is not an object', async () => {
    expect((await scim.call('post', '/Groups', ['x']).expect(400)).body.scimType).toBe('invalidSyntax');
  });
});

describe('GET /Groups/{id}', () => {
  let group: Record<string, any>;
  beforeAll(async () => {
    group = await createGroup(scim, 'Readable', [users[0], users[1]], { externalId: 'r-1' });
  });

  it('returns the group with its members and an ETag', async () => {
    const response = await scim.call('get', `/Groups/${group.id}`).expect(200);
    expect(response.headers.etag).toBe('W/"1"');
    expect(memberIdsOf(response.body)).toEqual([users[0], users[1]].sort());
  });

  it.each([
    ['excludedAttributes=members', ['schemas', 'id', 'externalId', 'displayName', 'meta']],
    ['attributes=displayName', ['id', 'schemas', 'displayName']],
    ['attributes=members.value', ['id', 'schemas', 'members']],
  ])('projects with %s', async (query, keys) => {
    const { body } = await scim.call('get', `/Groups/${group.id}?${query}`).expect(200);
    expect(Object.keys(body).sort()).toEqual([...keys].sort());
  });

  it.each([['an unknown id', '7f9a2a4e-8e0b-4b6e-9c7e-2d0c4b1f9a11'], ['a non-UUID', '010101001010101011001010101011']])('answers 404 for %s', async (_label, id) => {
    expect((await scim.call('get', `/Groups/${id}`).expect(404)).body).toMatchObject({ status: '404', detail: `Group ${id} not found` });
  });

  it("answers 404 for another organization's group", async () => {
    await other.call('get', `/Groups/${group.id}`).expect(404);
  });
});

describe('PUT /Groups/{id}', () => {
  it('replaces the fields and the whole member list (Okta AIW), echoing id', async () => {
    const group = await createGroup(scim, 'Put Me', [users[0]], { externalId: 'p-1' });
    const body = { schemas: [GROUP], id: group.id, displayName: 'Put Done', members: members(users[1], users[2]) };
    const response = await scim.call('put', `/Groups/${group.id}`, body).expect(200);
    expect(response.body).toMatchObject({ displayName: 'Put Done', meta: { version: 'W/"2"' } });
    expect(response.body).not.toHaveProperty('externalId');
    expect(memberIdsOf(response.body)).toEqual([users[1], users[2]].sort());
  });

  it('keeps the members when the body has no members attribute', async () => {
    const group = await createGroup(scim, 'Put Fields', [users[0]]);
    const { body } = await scim.call('put', `/Groups/${group.id}`, { schemas: [GROUP], displayName: 'Put Fields 2' }).expect(200);
    expect(memberIdsOf(body)).toEqual([users[0]]);
  });

  it('empties the group for members: []', async () => {
    const group = await createGroup(scim, 'Put Empty', [users[0]]);
    const { body } = await scim.call('put', `/Groups/${group.id}`, { schemas: [GROUP], displayName: 'Put Empty', members: [] }).expect(200);
    expect(body).not.toHaveProperty('members');
  });

  it('answers 400 mutability when the body names another id', async () => {
    const group = await createGroup(scim, 'Put Other Id');
    const body = { schemas: [GROUP], id: users[0], displayName: 'x' };
    expect((await scim.call('put', `/Groups/${group.id}`, body).expect(400)).body.scimType).toBe('mutability');
  });

  it('answers 412 for a stale If-Match and 200 for the current one', async () => {
    const group = await createGroup(scim, 'Put Versioned');
    const body = { schemas: [GROUP], displayName: 'Put Versioned 2' };
    await scim.call('put', `/Groups/${group.id}`, body).set('If-Match', 'W/"9"').expect(412);
    await scim.call('put', `/Groups/${group.id}`, body).set('If-Match', 'W/"1"').expect(200);
  });
});

describe('DELETE /Groups/{id}', () => {
  it('answers 204, then 404', async () => {
    const group = await createGroup(scim, 'Delete Me', [users[0]]);
    await scim.call('delete', `/Groups/${group.id}`).expect(204);
    await scim.call('get', `/Groups/${group.id}`).expect(404);
    await scim.call('delete', `/Groups/${group.id}`).expect(404);
  });

  it('answers 412 for a stale If-Match and keeps the group', async () => {
    const group = await createGroup(scim, 'Delete Versioned');
    await scim.call('delete', `/Groups/${group.id}`).set('If-Match', 'W/"3"').expect(412);
    await scim.call('get', `/Groups/${group.id}`).expect(200);
  });
});
