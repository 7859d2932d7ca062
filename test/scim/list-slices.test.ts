import { systemContext } from '../../src/domain/context';
import { seedOrganization } from '../../src/domain/seed/seed.service';
import { SLICE_ROWS } from '../../src/scim/paging';
import { createTestApp, type TestApp } from '../support/app';
import { statementsRun } from '../support/sql';
import { seedUsers, statementsOf } from './groups-client';
import { createScimClient, type ScimClient } from './users-client';

/**
 * A page larger than SLICE_ROWS is read and rendered in slices, with the event loop free in
 * between (src/scim/paging.ts). Whatever the slicing, the page is the one a single read would give:
 * the same resources in the same order, the same `totalResults` (one COUNT, after the slices, or
 * none when the page reaches the end of the list), the same next cursor.
 */
const USERS = SLICE_ROWS * 2 + 37;
const TEAMS = SLICE_ROWS + 20;

let t: TestApp;
let scim: ScimClient;
let ids: string[];

beforeAll(async () => {
  t = await createTestApp();
  scim = await createScimClient(t, 'slices');
  ids = await seedUsers(t, scim.organizationId, USERS);
  await seedOrganization(systemContext(t.orm.em, scim.organizationId), { users: 0, teams: TEAMS });
}, 120_000);
afterAll(async () => t.close());

const idsOf = (body: { Resources: { id: string }[] }): string[] => body.Resources.map((resource) => resource.id);

/** Every user id in list order, read one page of SLICE_ROWS (no slicing) at a time. */
async function inPagesOf(query: string): Promise<string[]> {
  const all: string[] = [];
  for (let start = 1; ; start += SLICE_ROWS) {
    const page = (await scim.call('get', `/Users?${query}&startIndex=${start}&count=${SLICE_ROWS}`).expect(200)).body;
    all.push(...idsOf(page));
    if (page.Resources.length < SLICE_ROWS) return all;
  }
}

it.each([
  ['the default order', 'attributes=id'],
  ['userName descending', 'attributes=id&sortBy=userName&sortOrder=descending'],
])('serves a large index page in %s exactly as small pages would', async (_name, query) => {
  const expected = await inPagesOf(query);
  expect(expected).toHaveLength(USERS);
  for (const [start, count] of [
    [1, 1000],
    [SLICE_ROWS - 3, SLICE_ROWS + 10],
    [SLICE_ROWS + 1, SLICE_ROWS * 2],
  ]) {
    const page = (await scim.call('get', `/Users?${query}&startIndex=${start}&count=${count}`).expect(200)).body;
    expect(idsOf(page)).toEqual(expected.slice(start - 1, start - 1 + count));
    expect(page).toMatchObject({ totalResults: USERS, startIndex: start, itemsPerPage: Math.min(count, USERS - start + 1) });
  }
});

it.each([
  ['Users starting past the end of the list', `/Users?attributes=id&startIndex=${USERS + 5}&count=${SLICE_ROWS + 50}`, USERS, 0],
  ['Users ending inside the list', `/Users?attributes=id&startIndex=${USERS - 10}&count=${SLICE_ROWS + 50}`, USERS, 11],
  ['Users filtered, ending inside the matches', `/Users?attributes=id&filter=${encodeURIComponent('userName sw "u"')}&startIndex=2&count=1000`, USERS, USERS - 1],
  ['Groups stopping short of the end', `/Groups?excludedAttributes=members&count=${SLICE_ROWS + 10}`, TEAMS, SLICE_ROWS + 10],
  ['Groups reaching the end', `/Groups?excludedAttributes=members&startIndex=3&count=1000`, TEAMS, TEAMS - 2],
])('answers a sliced index page of %s with the total of the whole list', async (_name, path, total, items) => {
  const page = (await scim.call('get', path).expect(200)).body;
  expect(page).toMatchObject({ totalResults: total, itemsPerPage: items });
  expect(page.Resources ?? []).toHaveLength(items);
});

const isCount = (sql: string): boolean => /count\(\*\)/i.test(sql);
const isUsersPage = (sql: string): boolean => /from [`"]?users[`"]? t where/i.test(sql) && /limit/i.test(sql);

it('counts the matching rows once for a sliced page that stops short of the end', async () => {
  const statements = await statementsOf(t, () => scim.call('get', `/Users?attributes=id&count=${SLICE_ROWS * 2}`).expect(200));
  expect(statements.filter(isCount)).toHaveLength(1);
  expect(statements.filter(isUsersPage)).toHaveLength(2);
});

it('takes the total of a sliced page that reaches the end of the list from its rows, without a count', async () => {
  const statements = await statementsOf(t, () => scim.call('get', '/Users?attributes=id&count=1000').expect(200));
  expect(statements.filter(isCount)).toHaveLength(0);
  expect(statements.filter(isUsersPage)).toHaveLength(Math.ceil(USERS / SLICE_ROWS));
});

it('counts a sliced page after its last slice, in a turn of the event loop of its own', async () => {
  // Each statement notes whether the event loop has turned since the one before it.
  const turns: { sql: string; afterATurn: boolean }[] = [];
  let turned = true;
  await statementsRun(t.orm, () => scim.call('get', `/Users?attributes=id&startIndex=2&count=${SLICE_ROWS * 2}`).expect(200), (sql) => {
    turns.push({ sql, afterATurn: turned });
    turned = false;
    setImmediate(() => (turned = true));
  });
  expect(turns.map(({ sql }) => sql).filter(isCount)).toHaveLength(1);
  const last = turns[turns.length - 1];
  expect(isCount(last.sql)).toBe(true);
  expect(last.afterATurn).toBe(true);
});

it('ends a sliced cursor page where a single read would, with the next cursor after its last row', async () => {
  const first = (await scim.call('get', `/Users?attributes=id&cursor&count=${SLICE_ROWS * 2 + 5}`).expect(200)).body;
  expect(first.Resources).toHaveLength(SLICE_ROWS * 2 + 5);
  const rest = (await scim.call('get', `/Users?attributes=id&cursor=${first.nextCursor}&count=1000`).expect(200)).body;
  expect(rest.nextCursor).toBeUndefined();
  expect([first.totalResults, rest.totalResults]).toEqual([USERS, USERS]);
  expect([...idsOf(first), ...idsOf(rest)]).toEqual(await inPagesOf('attributes=id'));
  expect(new Set([...idsOf(first), ...idsOf(rest)])).toEqual(new Set(ids));
});
