import express from 'express';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import pino from 'pino';
import request from 'supertest';
import { requestIdMiddleware } from '../../src/http/request-id';
import { createScimDependencies } from '../../src/http/scim';
import { createScimRouter } from '../../src/scim/router';
import { userRoutes } from '../../src/scim/users.handler';
import { createTestApp, type TestApp } from '../support/app';
import { ENTERPRISE, ROLE, createScimClient, patchBody, type ScimClient } from './users-client';

let t: TestApp;
let scim: ScimClient;

beforeAll(async () => {
  t = await createTestApp();
  scim = await createScimClient(t, 'patch');
  // Some tests change a user between the IdP's writes through GraphQL, as an admin would: the
  // organization allows such local edits (one-way sync itself: test/graphql/one-way-sync.test.ts).
  await scim.admin('mutation { updateOrganizationSettings(input: { allowLocalEdits: true }) { id } }');
});
afterAll(async () => t.close());

const patch = (id: string, ...operations: Record<string, unknown>[]) => scim.call('patch', `/Users/${id}`, patchBody(...operations));
const get = async (id: string) => (await scim.call('get', `/Users/${id}`).expect(200)).body;

describe('PATCH /Users/{id}', () => {
  it('answers 200 with the changed resource and its new ETag', async () => {
    const user = await scim.createUser('patched@example.com', { title: 'Guide' });
    const response = await patch(user.id, { op: 'replace', path: 'title', value: 'Chief Guide' }).expect(200);
    expect(response.headers.etag).toBe('W/"2"');
    expect(response.body).toMatchObject({ id: user.id, title: 'Chief Guide', meta: { version: 'W/"2"' } });
  });

  it('is all or nothing: a failing operation leaves the user as it was', async () => {
    const user = await scim.createUser('atomic@example.com', { title: 'Guide' });
    const response = await patch(user.id, { op: 'replace', path: 'title', value: 'Changed' }, { op: 'replace', path: 'nope', value: 'x' }).expect(400);
    expect(response.body).toMatchObject({ status: '400', scimType: 'invalidPath' });
    expect(await get(user.id)).toMatchObject({ title: 'Guide', meta: { version: 'W/"1"' } });
  });

  it('answers a stale If-Match with 412 and a current one with 200', async () => {
    const user = await scim.createUser('patch-etag@example.com');
    await patch(user.id, { op: 'replace', path: 'title', value: 'A' }).set('If-Match', 'W/"2"').expect(412);
    await patch(user.id, { op: 'replace', path: 'title', value: 'A' }).set('If-Match', '"1"').expect(200);
    await patch(user.id, { op: 'replace', path: 'title', value: 'B' }).set('If-Match', 'not-an-etag').expect(412);
  });

  it('honours attributes and excludedAttributes on the response', async () => {
    const user = await scim.createUser('patch-projection@example.com');
    const response = await scim.call('patch', `/Users/${user.id}?attributes=title`, patchBody({ op: 'add', path: 'title', value: 'Guide' })).expect(200);
    expect(response.body).toEqual({ schemas: response.body.schemas, id: user.id, title: 'Guide' });
  });

  it.each([
    ['a body without Operations', 'invalidSyntax', { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'] }],
    ['an unknown op', 'invalidSyntax', patchBody({ op: 'move', path: 'title' })],
    ['remove without a path', 'noTarget', patchBody({ op: 'remove' })],
    ['a malformed path', 'invalidFilter', patchBody({ op: 'replace', path: 'emails[type eq', value: 'x' })],
    ['a value of the wrong type', 'invalidValue', patchBody({ op: 'replace', path: 'active', value: 'maybe' })],
    ['a role that is not admin or member', 'invalidValue', patchBody({ op: 'replace', path: `${ROLE}:role`, value: 'owner' })],
  ])('refuses %s with 400 %s', async (_case, scimType, body) => {
    const user = await scim.createUser(`bad-patch-${JSON.stringify(body).length}-${scimType}@example.com`);
    const response = await scim.call('patch', `/Users/${user.id}`, body).expect(400);
    expect(response.body).toMatchObject({ status: '400', scimType });
  });

  it('merges a replace through a value filter into the matched element, keeping what the value does not give (RFC 7644 §3.5.2.3)', async () => {
    const email = { value: 'filtered@example.com', type: 'work', primary: true };
    const address = { streetAddress: '1 Main St', locality: 'Springfield', postalCode: '12345', type: 'work' };
    const user = await scim.createUser('filtered@example.com', { emails: [email], addresses: [address] });
    await patch(
      user.id,
      { op: 'replace', path: 'emails[type eq "work"]', value: { display: 'D' } },
      { op: 'Replace', path: 'addresses[type eq "work"]', value: { locality: 'Shelbyville' } },
    ).expect(200);
    const stored = await get(user.id);
    expect([stored.emails, stored.addresses]).toEqual([[{ ...email, display: 'D' }], [{ ...address, locality: 'Shelbyville' }]]);
  });

  it('answers an unknown id with 404', async () => {
    await patch('not-a-uuid', { op: 'replace', path: 'title', value: 'x' }).expect(404);
  });

  it('sets the role through the extension URN path, returned lower-cased', async () => {
    const user = await scim.createUser('role-patch@example.com');
    const { body } = await patch(user.id, { op: 'Replace', path: `${ROLE}:role`, value: 'Admin' }).expect(200);
    expect(body[ROLE]).toEqual({ role: 'admin' });
  });

  it('keeps a manager displayName set through GraphQL when a PATCH changes something else', async () => {
    const user = await scim.createUser('manager-kept@example.com');
    await scim.admin('mutation($id: ID!) { updateUser(id: $id, input: { enterprise: { manager: { value: "m-1", displayName: "Mandy" } } }) { id } }', { id: user.id });
    const { body } = await patch(user.id, { op: 'replace', path: 'title', value: 'Guide' }).expect(200);
    expect(body[ENTERPRISE]).toEqual({ manager: { value: 'm-1', displayName: 'Mandy' } });
  });
});

describe('deactivation and reactivation', () => {
  const CREATE_TEAM = 'mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }';
  const CREATE_DOCUMENT = 'mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }';
  const DOCUMENT_OWNER = 'query($id: ID!) { document(id: $id) { owner { id } } }';

  it.each([
    ['a path-less PATCH (Okta)', (org: ScimClient, id: string) => org.call('patch', `/Users/${id}`, patchBody({ op: 'replace', value: { active: false } }))],
    ['a PATCH with "False" (Entra)', (org: ScimClient, id: string) => org.call('patch', `/Users/${id}`, patchBody({ op: 'Replace', path: 'active', value: 'False' }))],
    ['a PUT with active false (Okta AIW)', (org: ScimClient, id: string) => org.call('put', `/Users/${id}`, { userName: 'leaver@example.com', active: false })],
  ])('%s removes the user from teams and hands documents to an admin', async (_case, deactivate) => {
    const org = await createScimClient(t, 'leavers');
    const admin = await org.createUser('admin@example.com', { [ROLE]: { role: 'admin' } });
    const user = await org.createUser('leaver@example.com');
    await org.admin(CREATE_TEAM, { input: { displayName: 'Tour Guides', memberIds: [user.id] } });
    const { createDocument: document } = await org.admin(CREATE_DOCUMENT, { input: { title: 'Plan', ownerId: user.id } });
    const { body } = await deactivate(org, user.id).expect(200);
    expect(body).toMatchObject({ id: user.id, active: false });
    expect(body).not.toHaveProperty('groups');
    const { document: moved } = await org.admin(DOCUMENT_OWNER, { id: document.id });
    expect(moved.owner.id).toBe(admin.id);
  });

  it('reactivates with the same id; a repeated reactivate is a no-op', async () => {
    const user = await scim.createUser('returner@example.com');
    await patch(user.id, { op: 'replace', value: { active: false } }).expect(200);
    const { body } = await patch(user.id, { op: 'replace', value: { active: true } }).expect(200);
    expect(body).toMatchObject({ id: user.id, active: true, meta: { version: 'W/"3"' } });
    const again = await patch(user.id, { op: 'replace', value: { active: 'true' } }).expect(200);
    expect(again.body.meta.version).toBe('W/"3"');
  });
});

describe('a write landing between the read and the update', () => {
  const operationOf = (document: DocumentNode): string | undefined =>
    (document.definitions[0] as OperationDefinitionNode).name?.value;

  /** The SCIM router with an execute that lets `interfere` write before each of the first `times` updates. */
  function racingApp(times: number, interfere: () => Promise<void>) {
    const deps = createScimDependencies({ orm: t.orm, schema: t.schema, config: t.config, logger: pino({ level: 'silent' }) });
    let remaining = times;
    const execute = deps.execute;
    deps.execute = async (document, variables, context) => {
      if (operationOf(document) === 'ScimUpdateUser' && remaining > 0) {
        remaining -= 1;
        await interfere();
      }
      return execute(document, variables, context);
    };
    return express().use(requestIdMiddleware).use('/scim/v2', createScimRouter(deps, [userRoutes]));
  }

  const UPDATE = 'mutation($id: ID!, $input: UserPatchInput!) { updateUser(id: $id, input: $input) { version } }';
  const send = (app: express.Express, id: string, operation: Record<string, unknown>, ifMatch?: string) => {
    const call = request(app).patch(`/scim/v2/Users/${id}`).set('Authorization', `Bearer ${scim.token}`).set('Content-Type', 'application/scim+json');
    return (ifMatch ? call.set('If-Match', ifMatch) : call).send(JSON.stringify(patchBody(operation)));
  };
  const raced = { op: 'replace', path: 'title', value: 'Raced' };

  it('keeps both changes without If-Match', async () => {
    const user = await scim.createUser('race@example.com');
    const app = racingApp(1, async () => void (await scim.admin(UPDATE, { id: user.id, input: { nickName: 'Concurrent' } })));
    const { body } = await send(app, user.id, raced).expect(200);
    expect(body).toMatchObject({ title: 'Raced', nickName: 'Concurrent', meta: { version: 'W/"3"' } });
  });

  it('merges a list edit into the list another write changed meanwhile', async () => {
    const user = await scim.createUser('race-list@example.com', { phoneNumbers: [{ value: '+1 555 0100', type: 'work' }] });
    const theirs = [{ value: '+1 555 0100', type: 'work' }, { value: '+1 555 0101', type: 'home' }];
    const app = racingApp(1, async () => void (await scim.admin(UPDATE, { id: user.id, input: { phoneNumbers: theirs } })));
    const { body } = await send(app, user.id, { op: 'add', path: 'phoneNumbers', value: [{ value: '+1 555 0102', type: 'mobile' }] }).expect(200);
    expect(body.phoneNumbers.map((p: { value: string }) => p.value)).toEqual(['+1 555 0100', '+1 555 0101', '+1 555 0102']);
  });

  it('never answers 412 without If-Match, however many writes land in between', async () => {
    const user = await scim.createUser('race-many@example.com');
    const app = racingApp(1, async () => {
      for (let n = 1; n <= 3; n += 1) await scim.admin(UPDATE, { id: user.id, input: { nickName: `Nick ${n}` } });
    });
    await send(app, user.id, raced).expect(200);
    expect(await get(user.id)).toMatchObject({ title: 'Raced', nickName: 'Nick 3', meta: { version: 'W/"5"' } });
  });

  it('answers 412 with If-Match when a write landed in between, and changes nothing', async () => {
    const user = await scim.createUser('race-etag@example.com');
    const app = racingApp(1, async () => void (await scim.admin(UPDATE, { id: user.id, input: { nickName: 'Concurrent' } })));
    await send(app, user.id, raced, 'W/"1"').expect(412);
    expect(await get(user.id)).toMatchObject({ nickName: 'Concurrent', meta: { version: 'W/"2"' } });
    expect((await get(user.id)).title).toBeUndefined();
  });
});

describe('concurrent PATCHes of one user without If-Match', () => {
  it('answers 20 racing PATCHes, each adding its own phone number, with 200 and keeps every number', async () => {
    const user = await scim.createUser('race-twenty@example.com');
    const numbers = Array.from({ length: 20 }, (_, i) => `+1 555 01${String(i).padStart(2, '0')}`);
    const responses = await Promise.all(numbers.map((value) => patch(user.id, { op: 'add', path: 'phoneNumbers', value: [{ value, type: 'work' }] })));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    const after = await get(user.id);
    expect(after.phoneNumbers.map((p: { value: string }) => p.value).sort()).toEqual(numbers);
    expect(after.meta.version).toBe('W/"21"');
  });

  it('answers 20 racing PATCHes of different attributes and emails with 200 and keeps every change', async () => {
    const user = await scim.createUser('race-mixed@example.com');
    const attributes = ['title', 'nickName', 'displayName', 'userType', 'preferredLanguage', 'locale', 'timezone', 'profileUrl', 'name.givenName', 'name.familyName'];
    const sets = attributes.map((path, i) => patch(user.id, { op: 'replace', path, value: `value-${i}` }));
    const emails = Array.from({ length: 10 }, (_, i) => `alias${i}@example.com`);
    const adds = emails.map((value) => patch(user.id, { op: 'add', path: 'emails', value: [{ value, type: 'other' }] }));
    const responses = await Promise.all([...sets, ...adds]);
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    const after = await get(user.id);
    expect(after).toMatchObject({ title: 'value-0', nickName: 'value-1', displayName: 'value-2', locale: 'value-5', name: { givenName: 'value-8', familyName: 'value-9' } });
    expect(after.emails.map((e: { value: string }) => e.value).sort()).toEqual([...emails].sort());
    expect(after.emails.filter((e: { primary?: boolean }) => e.primary === true)).toHaveLength(1);
    expect(after.meta.version).toBe('W/"21"');
  });
});
