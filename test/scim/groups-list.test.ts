import { createTestApp, type TestApp } from '../support/app';
import { GROUP, createGroup, createUsers, memberIdsOf, members, seedUsers, statementsOf } from './groups-client';
import { createScimClient, type ScimClient } from './users-client';

let t: TestApp;
let scim: ScimClient;
let users: string[];
const groups: Record<string, Record<string, any>> = {};

const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const list = async (query: string) => (await scim.call('get', `/Groups?${query}`).expect(200)).body;
const filtered = async (filter: string, extra = '') => list(`filter=${encodeURIComponent(filter)}${extra}`);
const names = (body: Record<string, any>): string[] => body.Resources.map((r: Record<string, any>) => r.displayName);

beforeAll(async () => {
  t = await createTestApp();
  scim = await createScimClient(t, 'group-list');
  users = await createUsers(scim, 'lister', 3);
  groups.alpha = await createGroup(scim, 'Alpha Team', [users[0], users[1]], { externalId: 'ext-alpha' });
  groups.beta = await createGroup(scim, 'beta team', [users[1]], { externalId: 'ext-beta' });
  groups.gamma = await createGroup(scim, 'Gamma Team', []);
});
afterAll(async () => t.close());

describe('GET /Groups: filters', () => {
  it.each([
    ['displayName eq "alpha team"', ['Alpha Team']],
    ['displayName eq "ALPHA TEAM"', ['Alpha Team']],
    ['displayName sw "b"', ['beta team']],
    ['externalId eq "ext-beta"', ['beta team']],
    ['externalId eq "EXT-BETA"', []],
    ['externalId pr', ['Alpha Team', 'beta team']],
    ['externalId co ""', ['Alpha Team', 'beta team']],
    ['members pr', ['Alpha Team', 'beta team']],
    ['not (members pr)', ['Gamma Team']],
    ['meta pr', ['Alpha Team', 'beta team', 'Gamma Team']],
    ['meta.created gt "2000-01-01T00:00:00Z"', ['Alpha Team', 'beta team', 'Gamma Team']],
  ])('%s', async (filter, expected) => {
    expect(names(await filtered(filter))).toEqual(expected);
  });

  it.each([
    ['members[value eq "{0}"]', ['Alpha Team']],
    ['members.value eq "{1}"', ['Alpha Team', 'beta team']],
    ['members eq "{1}"', ['Alpha Team', 'beta team']],
    ['members[value eq "{0}" or value eq "{2}"]', ['Alpha Team']],
    ['members.value eq "{0}" and members.value eq "{1}"', ['Alpha Team']],
  ])('%s', async (template, expected) => {
    const filter = template.replace('{0}', users[0]).replace('{1}', users[1]).replace('{2}', users[2]);
    expect(names(await filtered(filter))).toEqual(expected);
  });

  describe('on meta (DESIGN.md: meta.*)', () => {
    const all = ['Alpha Team', 'beta team', 'Gamma Team'];
    const location = (group: Record<string, any>): string => group.meta.location;

    it.each([
      ['meta.resourceType eq "Group"', all],
      ['meta.resourceType eq "User"', []],
      ['meta.resourceType ne "Group"', []],
      ['not (meta.resourceType eq "Group")', []],
      ['meta.resourceType eq "Group" or displayName eq "nobody"', all],
      ['meta.location pr', all],
      ['not (meta.location pr)', []],
    ])('%s', async (filter, expected) => {
      expect(names(await filtered(filter))).toEqual(expected);
    });

    it('finds a group by meta.location, or every other with ne', async () => {
      expect(names(await filtered(`meta.location eq "${location(groups.alpha)}"`))).toEqual(['Alpha Team']);
      expect(names(await filtered(`meta.location ne "${location(groups.alpha)}"`))).toEqual(['beta team', 'Gamma Team']);
    });

    it('compares meta.version, as a weak ETag or a quoted number, with the version', async () => {
      const other = await createScimClient(t, 'group-versions');
      const renamed = await createGroup(other, 'Renamed Twice');
      await createGroup(other, 'Untouched');
      for (const name of ['Renamed Once', 'Renamed Twice']) {
        await other.call('patch', `/Groups/${renamed.id}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'displayName', value: name }] }).expect(204);
      }
      const byVersion = async (filter: string) => names((await other.call('get', `/Groups?filter=${encodeURIComponent(filter)}`).expect(200)).body);
      expect(await byVersion('meta.version eq "W/\\"3\\""')).toEqual(['Renamed Twice']);
      expect(await byVersion('meta.version eq "\\"3\\""')).toEqual(['Renamed Twice']);
      expect(await byVersion('meta.version ne "W/\\"3\\""')).toEqual(['Untouched']);
      expect(await byVersion('meta.version eq "W/\\"1\\""')).toEqual(['Untouched']);
    });
  });

  it('answers Entra\'s displayName lookup without members (excludedAttributes=members)', async () => {
    const body = await filtered('displayName eq "Alpha Team"', '&excludedAttributes=members');
    expect(body).toMatchObject({ schemas: [LIST], totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(body.Resources[0]).not.toHaveProperty('members');
    expect(body.Resources[0]).toMatchObject({ id: groups.alpha.id, externalId: 'ext-alpha' });
  });

  it.each([
    ['members.display eq "x"', 'members.display'],
    ['description eq "x"', 'description'],
    ['meta.version gt "W/\\"1\\""', 'meta.version'],
    ['meta.version eq "latest"', 'meta.version'],
    ['meta.resourceType co "Gr"', 'meta.resourceType'],
    ['members[not (value eq "x")]', 'members[…]'],
  ])('answers 400 invalidFilter for %s, naming the attribute', async (filter, named) => {
    const { body } = await scim.call('get', `/Groups?filter=${encodeURIComponent(filter)}`).expect(400);
    expect(body).toMatchObject({ scimType: 'invalidFilter', detail: expect.stringContaining(named) });
  });

  it('returns an empty list with Resources for no match', async () => {
    expect(await filtered('displayName eq "nobody"')).toEqual({ schemas: [LIST], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] });
  });
});

describe('GET /Groups: sort and paging', () => {
  it.each([
    ['sortBy=displayName', ['Alpha Team', 'beta team', 'Gamma Team']],
    ['sortBy=displayName&sortOrder=descending', ['Gamma Team', 'beta team', 'Alpha Team']],
    ['sortBy=externalId', ['Alpha Team', 'beta team', 'Gamma Team']],
    ['sortBy=meta.created&sortOrder=descending', ['Gamma Team', 'beta team', 'Alpha Team']],
  ])('sorts with %s', async (query, expected) => {
    expect(names(await list(query))).toEqual(expected);
  });

  it('answers 400 invalidValue for an unsortable attribute', async () => {
    expect((await scim.call('get', '/Groups?sortBy=members').expect(400)).body.scimType).toBe('invalidValue');
  });

  it('pages by index as Okta\'s Refresh App Groups does, with integer totals and a stable order', async () => {
    const first = await list('startIndex=1&count=2');
    const second = await list('startIndex=3&count=2');
    expect([first.totalResults, first.startIndex, first.itemsPerPage, second.startIndex, second.itemsPerPage]).toEqual([3, 1, 2, 3, 1]);
    expect([...names(first), ...names(second)]).toEqual(['Alpha Team', 'beta team', 'Gamma Team']);
  });

  it('reads every index page over the current rows, whatever was served before (nothing is remembered between requests)', async () => {
    const walker = await createScimClient(t, 'group-walk');
    const ids = [];
    for (const name of ['Walk A', 'Walk B', 'Walk C', 'Walk D']) ids.push((await createGroup(walker, name)).id);
    const first = (await walker.call('get', '/Groups?startIndex=1&count=2').expect(200)).body;
    await walker.call('delete', `/Groups/${ids[0]}`).expect(204);
    const second = (await walker.call('get', '/Groups?startIndex=3&count=2').expect(200)).body;
    // RFC 7644 §3.4.2.4: index paging is an offset into the list as it is now; cursor paging (RFC 9865) is the stable walk.
    expect([names(first), first.totalResults]).toEqual([['Walk A', 'Walk B'], 4]);
    expect([names(second), second.totalResults]).toEqual([['Walk D'], 3]);
    const again = (await walker.call('get', '/Groups?startIndex=2&count=2').expect(200)).body;
    expect([names(again), again.totalResults]).toEqual([['Walk C', 'Walk D'], 3]);
  });

  it('answers count=0 with the total only', async () => {
    expect(await list('count=0')).toMatchObject({ totalResults: 3, itemsPerPage: 0, Resources: [] });
  });

  it('pages by cursor (RFC 9865) with nextCursor on every page but the last', async () => {
    const first = await list('cursor&count=2');
    expect(first).not.toHaveProperty('startIndex');
    expect(names(first)).toEqual(['Alpha Team', 'beta team']);
    const second = await list(`cursor=${first.nextCursor}&count=2`);
    expect([names(second), second.nextCursor, second.totalResults]).toEqual([['Gamma Team'], undefined, 3]);
    expect(first).not.toHaveProperty('previousCursor');
    const back = await list(`cursor=${second.previousCursor}&count=2`);
    expect([names(back), back.nextCursor, back.previousCursor]).toEqual([['Alpha Team', 'beta team'], first.nextCursor, undefined]);
  });

  it.each([
    ['a cursor that is not ours', 'cursor=bm90LWEtY3Vyc29y&count=2', 'invalidCursor'],
    ['a cursor of another sort order', 'cursor={users}&count=2&sortBy=displayName', 'invalidCursor'],
    ['count=0 with a cursor', 'cursor&count=0', 'invalidCount'],
    ['a count that is no integer', 'count=ten', 'invalidCount'],
  ])('answers 400 for %s', async (_label, query, scimType) => {
    const first = await list('cursor&count=1');
    const { body } = await scim.call('get', `/Groups?${query.replace('{users}', first.nextCursor)}`).expect(400);
    expect(body.scimType).toBe(scimType);
  });

  it('serves POST /Groups/.search with the same parameters', async () => {
    const body = { schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'], filter: 'displayName eq "beta team"', attributes: ['displayName'] };
    const { body: found } = await scim.call('post', '/Groups/.search', body).expect(200);
    expect(found.Resources).toEqual([{ schemas: [GROUP], id: groups.beta.id, displayName: 'beta team' }]);
  });
});

describe('GET /Groups: large member lists', () => {
  it('renders every member of a team larger than one member page, reading the members a page of 1,000 at a time', async () => {
    const many = await seedUsers(t, scim.organizationId, 2500);
    const group = await createGroup(scim, 'Large Team', many);
    let body: Record<string, any> = {};
    const statements = await statementsOf(t, async () => ({ body } = await scim.call('get', `/Groups/${group.id}`).expect(200)));
    expect(memberIdsOf(body)).toEqual([...many].sort());
    const pages = statements.filter((sql) => /^\s*select/i.test(sql) && /from team_members/i.test(sql));
    expect(pages).toHaveLength(3);
    expect(pages.every((sql) => /order by user_id limit/i.test(sql))).toBe(true);
    const listed = await filtered('displayName eq "Large Team"');
    expect(listed.Resources[0].members).toHaveLength(2500);
  });
});
