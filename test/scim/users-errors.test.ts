import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';
import { SCIM_JSON, createScimClient, type ScimClient } from './users-client';

const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

let t: TestApp;
let scim: ScimClient;

beforeAll(async () => {
  t = await createTestApp({ config: { maxBodyBytes: 2048 } });
  scim = await createScimClient(t, 'errors');
});
afterAll(async () => t.close());

/** Every failure is a SCIM Error body with `status` as a string (RFC 7644 §3.12), as application/scim+json. */
function expectScimError(response: request.Response, status: number, scimType?: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toBe(SCIM_JSON);
  expect(response.body).toEqual({ schemas: [ERROR], status: String(status), detail: expect.any(String), ...(scimType ? { scimType } : {}) });
}

describe('authentication', () => {
  it.each([
    ['no Authorization header', undefined],
    ['a header that is not a bearer token', 'non-token'],
    ['an unknown token', 'Bearer sgt_unknown'],
  ])('answers %s with 401 and WWW-Authenticate', async (_case, authorization) => {
    const call = request(t.app).get('/scim/v2/Users');
    const response = await (authorization ? call.set('Authorization', authorization) : call);
    expectScimError(response, 401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('answers a token of another scope with 403', async () => {
    const admin = await t.createToken(scim.organizationId, 'admin');
    expectScimError(await request(t.app).get('/scim/v2/Users').set('Authorization', `Bearer ${admin.secret}`), 403);
  });

  it('does not read the body of an unauthenticated request', async () => {
    const response = await request(t.app).post('/scim/v2/Users').set('Content-Type', 'application/scim+json').send('{not json');
    expectScimError(response, 401);
  });
});

describe('request bodies', () => {
  it('answers malformed JSON with 400 invalidSyntax', async () => {
    expectScimError(await scim.call('post', '/Users').set('Content-Type', 'application/scim+json').send('{"userName": '), 400, 'invalidSyntax');
  });

  it('answers a body larger than the limit with 413', async () => {
    expectScimError(await scim.call('post', '/Users', { userName: 'big@example.com', title: 'x'.repeat(4096) }), 413);
  });

  it('answers a body of another media type with 400 invalidSyntax', async () => {
    expectScimError(await scim.call('post', '/Users').set('Content-Type', 'text/plain').send('userName=x'), 400, 'invalidSyntax');
  });

  it('answers a body that does not decode by its Content-Encoding with 400 invalidSyntax', async () => {
    const response = await scim.call('post', '/Users').set('Content-Type', 'application/scim+json').set('Content-Encoding', 'gzip').send('{"userName":"gz@example.com"}');
    expectScimError(response, 400, 'invalidSyntax');
  });

  it('answers a missing userName with 400 invalidValue', async () => {
    expectScimError(await scim.call('post', '/Users', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], displayName: 'Nameless' }), 400, 'invalidValue');
  });

  it('answers a repeated create with 409 uniqueness', async () => {
    await scim.createUser('again@example.com');
    expectScimError(await scim.call('post', '/Users', { userName: 'again@example.com' }), 409, 'uniqueness');
  });
});

describe('routes', () => {
  it.each([
    ['GET', '/Users/7f4bc6a7-0000-4000-8000-000000000000'],
    ['GET', '/Users/not-a-uuid'],
    ['PUT', '/Users/not-a-uuid'],
    ['DELETE', '/Users/not-a-uuid'],
    ['GET', '/Users/a/b'],
    ['PUT', '/Unknown'],
    ['GET', '/Me/7f4bc6a7-0000-4000-8000-000000000000'],
  ])('answers %s %s with a SCIM 404', async (method, path) => {
    const call = scim.call(method.toLowerCase() as 'get', path);
    expectScimError(await (method === 'PUT' ? call.set('Content-Type', 'application/scim+json').send('{"userName":"x"}') : call), 404);
  });

  // RFC 9110 §15.5.6: a method the path does not support is 405, with the methods it does in Allow.
  it.each([
    ['PUT', '/Users', 'GET, HEAD, POST'],
    ['DELETE', '/Users', 'GET, HEAD, POST'],
    ['PATCH', '/users/', 'GET, HEAD, POST'],
    ['POST', '/Users/7f4bc6a7-0000-4000-8000-000000000000', 'DELETE, GET, HEAD, PATCH, PUT'],
    ['PUT', '/Groups', 'GET, HEAD, POST'],
    ['POST', '/GROUPS/7f4bc6a7-0000-4000-8000-000000000000/', 'DELETE, GET, HEAD, PATCH, PUT'],
    ['GET', '/.search', 'POST'],
    ['PUT', '/ServiceProviderConfig', 'GET, HEAD'],
    ['DELETE', '/ResourceTypes', 'GET, HEAD'],
    ['POST', '/ResourceTypes/User', 'GET, HEAD'],
    ['PATCH', '/Schemas', 'GET, HEAD'],
    ['DELETE', '/Schemas/urn:ietf:params:scim:schemas:core:2.0:User', 'GET, HEAD'],
    ['GET', '/Bulk', 'POST'],
  ])('answers %s %s with a SCIM 405 allowing %s', async (method, path, allow) => {
    const response = await scim.call(method.toLowerCase() as 'get', path);
    expectScimError(response, 405);
    expect(response.headers.allow).toBe(allow);
  });

  it.each([
    ['get', '/Me', undefined],
    ['delete', '/me/', undefined],
    ['post', '/Me', { userName: 'me@example.com' }],
    ['put', '/ME', { userName: 'me@example.com' }],
    ['patch', '/Me', { Operations: [] }],
  ] as const)('answers %s %s with a SCIM 501 (RFC 7644 §3.11)', async (method, path, body) => {
    expectScimError(await scim.call(method, path, body), 501);
  });

  it('answers an invalid filter with 400 invalidFilter', async () => {
    expectScimError(await scim.call('get', '/Users?filter=userName%20xx%20%22a%22'), 400, 'invalidFilter');
  });

  it('answers a count that is not a number with 400 invalidCount', async () => {
    expectScimError(await scim.call('get', '/Users?count=ten'), 400, 'invalidCount');
  });
});
