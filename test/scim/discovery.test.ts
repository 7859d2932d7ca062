import { MAX_RESULTS, DEFAULT_PAGE_SIZE } from '../../src/scim/list-request';
import type { AttributeCatalogue, AttributeDefinition } from '../../src/scim/schema-catalogue';
import { GROUP_CATALOGUE, SCHEMA_DOCUMENTS, USER_CATALOGUE } from '../../src/scim/schemas';
import { createTestApp, type TestApp } from '../support/app';
import { GROUP, seedUsers } from './groups-client';
import { CORE, ENTERPRISE, ROLE, createScimClient, type ScimClient } from './users-client';

let t: TestApp;
let scim: ScimClient;

const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const get = async (path: string) => (await scim.call('get', path).expect(200)).body;

beforeAll(async () => {
  t = await createTestApp();
  scim = await createScimClient(t, 'discovery');
});
afterAll(async () => t.close());

describe('GET /ServiceProviderConfig', () => {
  it('announces what the service supports (RFC 7643 §5, RFC 9865 §4)', async () => {
    expect(await get('/ServiceProviderConfig')).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
      patch: { supported: true },
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: MAX_RESULTS },
      changePassword: { supported: false },
      sort: { supported: true },
      etag: { supported: true },
      pagination: { cursor: true, index: true, defaultPaginationMethod: 'index', defaultPageSize: DEFAULT_PAGE_SIZE, maxPageSize: MAX_RESULTS, cursorTimeout: 3600 },
      authenticationSchemes: [expect.objectContaining({ type: 'oauthbearertoken', primary: true })],
      meta: { resourceType: 'ServiceProviderConfig', location: `${scim.baseUrl}/ServiceProviderConfig` },
    });
  });

  it.each(['/ServiceProviderConfig', '/ResourceTypes', '/Schemas', `/Schemas/${CORE}`])('answers 403 to a filter or sort on %s (RFC 7644 §4)', async (path) => {
    await scim.call('get', `${path}?filter=${encodeURIComponent('id eq "User"')}`).expect(403);
    await scim.call('get', `${path}?sortBy=id`).expect(403);
  });

  it('needs a scim token like every SCIM endpoint', async () => {
    const { body } = await scim.call('get', '/ServiceProviderConfig').set('Authorization', 'Bearer nope').expect(401);
    expect(body.status).toBe('401');
  });

  it('answers POST /Bulk with 501, as bulk.supported says', async () => {
    expect((await scim.call('post', '/Bulk', { schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'], Operations: [] }).expect(501)).body.status).toBe('501');
  });
});

describe('GET /ResourceTypes and /Schemas', () => {
  it('lists User (with the enterprise and role extensions) and Group as a ListResponse', async () => {
    const body = await get('/ResourceTypes');
    expect(body).toMatchObject({ schemas: [LIST], totalResults: 2, itemsPerPage: 2, startIndex: 1 });
    expect(body.Resources).toEqual([
      expect.objectContaining({ id: 'User', endpoint: '/Users', schema: CORE, schemaExtensions: [{ schema: ENTERPRISE, required: false }, { schema: ROLE, required: false }] }),
      expect.objectContaining({ id: 'Group', endpoint: '/Groups', schema: GROUP, schemaExtensions: [] }),
    ]);
    expect(await get('/ResourceTypes/Group')).toEqual({ ...body.Resources[1], meta: { resourceType: 'ResourceType', location: `${scim.baseUrl}/ResourceTypes/Group` } });
  });

  it('resolves every schema URN a resource type names under /Schemas', async () => {
    const urns = (await get('/ResourceTypes')).Resources.flatMap((type: Record<string, any>) => [type.schema, ...type.schemaExtensions.map((e: { schema: string }) => e.schema)]);
    for (const urn of urns) expect((await get(`/Schemas/${urn}`)).id).toBe(urn);
  });

  it('serves the schema documents of schema/scim/ with absolute locations', async () => {
    const body = await get('/Schemas');
    expect(body.Resources.map((s: { id: string }) => s.id)).toEqual(SCHEMA_DOCUMENTS.map((s) => s.id));
    for (const schema of body.Resources) {
      expect(schema.meta).toEqual({ resourceType: 'Schema', location: `${scim.baseUrl}/Schemas/${schema.id}` });
      expect(schema.attributes).toEqual(SCHEMA_DOCUMENTS.find((s) => s.id === schema.id)?.attributes);
    }
  });

  it.each(['/ResourceTypes/Role', '/Schemas/urn:ietf:params:scim:schemas:core:2.0:Nothing'])('answers 404 for %s', async (path) => {
    await scim.call('get', path).expect(404);
  });
});

/** Every attribute path of a catalogue a filter could name, with whether the catalogue marks it filterable. */
function filterPaths(catalogue: AttributeCatalogue): [string, boolean][] {
  const walk = (prefix: string, attributes: readonly AttributeDefinition[], parentFilterable: boolean): [string, boolean][] =>
    attributes.flatMap((attribute) => {
      const path = `${prefix}${attribute.name}`;
      const filterable = parentFilterable && attribute.filterable === true;
      const subs = (attribute.subAttributes ?? []) as AttributeDefinition[];
      // A complex attribute is itself a filter target only through its `value` (RFC 7644 §3.4.2.2).
      const self: [string, boolean][] = attribute.type !== 'complex' || subs.some((s) => s.name === 'value') ? [[path, filterable && (attribute.type !== 'complex' || subs.some((s) => s.name === 'value' && s.filterable === true))]] : [];
      return [...self, ...walk(`${path}.`, subs, filterable)];
    });
  return [
    ...walk('', catalogue.core.attributes as AttributeDefinition[], true),
    ...(catalogue.extensions ?? []).flatMap((extension) => walk(`${extension.id}:`, extension.attributes as AttributeDefinition[], true)),
  ];
}

describe('the catalogues the documents come from agree with what filters accept', () => {
  it.each([
    ['/Users', USER_CATALOGUE],
    ['/Groups', GROUP_CATALOGUE],
  ])('%s: every attribute marked filterable is accepted and every other one is 400 invalidFilter', async (endpoint, catalogue) => {
    const wrong: string[] = [];
    for (const [path, filterable] of filterPaths(catalogue)) {
      const response = await scim.call('get', `${endpoint}?filter=${encodeURIComponent(`${path} pr`)}&count=0`);
      const accepted = response.status === 200;
      if (accepted !== filterable || (!accepted && response.body.scimType !== 'invalidFilter')) wrong.push(`${path}: ${response.status} ${response.body.detail ?? ''}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the documents agree with what the server enforces', () => {
  const required = (schemaId: string) =>
    (SCHEMA_DOCUMENTS.find((s) => s.id === schemaId)?.attributes as { name: string; required: boolean; uniqueness?: string }[]).filter((a) => a.required);

  it.each([
    ['/Users', CORE, { schemas: [CORE], userName: 'required@example.com' }],
    ['/Groups', GROUP, { schemas: [GROUP], displayName: 'Required Group' }],
  ])('%s: leaving out a required attribute is 400, a server-unique one taken in another case is 409', async (endpoint, schemaId, body) => {
    for (const attribute of required(schemaId)) {
      const { [attribute.name]: value, ...rest } = body as Record<string, unknown>;
      expect((await scim.call('post', endpoint, rest).expect(400)).body.scimType).toBe('invalidValue');
      await scim.call('post', endpoint, body).expect(201);
      if (attribute.uniqueness === 'server') {
        const again = await scim.call('post', endpoint, { ...rest, [attribute.name]: String(value).toUpperCase() }).expect(409);
        expect(again.body.scimType).toBe('uniqueness');
      }
    }
  });

  it('returns every enterprise attribute /Schemas calls readWrite as it was sent, and none it says is never returned', async () => {
    type Served = { name: string; type: string; mutability: string; returned: string; subAttributes?: Served[] };
    const idp = await createScimClient(t, 'enterprise');
    const manager = await idp.createUser('enterprise-manager@example.com');
    const valueOf = (attribute: Served, path: string) => (path === 'manager.value' ? manager.id : attribute.type === 'reference' ? `${scim.baseUrl}/Users/${manager.id}` : `sent ${path}`);
    const leaves = (attributes: Served[], prefix = ''): [string, Served][] =>
      attributes.flatMap((a) => (a.subAttributes ? leaves(a.subAttributes, `${prefix}${a.name}.`) : [[`${prefix}${a.name}`, a] as [string, Served]]));
    const served = leaves((await get(`/Schemas/${ENTERPRISE}`)).attributes).filter(([, a]) => a.mutability !== 'readOnly');
    const extension: Record<string, any> = {};
    for (const [path, attribute] of served) {
      const [name, sub] = path.split('.');
      if (sub) extension[name] = { ...extension[name], [sub]: valueOf(attribute, path) };
      else extension[name] = valueOf(attribute, path);
    }
    const { body } = await idp.call('post', '/Users', { schemas: [CORE, ENTERPRISE], userName: 'enterprise-all@example.com', [ENTERPRISE]: extension }).expect(201);
    const read = (path: string) => path.split('.').reduce((value, key) => value?.[key], body[ENTERPRISE]);
    const wrong = served.filter(([path, a]) => (a.returned === 'never' ? read(path) !== undefined : read(path) !== valueOf(a, path))).map(([path, a]) => `${path} (${a.mutability}, returned ${a.returned}): ${read(path)}`);
    expect(wrong).toEqual([]);
  });

  it('caps every page at maxResults = maxPageSize and serves defaultPageSize when no count is given', async () => {
    await seedUsers(t, scim.organizationId, MAX_RESULTS + 1);
    const config = await get('/ServiceProviderConfig');
    const capped = await get(`/Users?count=${MAX_RESULTS * 5}`);
    expect([capped.itemsPerPage, capped.totalResults]).toEqual([config.filter.maxResults, MAX_RESULTS + 2]);
    expect(config.pagination.maxPageSize).toBe(config.filter.maxResults);
    expect((await get('/Users')).itemsPerPage).toBe(config.pagination.defaultPageSize);
    expect((await get(`/Users?cursor&count=${MAX_RESULTS * 5}`)).itemsPerPage).toBe(config.pagination.maxPageSize);
    // Renders three pages of 1,000 full users: allow for a loaded machine.
  }, 120_000);

  it('serves the ETag the configuration announces, equal to meta.version', async () => {
    const { body, headers } = await scim.call('post', '/Groups', { schemas: [GROUP], displayName: 'Etag Group' }).expect(201);
    expect(headers.etag).toBe(body.meta.version);
  });
});
