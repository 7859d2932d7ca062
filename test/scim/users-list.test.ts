import { createTestApp, type TestApp } from '../support/app';
import { pinnedClock } from '../support/clock';
import { ENTERPRISE, ROLE, SCIM_JSON, createScimClient, type ScimClient } from './users-client';

const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

let t: TestApp;
let scim: ScimClient;
const ids: Record<string, string> = {};

/** Four users, created in this order (the pinned clock makes creation times distinct). */
const USERS: Record<string, Record<string, unknown>> = {
  'bjensen@example.com': {
    externalId: 'ExtA',
    name: { familyName: 'Jensen', givenName: 'Barbara' },
    displayName: 'Babs Jensen',
    nickName: 'Babs',
    title: 'Tour Guide',
    userType: 'Employee',
    locale: 'en-US',
    emails: [{ value: 'bjensen@example.com', type: 'work', primary: true }, { value: 'babs@home.org', type: 'home' }],
    phoneNumbers: [{ value: '+1 555 0100', type: 'work' }],
    [ENTERPRISE]: { department: 'Tours', employeeNumber: '701984', manager: { value: 'm-1' } },
    [ROLE]: { role: 'admin' },
  },
  'JSmith@example.com': {
    externalId: 'exta',
    name: { familyName: 'Smith', givenName: 'John' },
    userType: 'Contractor',
    active: false,
    emails: [{ value: 'jsmith@example.org', type: 'work' }],
    [ENTERPRISE]: { department: 'Sales' },
    [ROLE]: { role: 'member' },
  },
  'omalley@example.com': {
    name: { familyName: "O'Malley", givenName: 'Ryan' },
    title: 'Engineer',
    userType: 'Employee',
    emails: [{ value: 'ryan@example.com', type: 'home' }],
  },
  'zed@example.net': { displayName: 'Zed' },
};
const ALL = Object.keys(USERS);
const [BJENSEN, JSMITH, OMALLEY, ZED] = ALL;

beforeAll(async () => {
  t = await createTestApp({ now: pinnedClock() });
  scim = await createScimClient(t, 'list');
  for (const [userName, attributes] of Object.entries(USERS)) ids[userName] = (await scim.createUser(userName, attributes)).id;
});
afterAll(async () => t.close());

const list = (query: string) => scim.call('get', `/Users${query}`);
const userNames = (body: { Resources: { userName: string }[] }) => body.Resources.map((r) => r.userName);

describe('filters run in the database', () => {
  it.each<[string, string[]]>([
    ['userName eq "BJENSEN@EXAMPLE.COM"', [BJENSEN]],
    ['userName sw "j"', [JSMITH]],
    ['userName ew "example.com"', [BJENSEN, JSMITH, OMALLEY]],
    ['userName gt "k"', [OMALLEY, ZED]],
    ['externalId eq "ExtA"', [BJENSEN]],
    ['externalId eq "exta"', [JSMITH]],
    ['name.familyName co "o\'mal"', [OMALLEY]],
    ['name.givenName sw "J"', [JSMITH]],
    ['displayName eq "zed"', [ZED]],
    ['nickName pr', [BJENSEN]],
    ['locale eq "en-us"', [BJENSEN]],
    ['title pr', [BJENSEN, OMALLEY]],
    ['not (title pr)', [JSMITH, ZED]],
    ['externalId co ""', [BJENSEN, JSMITH]],
    ['externalId sw ""', [BJENSEN, JSMITH]],
    ['externalId ew ""', [BJENSEN, JSMITH]],
    ['title co ""', [BJENSEN, OMALLEY]],
    ['name pr', [BJENSEN, JSMITH, OMALLEY]],
    ['not (name pr)', [ZED]],
    ['meta pr', ALL],
    ['title pr and userType eq "Employee"', [BJENSEN, OMALLEY]],
    ['userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")', [BJENSEN, OMALLEY]],
    ['userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")', [ZED]],
    ['emails[type eq "work" and value co "@example.com"]', [BJENSEN]],
    ['emails[type eq "work"].value eq "JSMITH@example.org"', [JSMITH]],
    ['emails[type eq "home"]', [BJENSEN, OMALLEY]],
    ['emails.type eq "home"', [BJENSEN, OMALLEY]],
    ['emails.primary eq true', [BJENSEN, JSMITH, OMALLEY]],
    ['emails pr', [BJENSEN, JSMITH, OMALLEY]],
    ['phoneNumbers.value sw "+1"', [BJENSEN]],
    ['active eq false', [JSMITH]],
    ['active eq "True"', [BJENSEN, OMALLEY, ZED]],
    ['meta.created ge "2026-01-01T00:00:00Z"', ALL],
    ['meta.lastModified lt "2026-01-01T00:00:00Z"', []],
    ['department eq "sales"', [JSMITH]],
    [`${ENTERPRISE}:employeeNumber eq "701984"`, [BJENSEN]],
    [`${ENTERPRISE}:manager.value eq "m-1"`, [BJENSEN]],
    ['role eq "ADMIN"', [BJENSEN]],
    [`${ROLE}:role eq "member"`, [JSMITH]],
    ['userName eq "nobody@example.com"', []],
  ])('%s', async (filter, expected) => {
    const { body } = await list(`?filter=${encodeURIComponent(filter)}`).expect(200);
    expect(userNames(body).sort()).toEqual([...expected].sort());
    expect(body.totalResults).toBe(expected.length);
  });

  it('matches id eq', async () => {
    const { body } = await list(`?filter=${encodeURIComponent(`id eq "${ids[OMALLEY]}"`)}`).expect(200);
    expect(userNames(body)).toEqual([OMALLEY]);
  });

  it('reads + in the query string as a space, with a trailing slash and a capitalised attribute', async () => {
    const { body } = await list('/?filter=DisplayName+eq+%22Zed%22').expect(200);
    expect(userNames(body)).toEqual([ZED]);
  });

  it.each([
    ['password eq "x"', 'password'],
    ['addresses.locality eq "Paris"', 'addresses'],
    ['userName eq', 'Expected a value'],
    ['userName eq "x" and', 'Expected an attribute name'],
    ['meta.created gt "0000-01-01T00:00:00+23:59"', 'meta.created'],
  ])('refuses %s with 400 invalidFilter naming %s', async (filter, named) => {
    const response = await list(`?filter=${encodeURIComponent(filter)}`).expect(400);
    expect(response.headers['content-type']).toBe(SCIM_JSON);
    expect(response.body).toMatchObject({ status: '400', scimType: 'invalidFilter', detail: expect.stringContaining(named) });
  });
});

/** `a or b or …` (or `and`) of `term(i)` and `last`, as long as the SCIM filter text may be (4,096 characters). */
function longest(term: (i: number) => string, last: string, op = 'or'): string {
  const terms = [last];
  for (let i = 0; [term(i), ...terms].join(` ${op} `).length <= 4096; i += 1) terms.unshift(term(i));
  return terms.join(` ${op} `);
}

/** `levels` parentheses, alternating `title eq "x" or (…)` and `userName pr and (…)`: each nested filter last. */
const nestedLast = (levels: number, inner: string): string =>
  levels === 0 ? inner : `${levels % 2 ? 'title eq "x" or' : 'userName pr and'} (${nestedLast(levels - 1, inner)})`;

describe('filters as long and as deep as the filter text may be', () => {
  it.each<[string, () => string, string[]]>([
    ['an or of userName eq', () => longest((i) => `userName eq "u${i}"`, `userName eq "${ZED}"`), [ZED]],
    ['an or of title pr', () => longest(() => 'title pr', 'displayName eq "zed"'), [BJENSEN, OMALLEY, ZED]],
    ['an and of title ne', () => longest((i) => `title ne "t${i}"`, 'userName ew ".net"', 'and'), [ZED]],
    ['31 nested parentheses, alternating or and and', () => nestedLast(31, `userName eq "${ZED}"`), [ZED]],
  ])('%s', async (_case, filter, expected) => {
    const { body } = await list(`?filter=${encodeURIComponent(filter())}&count=10`).expect(200);
    expect(userNames(body)).toEqual(expected);
  });
});

describe('index paging', () => {
  it('keeps creation order by default, stable across pages', async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((startIndex) => list(`?startIndex=${startIndex}&count=1`).expect(200)));
    expect(pages.map((page) => userNames(page.body)[0])).toEqual(ALL);
    expect(pages[1].body).toMatchObject({ schemas: [LIST], totalResults: 4, startIndex: 2, itemsPerPage: 1 });
  });

  it('sorts by sortBy and sortOrder', async () => {
    const { body } = await list('?sortBy=userName&sortOrder=descending&startIndex=2&count=2').expect(200);
    expect(userNames(body)).toEqual([OMALLEY, JSMITH]);
    expect(body).toMatchObject({ totalResults: 4, startIndex: 2, itemsPerPage: 2 });
  });

  it('answers count=0 with the total only', async () => {
    const { body } = await list('?count=0').expect(200);
    expect(body).toEqual({ schemas: [LIST], totalResults: 4, startIndex: 1, itemsPerPage: 0, Resources: [] });
  });

  it('answers a startIndex past the end with an empty page', async () => {
    const { body } = await list('?startIndex=10&count=5').expect(200);
    expect(body).toEqual({ schemas: [LIST], totalResults: 4, startIndex: 10, itemsPerPage: 0, Resources: [] });
  });

  it('refuses an unsortable sortBy with 400 invalidValue', async () => {
    const { body } = await list('?sortBy=emails').expect(400);
    expect(body).toMatchObject({ status: '400', scimType: 'invalidValue' });
  });
});

describe('cursor paging (RFC 9865)', () => {
  it('walks every user with nextCursor, which the last page lacks', async () => {
    const first = await list('?cursor&count=3&sortBy=userName').expect(200);
    expect(first.body).toMatchObject({ totalResults: 4, itemsPerPage: 3, nextCursor: expect.stringMatching(/^[A-Za-z0-9_-]+$/) });
    expect(first.body).not.toHaveProperty('startIndex');
    const second = await list(`?cursor=${first.body.nextCursor}&count=3&sortBy=userName`).expect(200);
    expect(second.body).not.toHaveProperty('nextCursor');
    expect([...userNames(first.body), ...userNames(second.body)]).toEqual([BJENSEN, JSMITH, OMALLEY, ZED]);
  });

  it.each([
    ['a cursor that is not ours', '?cursor=garbage!&count=2'],
    ['a cursor of another sort', '?cursor=WyJ1c2VyTmFtZSIsMCwiYSIsImIiXQ&count=2'],
    ['a previousCursor marker with no cursor', '?cursor=~&count=2'],
  ])('refuses %s with 400 invalidCursor', async (_case, query) => {
    const { body } = await list(query).expect(400);
    expect(body).toMatchObject({ status: '400', scimType: 'invalidCursor' });
  });

  it('walks back with previousCursor, which the first page lacks', async () => {
    const first = await list('?cursor&count=2&sortBy=userName').expect(200);
    expect(first.body).not.toHaveProperty('previousCursor');
    const second = await list(`?cursor=${first.body.nextCursor}&count=2&sortBy=userName`).expect(200);
    expect(userNames(second.body)).toEqual([OMALLEY, ZED]);
    expect(second.body.previousCursor).toMatch(/^[A-Za-z0-9._~-]+$/);
    const back = await list(`?cursor=${second.body.previousCursor}&count=2&sortBy=userName`).expect(200);
    expect(userNames(back.body)).toEqual([BJENSEN, JSMITH]);
    expect(back.body).not.toHaveProperty('previousCursor');
    expect(back.body).toMatchObject({ totalResults: 4, itemsPerPage: 2, nextCursor: first.body.nextCursor });
  });

  it('steps back by count from the middle of a descending list', async () => {
    const first = await list('?cursor&count=3&sortBy=userName&sortOrder=descending').expect(200);
    const second = await list(`?cursor=${first.body.nextCursor}&count=3&sortBy=userName&sortOrder=descending`).expect(200);
    expect(userNames(second.body)).toEqual([BJENSEN]);
    const back = await list(`?cursor=${second.body.previousCursor}&count=1&sortBy=userName&sortOrder=descending`).expect(200);
    expect(userNames(back.body)).toEqual([JSMITH]);
    expect(back.body.previousCursor).toBeDefined();
  });

  it('refuses a previousCursor that is not ours with 400 invalidCursor', async () => {
    const { body } = await list('?cursor=~garbage&count=2').expect(400);
    expect(body).toMatchObject({ status: '400', scimType: 'invalidCursor' });
  });

  it('refuses startIndex with cursor', async () => {
    await list('?cursor&startIndex=1').expect(400);
  });
});

describe('POST /Users/.search', () => {
  it('takes the request in the body (RFC 7644 §3.4.3)', async () => {
    const search = {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
      attributes: ['userName'],
      filter: 'userType eq "Employee"',
      sortBy: 'userName',
      sortOrder: 'descending',
      startIndex: 1,
      count: 10,
    };
    const { body } = await scim.call('post', '/Users/.search', search).expect(200);
    expect(body).toEqual({
      schemas: [LIST],
      totalResults: 2,
      startIndex: 1,
      itemsPerPage: 2,
      Resources: [OMALLEY, BJENSEN].map((userName) => ({ schemas: expect.any(Array), id: ids[userName], userName })),
    });
  });

  it('refuses a body that is not an object with 400 invalidSyntax', async () => {
    const { body } = await scim.call('post', '/Users/.search', ['userName']).expect(400);
    expect(body.scimType).toBe('invalidSyntax');
  });
});

describe('projection in lists', () => {
  it('keeps only the attributes asked for', async () => {
    const { body } = await list(`?filter=${encodeURIComponent(`userName eq "${ZED}"`)}&attributes=userName,emails`).expect(200);
    expect(body.Resources).toEqual([{ schemas: expect.any(Array), id: ids[ZED], userName: ZED }]);
  });

  it('drops excluded attributes', async () => {
    const { body } = await list(`?filter=${encodeURIComponent(`userName eq "${BJENSEN}"`)}&excludedAttributes=emails,meta,${ENTERPRISE}`).expect(200);
    expect(body.Resources[0]).not.toHaveProperty('emails');
    expect(body.Resources[0]).not.toHaveProperty('meta');
    expect(body.Resources[0]).not.toHaveProperty(ENTERPRISE);
    expect(body.Resources[0]).toMatchObject({ id: ids[BJENSEN], phoneNumbers: [{ value: '+1 555 0100', type: 'work' }] });
  });

  it('answers the lower-case path too', async () => {
    const { body } = await list('?count=1').expect(200);
    const lower = await scim.call('get', '/users?count=1').expect(200);
    expect(lower.body).toEqual(body);
  });
});
