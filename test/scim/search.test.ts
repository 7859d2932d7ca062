import { createTestApp, type TestApp } from '../support/app';
import { GROUP, createGroup } from './groups-client';
import { CORE, createScimClient, type ScimClient } from './users-client';

let t: TestApp;
let scim: ScimClient;
const SEARCH = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';

const search = async (body: Record<string, unknown>, status = 200) => (await scim.call('post', '/.search', { schemas: [SEARCH], ...body }).expect(status)).body;
/** `User:<userName>` or `Group:<displayName>` per resource, in order. */
const labels = (body: Record<string, any>): string[] =>
  body.Resources.map((r: Record<string, any>) => (r.meta?.resourceType === 'Group' || r.schemas[0] === GROUP ? `Group:${r.displayName}` : `User:${r.userName}`));

const ALL = ['User:ann', 'User:bob', 'User:cat', 'Group:Shared Name', 'Group:Empty'];

beforeAll(async () => {
  t = await createTestApp();
  scim = await createScimClient(t, 'root-search');
  const ann = await scim.createUser('ann', { displayName: 'Shared Name' });
  await scim.createUser('bob', { displayName: 'Bob B' });
  await scim.createUser('cat');
  await createGroup(scim, 'Shared Name', [ann.id]);
  await createGroup(scim, 'Empty');
});
afterAll(async () => t.close());

describe('POST /.search: filters applied per resource type (RFC 7644 §3.4.3)', () => {
  it('lists users then groups, with totals added up', async () => {
    const body = await search({});
    expect(body).toMatchObject({ totalResults: 5, startIndex: 1, itemsPerPage: 5 });
    expect(labels(body)).toEqual(ALL);
    expect(body.Resources[0].schemas).toEqual([CORE]);
    expect(body.Resources[3].schemas).toEqual([GROUP]);
  });

  it.each([
    ['displayName eq "shared name"', ['User:ann', 'Group:Shared Name']],
    ['userName eq "bob"', ['User:bob']],
    ['members pr', ['Group:Shared Name']],
    ['userName eq "cat" or members pr', ['User:cat', 'Group:Shared Name']],
    ['not (userName pr)', ['Group:Shared Name', 'Group:Empty']],
    ['userName eq "ann" and members pr', []],
    ['meta.resourceType eq "Group"', ['Group:Shared Name', 'Group:Empty']],
    ['meta.resourceType eq "User" and userName sw "b"', ['User:bob']],
  ])('%s', async (filter, expected) => {
    const body = await search({ filter });
    expect([labels(body), body.totalResults]).toEqual([expected, expected.length]);
  });

  it('answers 400 invalidFilter for an attribute neither type defines', async () => {
    expect((await search({ filter: 'nickname2 eq "x"' }, 400)).scimType).toBe('invalidFilter');
  });

  it('answers 400 invalidFilter for an attribute a type defines but does not filter on', async () => {
    expect((await search({ filter: 'members.display eq "x"' }, 400)).scimType).toBe('invalidFilter');
  });

  it('answers 400 invalidValue for sortBy', async () => {
    expect((await search({ sortBy: 'displayName' }, 400)).scimType).toBe('invalidValue');
  });

  it('projects each resource with attributes', async () => {
    const body = await search({ filter: 'displayName eq "Shared Name"', attributes: ['userName', 'displayName'] });
    expect(body.Resources.map((r: Record<string, unknown>) => Object.keys(r).sort())).toEqual([
      ['displayName', 'id', 'schemas', 'userName'],
      ['displayName', 'id', 'schemas'],
    ]);
  });
});

describe('POST /.search: paging over the concatenation', () => {
  it.each([
    [1, 2, ['User:ann', 'User:bob']],
    [3, 2, ['User:cat', 'Group:Shared Name']],
    [4, 10, ['Group:Shared Name', 'Group:Empty']],
    [6, 2, []],
    [2, 0, []],
  ])('startIndex=%i count=%i', async (startIndex, count, expected) => {
    const body = await search({ startIndex, count });
    expect([labels(body), body.totalResults, body.startIndex]).toEqual([expected, 5, startIndex]);
  });

  it.each([1, 2, 3, 5])('walks every resource once by cursor with count=%i', async (count) => {
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 10; page += 1) {
      const body = await search({ cursor, count });
      expect(body.totalResults).toBe(5);
      seen.push(...labels(body));
      if (!body.nextCursor) break;
      cursor = body.nextCursor;
    }
    expect(seen).toEqual(ALL);
  });

  it.each([
    ['an unknown prefix', 'x.abc', 'invalidCursor'],
    ['a user cursor that is not ours', 'u.bm90LWEtY3Vyc29y', 'invalidCursor'],
  ])('answers 400 for %s', async (_label, cursor, scimType) => {
    expect((await search({ cursor, count: 2 }, 400)).scimType).toBe(scimType);
  });
});
