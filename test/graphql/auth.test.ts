import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let orgId: string;
let otherOrgId: string;
const secrets: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.createOrganization('auth')).id;
  otherOrgId = (await t.createOrganization('other')).id;
  for (const scope of ['admin', 'read', 'scim'] as const) secrets[scope] = (await t.createToken(orgId, scope)).secret;
  secrets.internal = (await t.createToken(null, 'internal')).secret;
});
afterAll(async () => t.close());

const query = '{ organization { id } }';

describe('the GraphQL door', () => {
  it.each([
    ['no Authorization header', undefined],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['an unknown token', 'Bearer sgt_unknown0000000000000000000000000000000000'],
    ['a malformed token', 'Bearer not-a-token'],
  ])('answers 401 UNAUTHENTICATED with WWW-Authenticate for %s', async (_case, header) => {
    const req = request(t.app).post('/graphql').send({ query });
    if (header) req.set('Authorization', header);
    const res = await req.expect(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('answers 401 for a revoked token', async () => {
    const { id, secret } = await t.createToken(orgId, 'admin', 'soon revoked');
    await t.graphql(secrets.admin, 'mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id }).expect(200);
    const res = await t.graphql(secret, query).expect(401);
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers 403 FORBIDDEN to a scim token: the SCIM door only', async () => {
    const res = await t.graphql(secrets.scim, query).expect(403);
    expect(res.body).toEqual({ errors: [{ message: expect.stringContaining('SCIM'), extensions: { code: 'FORBIDDEN' } }] });
  });

  it.each(['admin', 'read'])('lets a %s token read its organization', async (scope) => {
    const res = await t.graphql(secrets[scope], query).expect(200);
    expect(res.body).toEqual({ data: { organization: { id: orgId } } });
  });

  it('refuses a mutation to a read token with a coded error', async () => {
    const res = await t.graphql(secrets.read, 'mutation { updateOrganizationSettings(input: { roleManualOverride: true }) { id } }');
    expect(res.body.data).toBeNull();
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: ['updateOrganizationSettings'], extensions: { code: 'FORBIDDEN' } }),
    ]);
  });

  it("answers NOT_FOUND, not FORBIDDEN, for another organization's id", async () => {
    const res = await t.graphql(secrets.admin, 'query($id: ID) { organization(id: $id) { id } }', { id: otherOrgId });
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('lets an internal token read every organization', async () => {
    const res = await t.graphql(secrets.internal, '{ organizations { id } }').expect(200);
    expect(res.body.data.organizations.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([orgId, otherOrgId]));
  });

  it('asks an internal token, which belongs to no organization, to name one', async () => {
    const res = await t.graphql(secrets.internal, '{ organization { id } }').expect(200);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const named = await t.graphql(secrets.internal, 'query($id: ID) { organization(id: $id) { id } }', { id: otherOrgId }).expect(200);
    expect(named.body.data.organization.id).toBe(otherOrgId);
  });

  it('runs a query sent with GET', async () => {
    const res = await request(t.app)
      .get('/graphql')
      .query({ query })
      .set('Authorization', `Bearer ${secrets.read}`)
      .expect(200);
    expect(res.body).toEqual({ data: { organization: { id: orgId } } });
  });

  it('serves the playground to a browser without a token', async () => {
    const res = await request(t.app).get('/graphql').set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<title>scimgraph GraphQL playground</title>');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
