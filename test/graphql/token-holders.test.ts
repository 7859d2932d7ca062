import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';

/**
 * DESIGN.md "Org admins are users": an admin token is issued to a user and works only while that
 * user is an active org admin, from whatever source; a bootstrap token (CLI) belongs to no user;
 * audit events name the person behind a token; `viewer` says who is calling.
 */
let t: TestApp;
let bootstrap: string;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.createOrganization('holders')).id;
  bootstrap = (await t.createToken(orgId, 'admin', 'bootstrap')).secret;
});
afterAll(async () => t.close());

async function data(secret: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const { body } = await t.graphql(secret, query, variables).expect(200);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const createUser = async (userName: string): Promise<string> =>
  (await data(bootstrap, 'mutation ($n: String!) { createUser(input: { userName: $n }) { id } }', { n: userName })).createUser.id;
const setRole = (userId: string, role: string | null) => data(bootstrap, 'mutation ($u: ID!, $r: OrgRole) { setUserRole(userId: $u, role: $r) { id } }', { u: userId, r: role });
const issue = async (secret: string, scope: string, userId?: string) => {
  const { body } = await t.graphql(secret, 'mutation ($s: TokenScope!, $u: ID) { createApiToken(input: { name: "t", scope: $s, userId: $u }) { id token } }', { s: scope, u: userId });
  return body;
};
const VIEWER = '{ viewer { scope bootstrap user { id role roleSource } } }';

it('stops an admin token when its user is demoted, and restores it when a team grant makes them admin again', async () => {
  const ada = await createUser('ada@example.com');
  await setRole(ada, 'ADMIN');
  const token = (await issue(bootstrap, 'ADMIN', ada)).data.createApiToken.token;
  expect((await data(token, VIEWER)).viewer).toEqual({ scope: 'ADMIN', bootstrap: false, user: { id: ada, role: 'ADMIN', roleSource: 'MANUAL' } });

  await setRole(ada, null);
  const refused = await t.graphql(token, VIEWER).expect(401);
  expect(refused.body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('org admin') });

  const { createTeam } = await data(bootstrap, 'mutation ($u: ID!) { createTeam(input: { displayName: "Admins", memberIds: [$u] }) { id } }', { u: ada });
  await data(bootstrap, 'mutation ($id: ID!) { setTeamGrantsRole(teamId: $id, role: ADMIN) { id } }', { id: createTeam.id });
  expect((await data(token, VIEWER)).viewer.user).toEqual({ id: ada, role: 'ADMIN', roleSource: 'TEAM_GRANT' });
});

it("stops a user's tokens while the user is deactivated", async () => {
  const grace = await createUser('grace@example.com');
  await setRole(grace, 'ADMIN');
  const admin = (await issue(bootstrap, 'ADMIN', grace)).data.createApiToken.token;
  const read = (await issue(bootstrap, 'READ', grace)).data.createApiToken.token;
  await data(bootstrap, 'mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: grace });
  for (const token of [admin, read]) expect((await t.graphql(token, VIEWER).expect(401)).body.errors[0].message).toContain('deactivated');
  await data(bootstrap, 'mutation ($id: ID!) { reactivateUser(id: $id) { id } }', { id: grace });
  expect((await data(read, VIEWER)).viewer.scope).toBe('READ');
});

describe('the last org admin', () => {
  /** A new organization whose one admin, Ada, holds `token`; `team` grants ADMIN to Ada alone when `byTeam`. */
  async function loneAdmin(byTeam: boolean) {
    const org = await t.createOrganization('lone');
    const boot = (await t.createToken(org.id, 'admin', 'bootstrap')).secret;
    const user = async (n: string) => (await data(boot, 'mutation ($n: String!) { createUser(input: { userName: $n }) { id } }', { n })).createUser.id as string;
    const ada = await user('ada@lone.example');
    let team: string | null = null;
    if (byTeam) {
      team = (await data(boot, 'mutation ($u: ID!) { createTeam(input: { displayName: "Admins", memberIds: [$u] }) { id } }', { u: ada })).createTeam.id;
      await data(boot, 'mutation ($id: ID!) { setTeamGrantsRole(teamId: $id, role: ADMIN) { id } }', { id: team });
    } else {
      await data(boot, 'mutation ($u: ID!) { setUserRole(userId: $u, role: ADMIN) { id } }', { u: ada });
    }
    const token = (await issue(boot, 'ADMIN', ada)).data.createApiToken.token as string;
    return { boot, token, ada, team: team ?? undefined, other: () => user('bob@lone.example') };
  }

  it.each<[string, boolean, string]>([
    ['demoting themselves', false, 'mutation ($u: ID!) { setUserRole(userId: $u, role: MEMBER) { id } }'],
    ['deactivating themselves', false, 'mutation ($u: ID!) { deactivateUser(id: $u) { id } }'],
    ['deleting themselves', false, 'mutation ($u: ID!) { deleteUser(id: $u) }'],
    ['deleting the team that makes them admin', true, 'mutation ($t: ID!) { deleteTeam(id: $t) }'],
    ['taking the grant from that team', true, 'mutation ($t: ID!) { setTeamGrantsRole(teamId: $t, role: null) { id } }'],
    ['leaving that team', true, 'mutation ($u: ID!, $t: ID!) { removeTeamMembers(teamId: $t, userIds: [$u]) { id } }'],
  ])('is refused to a person %s, with CONFLICT, and stays admin', async (_change, byTeam, mutation) => {
    const { token, ada, team } = await loneAdmin(byTeam);
    const { body } = await t.graphql(token, mutation, { u: ada, t: team }).expect(200);
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'lastOrgAdmin' }, message: expect.stringContaining('without an active org admin') });
    expect((await data(token, VIEWER)).viewer.user).toMatchObject({ id: ada, role: 'ADMIN' });
  });

  it('may be demoted by a person once another admin exists', async () => {
    const { token, ada, other } = await loneAdmin(false);
    const bob = await other();
    await data(token, 'mutation ($u: ID!) { setUserRole(userId: $u, role: ADMIN) { id } }', { u: bob });
    await data(token, 'mutation ($u: ID!) { setUserRole(userId: $u, role: MEMBER) { id } }', { u: ada });
    await t.graphql(token, VIEWER).expect(401);
  });

  it('may be demoted with the bootstrap token, which exists to set an organization up again', async () => {
    const { boot, ada } = await loneAdmin(false);
    await data(boot, 'mutation ($u: ID!) { setUserRole(userId: $u, role: null) { id } }', { u: ada });
    expect((await data(boot, '{ users(filter: { role: { eq: ADMIN } }) { totalCount } }')).users.totalCount).toBe(0);
  });

  it('may be deactivated by the IdP: it is the source of truth', async () => {
    const org = await t.createOrganization('idp-last');
    const scim = (await t.createToken(org.id, 'scim')).secret;
    const writer = 'urn:custom:params:scim:schemas:extension:writer:2.0:User';
    const created = await request(t.app).post('/scim/v2/Users').set('Authorization', `Bearer ${scim}`).send({ userName: 'only@idp.example', [writer]: { role: 'admin' } }).expect(201);
    const token = (await issue((await t.createToken(org.id, 'admin', 'bootstrap')).secret, 'ADMIN', created.body.id)).data.createApiToken.token;
    expect((await data(token, VIEWER)).viewer.user.role).toBe('ADMIN');
    const patch = { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', value: { active: false } }] };
    await request(t.app).patch(`/scim/v2/Users/${created.body.id}`).set('Authorization', `Bearer ${scim}`).send(patch).expect(200);
    await t.graphql(token, VIEWER).expect(401);
  });
});

it('writes nothing more in a request after one of its mutations demoted the token\'s own user', async () => {
  const [eve, fay] = [await createUser('eve@example.com'), await createUser('fay@example.com')];
  for (const u of [eve, fay]) await setRole(u, 'ADMIN');
  const token = (await issue(bootstrap, 'ADMIN', eve)).data.createApiToken.token;
  const { body } = await t
    .graphql(token, 'mutation ($u: ID!) { a: setUserRole(userId: $u, role: null) { id } b: createApiToken(input: { name: "kept", scope: READ }) { id } }', { u: eve })
    .expect(200);
  // createApiToken's result is non-null: its error nulls the whole data, though `a` was written.
  expect(body.data).toBeNull();
  expect(body.errors).toEqual([expect.objectContaining({ path: ['b'], extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }), message: expect.stringContaining('org admin') })]);
  const tokens = (await data(bootstrap, '{ apiTokens { name } }')).apiTokens as { name: string }[];
  expect(tokens.map((x) => x.name)).not.toContain('kept');
  expect((await data(bootstrap, 'query ($id: ID!) { user(id: $id) { role } }', { id: eve })).user.role).toBe('MEMBER');
});

it('issues an admin token to its caller by default, and only to active org admins', async () => {
  const linus = await createUser('linus@example.com');
  await setRole(linus, 'ADMIN');
  const own = (await issue(bootstrap, 'ADMIN', linus)).data.createApiToken.token;
  const second = (await issue(own, 'ADMIN')).data.createApiToken;
  const { apiTokens } = await data(own, '{ apiTokens { id userId bootstrap } }');
  expect(apiTokens).toContainEqual({ id: second.id, userId: linus, bootstrap: false });
  expect(apiTokens.filter((token: { bootstrap: boolean }) => token.bootstrap)).toHaveLength(1);

  expect((await issue(bootstrap, 'ADMIN')).errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'userId' } });
  const member = await createUser('member@example.com');
  expect((await issue(own, 'ADMIN', member)).errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'userId' } });
  expect((await issue(own, 'SCIM', member)).errors[0].extensions.code).toBe('BAD_USER_INPUT');
});

it.each(['READ', 'SCIM'])('refuses an empty userId for a %s token, as it refuses an unknown one', async (scope) => {
  expect((await issue(bootstrap, scope, '')).errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'userId' } });
});

it("keeps a holder's id as the user's own, whatever its case", async () => {
  const ida = await createUser('ida@example.com');
  const issued = (await issue(bootstrap, 'READ', ida.toUpperCase())).data.createApiToken;
  const { apiTokens } = await data(bootstrap, '{ apiTokens { id userId } }');
  expect(apiTokens).toContainEqual({ id: issued.id, userId: ida });
});

it('records the person behind a user token in the audit log', async () => {
  const mary = await createUser('mary@example.com');
  await setRole(mary, 'ADMIN');
  const token = (await issue(bootstrap, 'ADMIN', mary)).data.createApiToken.token;
  const { createTeam } = await data(token, 'mutation { createTeam(input: { displayName: "Mary\'s team" }) { id } }');
  const { auditEvents } = await data(token, 'query ($id: ID) { auditEvents(targetId: $id, first: 5) { nodes { action actorType actorUserId } } }', { id: createTeam.id });
  expect(auditEvents.nodes).toEqual([{ action: 'team.created', actorType: 'token', actorUserId: mary }]);
});
