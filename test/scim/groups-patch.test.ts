import { createTestApp, type TestApp } from '../support/app';
import { GROUP, createGroup, createUsers, memberIdsOf, members } from './groups-client';
import { createScimClient, patchBody, type ScimClient } from './users-client';

let t: TestApp;
let scim: ScimClient;
let users: string[];
let foreignUser: string;

beforeAll(async () => {
  t = await createTestApp();
  scim = await createScimClient(t, 'group-patch');
  users = await createUsers(scim, 'patcher', 4);
  [foreignUser] = await createUsers(await createScimClient(t, 'patch-elsewhere'), 'foreign', 1);
});
afterAll(async () => t.close());

const read = async (id: string) => (await scim.call('get', `/Groups/${id}`).expect(200)).body;
const patch = (id: string, ...operations: Record<string, unknown>[]) => scim.call('patch', `/Groups/${id}`, patchBody(...operations));

describe('PATCH /Groups/{id}: Okta Push Groups', () => {
  it('renames with the group id inside the value, answering 204 with the new ETag', async () => {
    const group = await createGroup(scim, 'Okta Old Name');
    const response = await patch(group.id, { op: 'replace', value: { id: group.id, displayName: 'Okta New Name' } }).expect(204);
    expect(response.headers.etag).toBe('W/"2"');
    expect(await read(group.id)).toMatchObject({ displayName: 'Okta New Name', meta: { version: 'W/"2"' } });
  });

  it('refuses a value whose id is another group', async () => {
    const group = await createGroup(scim, 'Okta Wrong Id');
    expect((await patch(group.id, { op: 'replace', value: { id: users[0], displayName: 'x' } }).expect(400)).body.scimType).toBe('mutability');
  });

  it('removes with members[value eq "…"] and adds with path members in one request', async () => {
    const group = await createGroup(scim, 'Okta Members', [users[0], users[1]]);
    await patch(
      group.id,
      { op: 'replace', value: { id: group.id, displayName: 'Okta Members' } },
      { op: 'remove', path: `members[value eq "${users[0]}"]` },
      { op: 'add', path: 'members', value: [{ value: users[2], display: 'patcher-2@example.com' }] },
    ).expect(204);
    const group2 = await read(group.id);
    expect(memberIdsOf(group2)).toEqual([users[1], users[2]].sort());
    expect(group2.meta.version).toBe('W/"2"');
  });

  it('replaces all members', async () => {
    const group = await createGroup(scim, 'Okta Replace', [users[0], users[1]]);
    await patch(group.id, { op: 'replace', path: 'members', value: members(users[2], users[3]) }).expect(204);
    expect(memberIdsOf(await read(group.id))).toEqual([users[2], users[3]].sort());
  });

  it('keeps the version for a push that changes nothing', async () => {
    const group = await createGroup(scim, 'Okta Same', [users[0]]);
    const response = await patch(group.id, { op: 'replace', value: { id: group.id, displayName: 'Okta Same' } }, { op: 'add', path: 'members', value: members(users[0]) });
    expect([response.status, response.headers.etag]).toEqual([204, 'W/"1"']);
  });
});

describe('PATCH /Groups/{id}: Entra', () => {
  it('removes the members listed in a value array, and only those', async () => {
    const group = await createGroup(scim, 'Entra Remove', [users[0], users[1], users[2]]);
    await patch(group.id, { op: 'Remove', path: 'members', value: members(users[0], users[2]) }).expect(204);
    expect(memberIdsOf(await read(group.id))).toEqual([users[1]]);
  });

  it('adds with a capitalised op and $ref null', async () => {
    const group = await createGroup(scim, 'Entra Add');
    await patch(group.id, { op: 'Add', path: 'members', value: [{ $ref: null, value: users[3] }] }).expect(204);
    expect(memberIdsOf(await read(group.id))).toEqual([users[3]]);
  });

  it.each([
    ['a path-less externalId replace', { op: 'Replace', value: { externalId: 'entra-ext' } }, { externalId: 'entra-ext' }],
    ['a path-less displayName replace', { op: 'Replace', value: { displayName: 'Entra Renamed' } }, { displayName: 'Entra Renamed' }],
    ['an Add on externalId', { op: 'Add', path: 'externalId', value: 'added-ext' }, { externalId: 'added-ext' }],
    ['a Replace on displayName', { op: 'Replace', path: 'displayName', value: 'Entra Path Renamed' }, { displayName: 'Entra Path Renamed' }],
  ])('applies %s', async (label, operation, expected) => {
    const group = await createGroup(scim, `Entra Fields ${label}`, [users[0]]);
    await patch(group.id, operation).expect(204);
    const after = await read(group.id);
    expect(after).toMatchObject(expected);
    expect(memberIdsOf(after)).toEqual([users[0]]);
  });

  it('clears externalId with remove', async () => {
    const group = await createGroup(scim, 'Entra Clear', [], { externalId: 'gone' });
    await patch(group.id, { op: 'remove', path: 'externalId' }).expect(204);
    expect(await read(group.id)).not.toHaveProperty('externalId');
  });
});

describe('PATCH /Groups/{id}: role rules and audit', () => {
  it("gives a member the org role the group grants, and takes it away with the membership", async () => {
    const group = await createGroup(scim, 'Admins Via Group');
    await scim.admin(`mutation ($id: ID!) { setTeamGrantsRole(teamId: $id, role: ADMIN) { id } }`, { id: group.id });
    const roleOf = async () => (await scim.admin(`query ($id: ID!) { user(id: $id) { role roleSource } }`, { id: users[3] })).user;
    await patch(group.id, { op: 'add', path: 'members', value: members(users[3]) }).expect(204);
    expect(await roleOf()).toEqual({ role: 'ADMIN', roleSource: 'TEAM_GRANT' });
    await patch(group.id, { op: 'remove', path: `members[value eq "${users[3]}"]` }).expect(204);
    expect(await roleOf()).toEqual({ role: 'MEMBER', roleSource: 'DEFAULT' });
  });

  it('records each membership change in the audit trail', async () => {
    const group = await createGroup(scim, 'Audited');
    await patch(group.id, { op: 'add', path: 'members', value: members(users[0], users[1]) }, { op: 'replace', path: 'displayName', value: 'Audited Renamed' }).expect(204);
    const events = await scim.admin(`query ($id: ID!) { auditEvents(targetId: $id) { nodes { action } } }`, { id: group.id });
    expect(events.auditEvents.nodes.map((e: { action: string }) => e.action).sort()).toEqual(['team.created', 'team.members_added', 'team.updated']);
  });
});

describe('PATCH /Groups/{id}: responses and failures', () => {
  it('answers 200 with the group when attributes are asked for', async () => {
    const group = await createGroup(scim, 'Patch Projected');
    const response = await scim
      .call('patch', `/Groups/${group.id}?excludedAttributes=members`, patchBody({ op: 'add', path: 'members', value: members(users[0]) }))
      .expect(200);
    expect(response.body).toMatchObject({ id: group.id, displayName: 'Patch Projected', meta: { version: 'W/"2"' } });
    expect(response.body).not.toHaveProperty('members');
  });

  it.each([
    ['a member of another organization', () => ({ op: 'add', path: 'members', value: members(foreignUser) }), 400, 'invalidValue'],
    ['a member that is no user id', () => ({ op: 'add', path: 'members', value: [{ value: 'string id 1' }] }), 400, 'invalidValue'],
    ['a write to members.value', () => ({ op: 'replace', path: 'members.value', value: users[0] }), 400, 'mutability'],
    ['a remove without path', () => ({ op: 'remove' }), 400, 'noTarget'],
    ['an unknown op', () => ({ op: 'move', path: 'displayName' }), 400, 'invalidSyntax'],
    ['a filter on members other than value', () => ({ op: 'remove', path: 'members[display eq "x"]' }), 400, 'invalidFilter'],
  ])('answers %s with %i %s, changing nothing', async (label, operation, status, scimType) => {
    const group = await createGroup(scim, `Patch Refused ${label}`, [users[1]]);
    const response = await patch(group.id, { op: 'replace', value: { displayName: 'Renamed Anyway' } }, { op: 'remove', path: `members[value eq "${users[1]}"]` }, operation());
    expect([response.status, response.body.scimType]).toEqual([status, scimType]);
    const after = await read(group.id);
    expect([after.displayName, memberIdsOf(after), after.meta.version]).toEqual([`Patch Refused ${label}`, [users[1]], 'W/"1"']);
  });

  it('answers 409 uniqueness for a rename onto a taken name, keeping the members unchanged', async () => {
    await createGroup(scim, 'Patch Taken');
    const group = await createGroup(scim, 'Patch Rename', [users[0]]);
    const response = await patch(group.id, { op: 'replace', path: 'displayName', value: 'patch taken' }, { op: 'add', path: 'members', value: members(users[1]) });
    expect([response.status, response.body.scimType]).toEqual([409, 'uniqueness']);
    expect(memberIdsOf(await read(group.id))).toEqual([users[0]]);
  });

  it('answers 412 for a stale If-Match and applies at the current one', async () => {
    const group = await createGroup(scim, 'Patch Versioned');
    const operation = { op: 'add', path: 'members', value: members(users[0]) };
    await scim.call('patch', `/Groups/${group.id}`, patchBody(operation)).set('If-Match', 'W/"4"').expect(412);
    await scim.call('patch', `/Groups/${group.id}`, patchBody(operation)).set('If-Match', 'W/"1"').expect(204);
  });

  it('answers 404 for an unknown group', async () => {
    await patch('7f9a2a4e-8e0b-4b6e-9c7e-2d0c4b1f9a11', { op: 'add', path: 'members', value: members(users[0]) }).expect(404);
  });

  it('answers 400 invalidSyntax for a body without Operations', async () => {
    const group = await createGroup(scim, 'Patch Bad Body');
    expect((await scim.call('patch', `/Groups/${group.id}`, { schemas: [GROUP] }).expect(400)).body.scimType).toBe('invalidSyntax');
  });
});
