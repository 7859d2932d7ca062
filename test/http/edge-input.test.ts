import express, { type Router } from 'express';
import pino from 'pino';
import request from 'supertest';
import { requestIdMiddleware } from '../../src/http/request-id';
import { createScimDependencies } from '../../src/http/scim';
import { createScimRouter } from '../../src/scim/router';
import { MAX_CONDITION_VALUES } from '../../src/domain/query/conditions';
import { createTestApp, type TestApp } from '../support/app';
import { CORE, SCIM_JSON, createScimClient, patchBody, type ScimClient } from '../scim/users-client';

/**
 * Issue 11, item 3: every input is validated at the edge of its door. Each repro of the audit
 * (500s, a lying 503) answers a 4xx in the door's own format, naming what was wrong.
 */
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const NUL = 'a\u0000b';
const LONE = 'a\ud800b';

let t: TestApp;
let scim: ScimClient;
let admin: string;
let userId: string;

beforeAll(async () => {
  t = await createTestApp({ config: { maxBodyBytes: 2 * 1024 * 1024 } });
  scim = await createScimClient(t, 'edge');
  admin = (await t.createToken(scim.organizationId, 'admin')).secret;
  userId = (await scim.createUser('edge@example.com')).id;
});
afterAll(async () => t.close());

function expectScimError(response: request.Response, status: number, scimType?: string, detail?: RegExp): void {
  expect({ status: response.status, type: response.headers['content-type'] }).toEqual({ status, type: SCIM_JSON });
  expect(response.body).toEqual({ schemas: [ERROR], status: String(status), detail: detail ? expect.stringMatching(detail) : expect.any(String), ...(scimType ? { scimType } : {}) });
}

const filterQuery = (filter: string) => `/Users?filter=${encodeURIComponent(filter)}`;
/** A cursor as the service makes them (base64url of JSON), with any content. */
const forgedCursor = (...parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const ANY_ID = '00000000-0000-4000-8000-000000000000';
/** `{"a":[{"a":[…]}]}` nested `levels` objects and arrays deep. */
const nestedJson = (levels: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i += 1) value = i % 2 ? { a: value } : [value];
  return value;
};
/** A user filter alternating `or` and `and` `levels` deep: twice as many parentheses in SQL. */
const orAnd = (levels: number): Record<string, unknown> => {
  let filter: Record<string, unknown> = { userName: { eq: 'x' } };
  for (let i = 0; i < levels; i += 1) filter = { or: [{ title: { eq: 'y' } }, { and: [filter, { displayName: { present: true } }] }] };
  return filter;
};

describe('SCIM: strings with NUL or unpaired surrogates are 400 invalidValue naming the attribute', () => {
  it.each([
    ['a POST body', () => scim.call('post', '/Users', { schemas: [CORE], userName: NUL }), /^userName contains a NUL/],
    ['a nested attribute', () => scim.call('post', '/Users', { schemas: [CORE], userName: 'n@example.com', name: { givenName: LONE } }), /^name\.givenName contains an unpaired surrogate/],
    ['an attribute name', () => scim.call('post', '/Users', { schemas: [CORE], userName: 'k@example.com', [NUL]: 'x' }), /\(a key\) contains a NUL/],
    ['a PATCH value', () => scim.call('patch', `/Users/${userId}`, patchBody({ op: 'replace', path: 'title', value: NUL })), /^Operations\[0\]\.value contains a NUL/],
    ['a PUT body', () => scim.call('put', `/Users/${userId}`, { schemas: [CORE], userName: 'edge@example.com', emails: [{ value: LONE }] }), /^emails\[0\]\.value contains an unpaired/],
    ['a filter', () => scim.call('get', filterQuery(`userName eq "${NUL}"`)), /filter contains a NUL/],
    // A query string cannot carry a lone surrogate: its percent-encoded bytes decode to U+FFFD.
    ['a filter on groups', () => scim.call('get', `/Groups?filter=${encodeURIComponent(`displayName eq "${NUL}"`)}`), /filter contains a NUL/],
    ['another query parameter', () => scim.call('get', `/Users?attributes=${encodeURIComponent(NUL)}`), /attributes contains a NUL/],
    ['a .search body', () => scim.call('post', '/Users/.search', { filter: `userName eq "${NUL}"` }), /^filter contains a NUL/],
  ])('%s', async (_case, send, detail) => {
    expectScimError(await send(), 400, 'invalidValue', detail);
  });
});

describe('SCIM: filter string escapes that decode to NUL or a lone surrogate are 400 invalidFilter', () => {
  it.each([
    ['NUL', 'name.givenName gt "\\u0000"', /^The string at position 18 contains a NUL/],
    ['a lone surrogate', 'userName eq "\\ud800"', /^The string at position 12 contains an unpaired/],
  ])('%s', async (_case, filter, detail) => {
    expectScimError(await scim.call('get', filterQuery(filter)), 400, 'invalidFilter', detail);
  });
});

describe('SCIM: numbers, paths, nesting and bodies that gave 500', () => {
  it.each([
    ['a path whose percent-encoding does not decode', '/Users/%E0%A4%A'],
    ['a lone percent sign in a Group path', '/Groups/%'],
  ])('%s is 400', async (_case, path) => {
    expectScimError(await scim.call('get', path), 400, undefined, /percent-encoding/);
  });

  it('clamps a startIndex past 32 bits to a page past the end (RFC 7644 §3.4.2.4)', async () => {
    const response = await scim.call('get', '/Users?startIndex=3000000000&count=99999999999').expect(200);
    expect(response.body).toMatchObject({ totalResults: 1, itemsPerPage: 0, Resources: [] });
  });

  it.each([
    ['PUT', () => scim.call('put', `/Users/${userId}`, { schemas: [CORE], userName: 'edge@example.com' })],
    ['PATCH', () => scim.call('patch', `/Users/${userId}`, patchBody({ op: 'replace', path: 'title', value: 'x' }))],
    ['DELETE', () => scim.call('delete', `/Users/${userId}`)],
  ])('answers If-Match naming a version past 32 bits on %s with 412: no version of ours matches it', async (_case, send) => {
    for (const etag of ['W/"2147483648"', 'W/"99999999999"']) expectScimError(await send().set('If-Match', etag), 412);
  });

  it('answers a body nested 5,000 deep with 400 invalidSyntax, and accepts 31 levels', async () => {
    const deep = `{"schemas":["${CORE}"],"userName":"deep@example.com","x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expectScimError(await scim.call('post', '/Users').set('Content-Type', 'application/scim+json').send(deep), 400, 'invalidSyntax', /nests deeper than 32 levels/);
    expect((await scim.call('post', '/Users', { schemas: [CORE], userName: 'deep@example.com', x: nestedJson(30) })).status).toBe(201);
  });

  it.each([
    ['an unknown Content-Encoding', (r: request.Test) => r.set('Content-Encoding', 'x-unknown').send('{}'), 415],
    ['a body over the limit', (r: request.Test) => r.send(JSON.stringify({ userName: 'x'.repeat(2 * 1024 * 1024) })), 413],
    ['malformed JSON', (r: request.Test) => r.send('{"userName":'), 400],
  ])('keeps the status of body-parser errors: %s', async (_case, send, status) => {
    const response = await send(scim.call('post', '/Users').set('Content-Type', 'application/scim+json'));
    expect(response.status).toBe(status);
    expect(response.body.schemas).toEqual([ERROR]);
  });

  it('answers a forged cursor (a date in year -200000) with 400 invalidCursor', async () => {
    const cursor = forgedCursor('createdAt', 0, '-200000-01-01T00:00:00.000Z', ANY_ID);
    expectScimError(await scim.call('get', `/Users?cursor=${cursor}`), 400, 'invalidCursor');
  });

  it('answers a filter nesting past what SQL takes with 400, and runs one at the limit', async () => {
    let atLimit = 'userName eq "x"';
    for (let i = 0; i < 16; i += 1) atLimit = `title eq "y" or (${atLimit} and displayName pr)`;
    expect((await scim.call('get', filterQuery(atLimit))).status).toBe(200);
    expectScimError(await scim.call('get', filterQuery(`title eq "y" or (${atLimit} and displayName pr)`)), 400, 'invalidValue', /nests deeper than 32 levels/);
  });
});

describe('GraphQL: bad input is 400 BAD_USER_INPUT naming the field', () => {
  const users = 'query($f: UserFilterInput) { users(filter: $f) { totalCount } }';

  it.each([
    ['a NUL in a variable', users, { f: { userName: { eq: NUL } } }, 'variables.f.userName.eq'],
    ['a lone surrogate in a variable', users, { f: { title: { co: LONE } } }, 'variables.f.title.co'],
    ['a NUL in a string literal', `{ users(filter: { userName: { eq: "a\\u0000" } }) { totalCount } }`, {}, 'query'],
    ['variables nested 50 deep', users, { f: nestedJson(50) }, expect.stringMatching(/^variables\.f/)],
    ['a literal nested 3,000 deep', `{ users(filter: ${'{ and: ['.repeat(3000)}{}${'] }'.repeat(3000)}) { totalCount } }`, {}, 'query'],
    ['a variable that does not coerce', 'query($n: Int) { users(first: $n) { totalCount } }', { n: 'ten' }, 'n'],
    ['an Int past 32 bits', 'query($n: Int) { users(first: $n) { totalCount } }', { n: 3_000_000_000 }, 'n'],
  ])('%s', async (_case, query, variables, field) => {
    const response = await t.graphql(admin, query, variables).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) })]);
  });

  it('checks the variables of a GET as the JSON they decode to', async () => {
    const query = encodeURIComponent(users);
    const variables = encodeURIComponent(JSON.stringify({ f: { userName: { eq: NUL } } }));
    const response = await request(t.app).get(`/graphql?query=${query}&variables=${variables}`).set('Authorization', `Bearer ${admin}`).expect(400);
    expect(response.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'variables.f.userName.eq' });
  });

  it('refuses an escaped lone surrogate in a literal as a syntax error (graphql-js)', async () => {
    const response = await t.graphql(admin, '{ users(filter: { userName: { eq: "\\ud800" } }) { totalCount } }').expect(400);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a filter nesting past what SQL takes with BAD_USER_INPUT, and runs one at the limit', async () => {
    const nots = (n: number) => `{ users(filter: ${'{ not: '.repeat(n)}{ userName: { eq: "x" } }${' }'.repeat(n)}) { totalCount } }`;
    expect((await t.graphql(admin, users, { f: orAnd(7) }).expect(200)).body).toEqual({ data: { users: { totalCount: 0 } } });
    expect((await t.graphql(admin, nots(31)).expect(200)).body).toEqual({ data: { users: { totalCount: expect.any(Number) } } });
    const response = await t.graphql(admin, nots(32)).expect(200);
    expect(response.body.errors[0]).toMatchObject({ message: expect.stringMatching(/nests deeper than 32/), extensions: { code: 'BAD_USER_INPUT', field: 'filter' } });
  });

  it('counts the nesting inside an emails filter too (its subquery is SQL nesting as well)', async () => {
    const inner = (n: number) => `${'{ not: '.repeat(n)}{ value: { eq: "x" } }${' }'.repeat(n)}`;
    const query = (n: number) => `{ users(filter: ${'{ not: '.repeat(n)}{ emails: ${inner(n)} }${' }'.repeat(n)}) { totalCount } }`;
    const response = await t.graphql(admin, query(16)).expect(200);
    expect(response.body.errors[0]).toMatchObject({ message: expect.stringMatching(/nests deeper than 32/), extensions: { code: 'BAD_USER_INPUT', field: 'filter' } });
  });

  it(`answers an id list longer than ${MAX_CONDITION_VALUES} (past SQLite's bound variables) with BAD_USER_INPUT`, async () => {
    const ids = Array.from({ length: 33_000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const response = await t.graphql(admin, users, { f: { id: { in: ids } } }).expect(200);
    expect(response.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter' });
  });

  it.each([
    ['a year -200000 date', 'CREATED_AT', forgedCursor('createdAt', 0, '-200000-01-01T00:00:00.000Z', ANY_ID)],
    ['a date in another form', 'CREATED_AT', forgedCursor('createdAt', 0, '2020-01-01', ANY_ID)],
    ['a number for a date', 'CREATED_AT', forgedCursor('createdAt', 0, 1e300, ANY_ID)],
    ['a NUL in a string sort value', 'USER_NAME', forgedCursor('userName', 0, NUL, ANY_ID)],
  ])('answers a forged cursor holding %s with INVALID_CURSOR', async (_case, orderBy, cursor) => {
    const response = await t.graphql(admin, `{ users(first: 1, orderBy: { field: ${orderBy} }, after: "${cursor}") { totalCount } }`).expect(200);
    expect(response.body.errors[0].extensions).toEqual({ code: 'INVALID_CURSOR', field: 'after' });
  });

  it('refuses a token name longer than its column', async () => {
    const response = await t.graphql(admin, 'mutation($name: String!) { createApiToken(input: { name: $name, scope: READ }) { id } }', { name: 'n'.repeat(201) }).expect(200);
    expect(response.body.errors[0]).toMatchObject({ message: 'name is longer than 200 characters', extensions: { code: 'BAD_USER_INPUT', field: 'name' } });
  });

  it.each([
    ['an unknown Content-Encoding', (r: request.Test) => r.set('Content-Encoding', 'x-unknown').send('{}'), 415],
    ['malformed JSON', (r: request.Test) => r.send('{"query":'), 400],
  ])('keeps the status of body-parser errors: %s', async (_case, send, status) => {
    const response = await send(request(t.app).post('/graphql').set('Authorization', `Bearer ${admin}`).set('Content-Type', 'application/json'));
    expect(response.status).toBe(status);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('values whose lower case is longer than they are', () => {
  // U+0130 (İ) lower-cases to two characters, i and U+0307: a case-insensitive key can be twice as long as its value.
  const dotted = (length: number) => '\u0130'.repeat(length);

  it('creates and finds a user whose userName and email are as long as their columns allow', async () => {
    const userName = dotted(512);
    const email = `${dotted(500)}@example.com`;
    const created = await scim.call('post', '/Users', { schemas: [CORE], userName, emails: [{ value: email, primary: true }] }).expect(201);
    expect(created.body).toMatchObject({ userName, emails: [{ value: email, primary: true }] });
    for (const filter of [`userName eq "${userName}"`, `emails.value eq "${email}"`]) {
      const found = await scim.call('get', filterQuery(filter)).expect(200);
      expect(found.body.Resources.map((u: { id: string }) => u.id)).toEqual([created.body.id]);
    }
  });

  it('creates and finds a group whose displayName is as long as its column allows', async () => {
    const displayName = dotted(512);
    const created = await scim.call('post', '/Groups', { displayName }).expect(201);
    const found = await scim.call('get', `/Groups?filter=${encodeURIComponent(`displayName eq "${displayName}"`)}`).expect(200);
    expect(found.body.Resources.map((g: { id: string }) => g.id)).toEqual([created.body.id]);
  });
});

describe('an error after the response began', () => {
  it('cuts the response instead of writing an error body into it', async () => {
    const deps = createScimDependencies({ orm: t.orm, schema: t.schema, config: t.config, logger: pino({ level: 'silent' }) });
    const late = (router: Router) => {
      router.get('/Late', (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/scim+json' });
        res.write('{"partial":');
        throw new Error('late failure');
      });
    };
    const app = express().use(requestIdMiddleware).use('/scim/v2', createScimRouter(deps, [late]));
    await expect(request(app).get('/scim/v2/Late').set('Authorization', `Bearer ${scim.token}`)).rejects.toThrow();
  });
});
