import fc from 'fast-check';
import type { Server } from 'node:http';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';
import { createScimClient } from '../scim/users-client';
import * as arb from './fuzz.arbitraries';

/**
 * Issue 11, item 3: a fuzz suite over HTTP. Filters, PATCH bodies, JSON bodies, headers, list
 * parameters and GraphQL variables are thrown at the real app (in process, one listening server,
 * on the test database); every answer must be below 500 and the process must stay up. Each run
 * draws new cases (fast-check prints the seed of a failure to replay it). RUNS cases in all.
 */
const RUNS = { filters: 3000, patches: 2000, bodies: 2000, headers: 1000, params: 500, graphql: 2000 };
export const TOTAL_RUNS = Object.values(RUNS).reduce((a, b) => a + b, 0);

let t: TestApp;
let server: Server;
let scimToken: string;
let adminToken: string;
let userId: string;
let groupId: string;
const statuses = new Map<number, number>();

beforeAll(async () => {
  t = await createTestApp({ config: { maxBodyBytes: 1024 * 1024 } });
  const scim = await createScimClient(t, 'fuzz');
  scimToken = scim.token;
  adminToken = (await t.createToken(scim.organizationId, 'admin')).secret;
  userId = (await scim.createUser('fuzz@example.com')).id;
  groupId = (await scim.call('post', '/Groups', { displayName: 'Fuzz', members: [{ value: userId }] }).expect(201)).body.id;
  server = t.app.listen(0);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

/** Percent-encodes every UTF-8 byte (a lone surrogate becomes U+FFFD's bytes, as any client would send it). */
const pct = (value: string): string => [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const scim = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string) => request(server)[method](`/scim/v2${path}`).set('Authorization', `Bearer ${scimToken}`);
const SCIM_TYPE = 'application/scim+json';

/** Fails with what was sent when the answer is a 5xx. */
async function expectNo5xx(what: string, input: unknown, send: () => Promise<request.Response>): Promise<void> {
  const response = await send();
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  if (response.status >= 500) throw new Error(`${what} answered ${response.status} ${response.text.slice(0, 300)} for ${JSON.stringify(input)?.slice(0, 500)}`);
}

const run = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number, check: (value: T) => Promise<void>) =>
  fc.assert(fc.asyncProperty(arbitrary, check), { numRuns, endOnFailure: true });

describe(`fuzz over HTTP (${TOTAL_RUNS} cases): no input gets a 5xx`, () => {
  it(`SCIM filters (${RUNS.filters})`, async () => {
    const target = fc.constantFrom('/Users', '/Groups', '/.search', '/Users/.search');
    await run(fc.tuple(arb.filter, target, fc.boolean()), RUNS.filters, ([filter, path, excluded]) =>
      expectNo5xx('filter', { filter, path }, () =>
        path.endsWith('.search')
          ? scim('post', path).set('Content-Type', SCIM_TYPE).send(JSON.stringify({ filter, count: 5 }))
          : scim('get', `${path}?filter=${pct(filter)}&count=5${excluded ? '&excludedAttributes=members' : ''}`),
      ),
    );
  }, 120_000);

  it(`SCIM PATCH bodies (${RUNS.patches})`, async () => {
    await run(fc.tuple(arb.patchBody, fc.boolean()), RUNS.patches, ([body, onGroup]) =>
      expectNo5xx('PATCH', body, () => scim('patch', onGroup ? `/Groups/${groupId}` : `/Users/${userId}`).set('Content-Type', SCIM_TYPE).send(typeof body === 'string' ? body : JSON.stringify(body))),
    );
  }, 120_000);

  it(`SCIM JSON bodies (${RUNS.bodies})`, async () => {
    const target = fc.constantFrom<[ 'post' | 'put', string ]>(['post', '/Users'], ['put', '/Users/ID'], ['post', '/Groups'], ['put', '/Groups/GID']);
    await run(fc.tuple(arb.bodyText, target), RUNS.bodies, ([body, [method, path]]) =>
      expectNo5xx('body', { method, path, body }, () => scim(method, path.replace('GID', groupId).replace('ID', userId)).set('Content-Type', SCIM_TYPE).send(body)),
    );
  }, 120_000);

  it(`headers (${RUNS.headers})`, async () => {
    const target = fc.constantFrom<['get' | 'patch' | 'put' | 'delete' | 'post', string]>(['get', '/Users/ID'], ['patch', '/Users/ID'], ['put', '/Groups/GID'], ['delete', '/Users/00000000-0000-4000-8000-000000000000'], ['post', '/Users']);
    await run(fc.tuple(arb.headers, target, arb.bodyText), RUNS.headers, ([headers, [method, path], body]) =>
      expectNo5xx('headers', { headers, method, path }, () => {
        const call = scim(method, path.replace('GID', groupId).replace('ID', userId));
        for (const [name, value] of Object.entries(headers)) call.set(name, value);
        return method === 'get' || method === 'delete' ? call : call.send(body);
      }),
    );
  }, 120_000);

  it(`list parameters and paths (${RUNS.params})`, async () => {
    await run(fc.tuple(arb.listParams, arb.text, fc.constantFrom('/Users', '/Groups')), RUNS.params, ([params, id, path]) =>
      expectNo5xx('params', { params, id }, async () => {
        const query = Object.entries(params).map(([k, v]) => `${k}=${pct(v)}`).join('&');
        const list = await scim('get', `${path}?${query}`);
        if (list.status >= 500) return list;
        return scim('get', `${path}/${pct(id)}?${query}`);
      }),
    );
  }, 120_000);

  it(`GraphQL variables (${RUNS.graphql})`, async () => {
    const users = 'query($f: UserFilterInput, $first: Int, $after: String, $offset: Int, $o: UserOrderInput) { users(filter: $f, first: $first, after: $after, offset: $offset, orderBy: $o) { totalCount nodes { id } } }';
    const create = 'mutation($input: UserInput!) { createUser(input: $input) { id } }';
    const operation = fc.oneof({ weight: 3, arbitrary: arb.usersVariables.map((v) => [users, v] as const) }, { weight: 1, arbitrary: arb.userInput.map((v) => [create, v] as const) });
    await run(operation, RUNS.graphql, ([query, variables]) =>
      expectNo5xx('GraphQL', variables, () => request(server).post('/graphql').set('Authorization', `Bearer ${adminToken}`).send({ query, variables })),
    );
  }, 120_000);

  it('left the process serving', async () => {
    await request(server).get('/healthz').expect(200);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(TOTAL_RUNS);
    expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
  });
});
