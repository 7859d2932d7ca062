import { createTestApp, type TestApp } from '../support/app';
import { GROUP, createGroup } from './groups-client';
import { CORE, ENTERPRISE, ROLE, createScimClient, type ScimClient } from './users-client';

/** RFC 7644 §3.4.2.5 and §3.9 through the real app: every door that renders a resource projects alike. */

let t: TestApp;
let scim: ScimClient;
let user: Record<string, any>;
let group: Record<string, any>;

const SEARCH = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';

beforeAll(async () => {
  t = await createTestApp();
  scim = await createScimClient(t, 'projection');
  user = await scim.createUser('bjensen@example.com', {
    name: { givenName: 'Barbara', familyName: 'Jensen', middleName: 'Jane' },
    title: 'Guide',
    emails: [
      { value: 'b@work.example', type: 'work', primary: true },
      { value: 'b@home.example', type: 'home' },
    ],
    [ENTERPRISE]: { department: 'Tours' },
    [ROLE]: { role: 'admin' },
  });
  group = await createGroup(scim, 'Guides', [user.id]);
});
afterAll(async () => t.close());

const byFilter = `filter=${encodeURIComponent('userName eq "bjensen@example.com"')}`;

describe('attributes naming several parts of one parent', () => {
  it.each([
    ['name.givenName,name.familyName', () => ({ name: { givenName: 'Barbara', familyName: 'Jensen' } })],
    ['name,name.givenName', () => ({ name: user.name })],
    ['emails.value,emails.type', () => ({ emails: user.emails.map(({ value, type }: Record<string, unknown>) => ({ value, type })) })],
    ['meta.created,meta.version', () => ({ meta: { created: user.meta.created, version: user.meta.version } })],
  ])('GET /Users/{id}?attributes=%s keeps every part', async (attributes, expected) => {
    const { body } = await scim.call('get', `/Users/${user.id}?attributes=${attributes}`).expect(200);
    expect(body).toEqual({ schemas: [CORE], id: user.id, ...expected() });
  });

  it('GET /Users keeps every part in each resource', async () => {
    const { body } = await scim.call('get', `/Users?${byFilter}&attributes=name.givenName,name.familyName`).expect(200);
    expect(body.Resources).toEqual([{ schemas: [CORE], id: user.id, name: { givenName: 'Barbara', familyName: 'Jensen' } }]);
  });

  it.each(['/Users/.search', '/.search'])('POST %s keeps every part', async (path) => {
    const attributes = ['name.givenName', 'name.familyName', 'meta.created', 'meta.version'];
    const { body } = await scim.call('post', path, { schemas: [SEARCH], filter: 'userName eq "bjensen@example.com"', attributes }).expect(200);
    expect(body.Resources).toEqual([
      { schemas: [CORE], id: user.id, name: { givenName: 'Barbara', familyName: 'Jensen' }, meta: { created: user.meta.created, version: user.meta.version } },
    ]);
  });

  it('GET /Groups/{id}?attributes=members.value,members.display keeps both for each member', async () => {
    const { body } = await scim.call('get', `/Groups/${group.id}?attributes=members.value,members.display`).expect(200);
    expect(body).toEqual({ schemas: [GROUP], id: group.id, members: [{ value: user.id, display: 'bjensen@example.com' }] });
  });
});

describe('an extension the projection leaves empty goes, with its URN in schemas', () => {
  it.each([
    [`excludedAttributes=${ROLE}:role`, [CORE, ENTERPRISE]],
    [`excludedAttributes=${ENTERPRISE}:department,${ROLE}`, [CORE]],
    [`attributes=userName,${ENTERPRISE}:costCenter`, [CORE]],
  ])('GET /Users/{id}?%s', async (query, schemas) => {
    const { body } = await scim.call('get', `/Users/${user.id}?${query}`).expect(200);
    expect(body.schemas).toEqual(schemas);
    expect(Object.keys(body).filter((key) => key.startsWith('urn:'))).toEqual(schemas.slice(1));
  });
});
