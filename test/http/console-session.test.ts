import request from 'supertest';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE, encodeSession } from '../../src/http/console-session';
import { createTestApp, type TestApp } from '../support/app';

/** A clock the tests move by hand (session expiry). */
let now = Date.parse('2026-03-01T09:00:00.000Z');
const clock = (): Date => new Date(now);

let t: TestApp;
let orgId: string;
let admin: { id: string; secret: string };

beforeAll(async () => {
  t = await createTestApp({ now: clock });
  orgId = (await t.createOrganization('console')).id;
  admin = await t.createToken(orgId, 'admin', 'console admin');
});
afterAll(async () => t.close());

/** Signs in with a secret; returns the response, the session cookie (`name=value`) and its line. */
async function signIn(secret: string, app = t.app, name = SESSION_COOKIE): Promise<{ res: request.Response; cookie: string; line: string }> {
  const res = await request(app).post('/console/session').set('Content-Type', 'application/json').send({ token: secret });
  const line = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${name}=`)) ?? '';
  return { res, cookie: line.split(';')[0], line };
}

const orgQuery = (cookie: string) =>
  request(t.app).post('/graphql').set('Cookie', cookie).set('Content-Type', 'application/json').send({ query: '{ organization { id } }' });

describe('console sign-in', () => {
  it('answers an admin token with an HttpOnly, SameSite=Strict session cookie that holds no secret', async () => {
    const { res, cookie } = await signIn(admin.secret);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ scope: 'admin', organizationId: orgId, tokenName: 'console admin' });
    const line = ([] as string[]).concat(res.headers['set-cookie'])[0];
    expect(line).toMatch(/; HttpOnly/);
    expect(line).toMatch(/; SameSite=Strict/);
    expect(line).toMatch(/; Path=\//);
    expect(line).toMatch(/; Max-Age=1800/);
    expect(cookie).not.toContain(admin.secret);
    expect(Buffer.from(cookie.split('=')[1].split('.')[0], 'base64url').toString()).not.toContain(admin.secret);
    expect(JSON.stringify(res.body)).not.toContain(admin.secret);
  });

  it('lets the cookie authenticate GraphQL requests', async () => {
    const { cookie } = await signIn(admin.secret);
    const res = await orgQuery(cookie).expect(200);
    expect(res.body.data.organization.id).toBe(orgId);
  });

  it.each([
    ['scim', 403, 'FORBIDDEN'],
    ['read', 200, undefined],
  ] as const)('answers a %s token with %d', async (scope, status, code) => {
    const token = await t.createToken(orgId, scope);
    const { res } = await signIn(token.secret);
    expect(res.status).toBe(status);
    if (code) expect(res.body.errors[0].extensions.code).toBe(code);
  });

  it.each([
    ['an unknown token', 'sgt_not-a-real-token', 401],
    ['an empty body', '', 400],
  ])('refuses %s with a clear 4xx', async (_name, secret, status) => {
    const { res, cookie } = await signIn(secret);
    expect(res.status).toBe(status);
    expect(cookie).toBe('');
    expect(res.body.errors[0].message).toEqual(expect.any(String));
  });

  it('keeps a read session read-only', async () => {
    const read = await t.createToken(orgId, 'read');
    const { cookie } = await signIn(read.secret);
    const res = await request(t.app)
      .post('/graphql')
      .set('Cookie', cookie)
      .send({ query: 'mutation { updateOrganizationSettings(input: { roleManualOverride: true }) { id } }' });
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('lets an internal token pick an organization, and then works inside it only', async () => {
    const internal = await t.createToken(null, 'internal');
    const { res, cookie } = await signIn(internal.secret);
    expect(res.body).toMatchObject({ scope: 'internal', organizationId: null });
    const picked = await request(t.app).put('/console/session/organization').set('Cookie', cookie).send({ organizationId: orgId }).expect(200);
    const scoped = ([] as string[]).concat(picked.headers['set-cookie'])[0].split(';')[0];
    expect((await orgQuery(scoped).expect(200)).body.data.organization.id).toBe(orgId);
    const other = await t.createOrganization('other');
    const refused = await request(t.app).post('/graphql').set('Cookie', scoped).send({ query: `{ organization(id: "${other.id}") { id } }` });
    expect(refused.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('console session cookies that are refused', () => {
  it('refuses a forged cookie (payload changed, signature kept)', async () => {
    const { cookie } = await signIn(admin.secret);
    const [, value] = cookie.split('=');
    const [, signature] = value.split('.');
    const other = await t.createToken(orgId, 'admin', 'other admin');
    const forgedPayload = encodeSession('not-the-secret-not-the-secret-not-the-secret', { tokenId: other.id, organizationId: null, expiresAt: now + 60_000 }).split('.')[0];
    const res = await orgQuery(`${SESSION_COOKIE}=${forgedPayload}.${signature}`).expect(401);
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers 204 without a session cookie (nobody signed in), and 401 when the cookie is refused', async () => {
    const none = await request(t.app).get('/console/session').expect(204);
    expect(none.headers['cache-control']).toBe('no-store');
    await request(t.app).get('/console/session').set('Cookie', 'other=1').expect(204);
    await request(t.app).get('/console/session').set('Cookie', `${SESSION_COOKIE}=not-a-session`).expect(401);
  });

  it('refuses a cookie signed with another key', async () => {
    const value = encodeSession('another-key-another-key-another-key-0000', { tokenId: admin.id, organizationId: null, expiresAt: now + 60_000 });
    await orgQuery(`${SESSION_COOKIE}=${value}`).expect(401);
  });

  it('refuses an expired cookie', async () => {
    const { cookie } = await signIn(admin.secret);
    await orgQuery(cookie).expect(200);
    now += 31 * 60_000;
    await orgQuery(cookie).expect(401);
    await request(t.app).get('/console/session').set('Cookie', cookie).expect(401);
  });

  it('refuses the cookie of a revoked token at once', async () => {
    const token = await t.createToken(orgId, 'admin', 'soon revoked');
    const { cookie } = await signIn(token.secret);
    await orgQuery(cookie).expect(200);
    await t.graphql(admin.secret, 'mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: token.id }).expect(200);
    await orgQuery(cookie).expect(401);
  });

  it.each([
    ['a foreign Origin', { Origin: 'https://evil.example' }, 403],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }, 403],
  ])('refuses a cross-site POST carrying the cookie (%s)', async (_name, headers, status) => {
    const { cookie } = await signIn(admin.secret);
    const res = await orgQuery(cookie).set(headers).expect(status);
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it("refuses a simple (form-like) cross-site POST through Apollo's CSRF prevention", async () => {
    const { cookie } = await signIn(admin.secret);
    const res = await request(t.app).post('/graphql').set('Cookie', cookie).set('Content-Type', 'text/plain').send('{"query":"{ organization { id } }"}');
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF|preflight/i);
  });

  it('refuses a sign-in posted from another site', async () => {
    await request(t.app).post('/console/session').set('Origin', 'https://evil.example').send({ token: admin.secret }).expect(403);
  });

  it('signs out by clearing the cookie, and only it', async () => {
    const { cookie } = await signIn(admin.secret);
    const res = await request(t.app).delete('/console/session').set('Cookie', cookie).expect(204);
    expect(([] as string[]).concat(res.headers['set-cookie'])).toEqual([expect.stringMatching(new RegExp(`^${SESSION_COOKIE}=; .*Max-Age=0`))]);
  });

  it('never writes a token secret into a log line', async () => {
    await signIn(admin.secret);
    expect(JSON.stringify(t.logs)).not.toContain(admin.secret);
  });
});

describe('the session cookie behind https (PUBLIC_URL https://…)', () => {
  let secure: TestApp;
  let secureAdmin: { id: string; secret: string };

  beforeAll(async () => {
    secure = await createTestApp({ now: clock, config: { publicUrl: 'https://scim.example.com' } });
    secureAdmin = await secure.createToken((await secure.createOrganization('secure')).id, 'admin', 'secure admin');
  });
  afterAll(async () => secure.close());

  const query = (cookie: string) =>
    request(secure.app).post('/graphql').set('Cookie', cookie).set('Content-Type', 'application/json').send({ query: '{ organization { id } }' });
  const setCookies = (res: request.Response): string[] => ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  /** Whether a response expires the unprefixed cookie, as this host set it before the prefix. */
  const expiresUnprefixed = (lines: string[]): boolean => lines.some((line) => new RegExp(`^${SESSION_COOKIE}=; Path=/; Max-Age=0;.*; Secure$`).test(line));
  /** A session of the secure app: its Set-Cookie line and the cookie's value alone. */
  const secureSession = async (): Promise<{ line: string; value: string }> => {
    const { res, line, cookie } = await signIn(secureAdmin.secret, secure.app, SECURE_SESSION_COOKIE);
    expect(res.status).toBe(200);
    return { line, value: cookie.slice(SECURE_SESSION_COOKIE.length + 1) };
  };

  it('is a __Host- cookie: Secure, for path / and no Domain, which only this host over https can set', async () => {
    const { line } = await secureSession();
    expect(line.startsWith(`${SECURE_SESSION_COOKIE}=`)).toBe(true);
    expect(line).toMatch(/; Secure/);
    expect(line).toMatch(/; Path=\/;/);
    expect(line).not.toMatch(/Domain=/i);
    await query(line.split(';')[0]).expect(200);
  });

  it('reads no session from a cookie without the prefix, which a sibling subdomain could have planted', async () => {
    const { value } = await secureSession();
    const unprefixed = await query(`${SESSION_COOKIE}=${value}`).expect(401);
    expect(unprefixed.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    [SECURE_SESSION_COOKIE, 200],
    [SESSION_COOKIE, 401],
  ])("answers the console's own session check with the %s cookie with %d", async (name, status) => {
    const { value } = await secureSession();
    await request(secure.app).get('/console/session').set('Cookie', `${name}=${value}`).expect(status);
  });

  it('signs out by clearing the __Host- cookie', async () => {
    const res = await request(secure.app).delete('/console/session').expect(204);
    expect(setCookies(res)).toEqual([expect.stringMatching(new RegExp(`^${SECURE_SESSION_COOKIE}=; .*Max-Age=0.*; Secure`))]);
  });

  it.each([
    ['signing in', (cookie: string) => request(secure.app).post('/console/session').set('Cookie', cookie).set('Content-Type', 'application/json').send({ token: secureAdmin.secret })],
    ['signing out', (cookie: string) => request(secure.app).delete('/console/session').set('Cookie', cookie)],
  ])('expires the unprefixed cookie this host set before the prefix when %s', async (_action, send) => {
    const { value } = await secureSession();
    const res = await send(`${SESSION_COOKIE}=${value}`);
    expect(res.status).toBeLessThan(300);
    expect(expiresUnprefixed(setCookies(res))).toBe(true);
  });
});
