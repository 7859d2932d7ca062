import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';
import { mismatches, substitute, valueAt, type Variables } from './fixtures/match';

/**
 * Replays the recorded Okta and Entra exchanges (test/scim/fixtures/<idp>/NN-*.json) in file order,
 * each IdP on a fresh app, organization and scim token, as the IdP would send them.
 */
interface Fixture {
  description: string;
  source: string;
  request: { method: string; path: string; headers?: Record<string, string>; body?: unknown };
  response: { status: number; headers?: Record<string, string>; body?: unknown };
  capture?: Record<string, string>;
}

const FIXTURES = join(__dirname, 'fixtures');

const fixturesOf = (idp: string): [string, Fixture][] =>
  readdirSync(join(FIXTURES, idp))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [file, JSON.parse(readFileSync(join(FIXTURES, idp, file), 'utf8')) as Fixture]);

async function replay(t: TestApp, fixture: Fixture, variables: Variables): Promise<void> {
  const { method, path, headers = {}, body } = substitute(fixture.request, variables);
  let call = request(t.app)[method.toLowerCase() as 'get'](`/scim/v2${path}`);
  for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
  const response = await (body === undefined ? call : call.send(JSON.stringify(body)));
  const expected = fixture.response;
  const problems = [
    ...(response.status === expected.status ? [] : [`status: expected ${expected.status}, got ${response.status}`]),
    ...Object.entries(expected.headers ?? {}).flatMap(([name, value]) =>
      mismatches(response.headers[name.toLowerCase()], value, variables, `header ${name}`),
    ),
    ...(expected.body === undefined ? [] : mismatches(response.body, expected.body, variables)),
  ];
  if (problems.length > 0) throw new Error(`${fixture.description}\n${problems.join('\n')}\nbody: ${JSON.stringify(response.body, null, 2)}`);
  for (const [name, path] of Object.entries(fixture.capture ?? {})) variables[name] = String(valueAt(response.body, path));
}

describe.each(['okta', 'entra'])('%s exchanges', (idp) => {
  let t: TestApp;
  const variables: Variables = {};

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganization(idp);
    variables.token = (await t.createToken(org.id, 'scim', idp)).secret;
    variables.baseUrl = `${t.config.publicUrl}/scim/v2`;
  });
  afterAll(async () => t.close());

  it.each(fixturesOf(idp))('%s', async (_file, fixture) => {
    await replay(t, fixture, variables);
  });
});
