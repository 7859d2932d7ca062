import { createTestApp, type TestApp } from '../support/app';
import { planOf, statementsRun } from '../support/sql';
import { createGroup, members, seedUsers, statementsOf } from './groups-client';
import { createScimClient, patchBody, type ScimClient } from './users-client';

/**
 * Membership at scale through the SCIM door (DESIGN.md: "a PATCH on a large team never loads its
 * whole member list"), shown by the SQL each request issues. Timings are in BENCHMARKS.md.
 */
let t: TestApp;
let scim: ScimClient;
let users: string[];
let large: string;

const LARGE = 50_000;
const readsMembers = (sql: string): boolean => /team_members/i.test(sql);
/** A read of membership rows not narrowed to named users: the member list, or a page of it. */
const readsMemberList = (sql: string): boolean => /^\s*select/i.test(sql) && readsMembers(sql) && !/user_id\s+in\s*\(/i.test(sql);
const addAll = (groupId: string, ids: string[]) => scim.call('patch', `/Groups/${groupId}`, patchBody({ op: 'add', path: 'members', value: members(...ids) }));
const removeOne = (groupId: string, id: string) => scim.call('patch', `/Groups/${groupId}`, patchBody({ op: 'remove', path: `members[value eq "${id}"]` }));

beforeAll(async () => {
  t = await createTestApp();
  scim = await createScimClient(t, 'group-scale');
  users = await seedUsers(t, scim.organizationId, LARGE);
  large = (await createGroup(scim, 'Fifty Thousand')).id;
  for (let start = 0; start < LARGE; start += 10_000) expect((await addAll(large, users.slice(start, start + 10_000))).status).toBe(204);
}, 240_000);
afterAll(async () => t.close());

describe(`a ${LARGE.toLocaleString('en')}-member group`, () => {
  it('adds 10,000 members in one PATCH with the statements of an empty group, reading no member list', async () => {
    const empty = (await createGroup(scim, 'Ten Thousand')).id;
    // Created without rendering its members: this test is about the PATCH.
    const created = await scim.call('post', '/Groups?excludedAttributes=members', { displayName: 'Ten Thousand Again', members: members(...users.slice(10_000, 20_000)) });
    const full = created.body.id;
    let status = 0;
    const onEmpty = await statementsOf(t, async () => ({ status } = await addAll(empty, users.slice(0, 10_000))));
    expect(status).toBe(204);
    const onFull = await statementsOf(t, () => addAll(full, users.slice(0, 10_000)));
    expect(onFull.length).toBe(onEmpty.length);
    expect(onFull.filter(readsMemberList)).toEqual([]);
  });

  it('removes one member with as many statements as from a one-member group, reading no member list', async () => {
    const single = (await createGroup(scim, 'Just One', [users[0]])).id;
    const onSingle = await statementsOf(t, () => removeOne(single, users[0]));
    const onLarge = await statementsOf(t, () => removeOne(large, users[25_000]));
    expect(onLarge.length).toBe(onSingle.length);
    expect(onLarge.filter(readsMemberList)).toEqual([]);
    const found = await scim.call('get', `/Groups?filter=${encodeURIComponent(`members[value eq "${users[25_000]}"]`)}&excludedAttributes=members`);
    expect(found.body.Resources.map((g: { id: string }) => g.id)).not.toContain(large);
  });

  it('reads each page of members from the membership key alone, on a database never analysed', async () => {
    // No ANALYZE since the 50,000 rows went in: the plan must not depend on table statistics.
    let body: Record<string, any> = {};
    const statements = await statementsRun(t.orm, async () => ({ body } = await scim.call('get', `/Groups/${large}?attributes=members`).expect(200)));
    expect(body.members).toHaveLength(LARGE - 1);
    const pages = statements.filter(({ sql }) => /^\s*select/i.test(sql) && readsMembers(sql) && /limit/i.test(sql));
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil((LARGE - 1) / 1000));
    for (const page of pages) expect(page.sql).not.toMatch(/\busers\b/i);
    const plan = await planOf(t.orm, t.config.database.driver, pages[pages.length - 1]);
    // SQLite: `SEARCH team_members USING PRIMARY KEY (organization_id=? AND team_id=? AND user_id>?)`;
    // PostgreSQL: an index scan of team_members_pkey under the LIMIT, never a sort of the team.
    expect(plan).toMatch(t.config.database.driver === 'sqlite' ? /team_members USING (COVERING INDEX|PRIMARY KEY)[^\n]*user_id>/ : /Index (Only )?Scan using team_members_pkey/);
    expect(plan).not.toMatch(/TEMP B-TREE|Sort/);
  }, 120_000);

  it('answers GET with excludedAttributes=members without touching membership', async () => {
    let body: Record<string, any> = {};
    const statements = await statementsOf(t, async () => ({ body } = await scim.call('get', `/Groups/${large}?excludedAttributes=members`).expect(200)));
    expect(body.displayName).toBe('Fifty Thousand');
    expect(statements.filter(readsMembers)).toEqual([]);
  });
});
