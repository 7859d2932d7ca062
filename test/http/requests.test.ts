import request from 'supertest';
import { AuditEvent } from '../../src/domain/audit/audit-event.entity';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let orgId: string;
let admin: string;

beforeAll(async () => {
  t = await createTestApp({ config: { maxBodyBytes: 2048 } });
  orgId = (await t.createOrganization('requests')).id;
  admin = (await t.createToken(orgId, 'admin')).secret;
});
afterAll(async () => t.close());

const post = () => request(t.app).post('/graphql').set('Authorization', `Bearer ${admin}`);

describe('request bodies', () => {
  it('answers 413 to a body over the configured limit', async () => {
    const res = await post().send({ query: `{ organization { id } } # ${'x'.repeat(4096)}` }).expect(413);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 400 to malformed JSON, without quoting it', async () => {
    const res = await post().set('Content-Type', 'application/json').send('{"query": "{ organization { id } }", secret-ish').expect(400);
    expect(res.body).toEqual({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } }] });
  });
});

describe('response media types', () => {
  it.each([['text/html'], ['application/xml'], ['application/json; charset=latin1'], ['multipart/mixed']])(
    'answers 406 to Accept: %s before a mutation runs, and changes nothing',
    async (accept) => {
      const displayName = `Not acceptable ${accept}`;
      const res = await post()
        .set('Accept', accept)
        .send({ query: 'mutation($name: String!) { createTeam(input: { displayName: $name }) { id } }', variables: { name: displayName } })
        .expect(406);
      expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
      const teams = await post()
        .send({ query: 'query($name: String!) { teams(filter: { displayName: { eq: $name } }) { totalCount } }', variables: { name: displayName } })
        .expect(200);
      expect(teams.body.data.teams.totalCount).toBe(0);
    },
  );

  it.each([['application/json'], ['application/graphql-response+json'], ['*/*'], ['text/html, application/json;q=0.5']])('answers Accept: %s', async (accept) => {
    const res = await post().set('Accept', accept).send({ query: '{ viewer { scope } }' }).expect(200);
    expect(res.body.data.viewer.scope).toBe('ADMIN');
  });
});

describe('request ids', () => {
  it('echoes a caller X-Request-Id', async () => {
    const res = await request(t.app).get('/healthz').set('X-Request-Id', 'okta-123.abc').expect(200);
    expect(res.headers['x-request-id']).toBe('okta-123.abc');
  });

  it.each([
    ['characters outside the safe set are dropped', 'abc <script>def', 'abcscriptdef'],
    ['long ids are cut to 128 characters', 'a'.repeat(300), 'a'.repeat(128)],
  ])('%s', async (_case, sent, echoed) => {
    const res = await request(t.app).get('/healthz').set('X-Request-Id', sent).expect(200);
    expect(res.headers['x-request-id']).toBe(echoed);
  });

  it('never takes a token for a request id: a caller that sends its secret as X-Request-Id gets a new id, kept out of logs and audit events', async () => {
    const res = await post()
      .set('X-Request-Id', admin)
      .send({ query: 'mutation { createApiToken(input: { name: "echo", scope: READ }) { id } }' })
      .expect(200);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const event = await t.orm.em.fork().findOneOrFail(AuditEvent, { organizationId: orgId, targetId: res.body.data.createApiToken.id });
    expect(event.requestId).toBe(res.headers['x-request-id']);
  });

  it.each([
    ['without its sgt_ prefix', (secret: string) => secret.slice('sgt_'.length)],
    ['cut short by a proxy', (secret: string) => secret.slice(4, 30)],
    ['among other characters', (secret: string) => `id=${secret}+/=`],
  ])('never takes the request credential for a request id, %s', async (_how, mangle) => {
    const res = await post().set('X-Request-Id', mangle(admin)).send({ query: '{ organization { id } }' }).expect(200);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('generates one when the caller sends none', async () => {
    const res = await request(t.app).get('/healthz').expect(200);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('stores the request id on the audit event of a change', async () => {
    const res = await post()
      .set('X-Request-Id', 'req-audit-1')
      .send({ query: 'mutation { createApiToken(input: { name: "ci", scope: READ }) { id } }' })
      .expect(200);
    const event = await t.orm.em.fork().findOneOrFail(AuditEvent, { organizationId: orgId, targetId: res.body.data.createApiToken.id });
    expect(event.requestId).toBe('req-audit-1');
  });
});

describe('request logging', () => {
  it('writes one line per request without the query string or the token', async () => {
    await request(t.app).get('/graphql').query({ query: '{ organization { id } }', token: 'in-the-url' })
      .set('Authorization', `Bearer ${admin}`).set('X-Request-Id', 'req-log-1').expect(200);
    const lines = t.logs.filter((line) => line.requestId === 'req-log-1');
    expect(lines).toEqual([expect.objectContaining({ msg: 'request', method: 'GET', path: '/graphql', status: 200, durationMs: expect.any(Number) })]);
    const everything = JSON.stringify(t.logs);
    expect(everything).not.toContain(admin);
    expect(everything).not.toContain('in-the-url');
  });
});
