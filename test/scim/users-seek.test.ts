import { createTestApp, type TestApp } from '../support/app';
import { planOf as planOfStatement, statementsRun, type Statement } from '../support/sql';
import { seedUsers } from './groups-client';
import { createScimClient, type ScimClient } from './users-client';

/**
 * Cursor paging starts the page at the keyset cursor through the (organization_id, created_at, id)
 * index: the plan bounds created_at, so a page deep in the directory does not walk the rows before
 * it. An index page reads the same index in order, skipping its offset, without sorting.
 */
let t: TestApp;
let scim: ScimClient;
const SEED = 2000;

beforeAll(async () => {
  t = await createTestApp();
  scim = await createScimClient(t, 'seek');
  await seedUsers(t, scim.organizationId, SEED);
  await t.orm.em.getConnection().execute('analyze');
}, 120_000);
afterAll(async () => t.close());

/** The users page query `work` issues, with its bindings. */
async function pageQuery(work: () => Promise<unknown>): Promise<Statement> {
  const seen = await statementsRun(t.orm, work);
  const found = seen.find((q) => /from [`"]?users\b/i.test(q.sql) && /limit/i.test(q.sql) && /created_at/i.test(q.sql));
  if (!found) throw new Error(`no users page query among ${seen.map((q) => q.sql).join('\n')}`);
  return found;
}

const planOf = (statement: Statement): Promise<string> => planOfStatement(t.orm, t.config.database.driver, statement);

/** SQLite: `SEARCH … USING INDEX users_org_created_index (organization_id=? AND created_at>?)`; PostgreSQL: the bound in its Index Cond. */
const SEEKS = /users_org_created_index[\s\S]*(created_at>|created_at >=)/;

describe('paging deep into 2,000 users', () => {
  it('reads an index page deep in the directory in the order of (organization_id, created_at, id), sorting nothing', async () => {
    const query = await pageQuery(() => scim.call('get', '/Users?startIndex=1001&count=100').expect(200));
    const plan = await planOf(query);
    expect(plan).toMatch(/users_org_created_index/);
    // The page's own order; each user's contacts and teams are ordered inside their JSON aggregates.
    expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY|Sort/);
  }, 120_000);

  it('serves a cursor page with the same seek', async () => {
    const first = await scim.call('get', '/Users?cursor&count=1000').expect(200);
    const query = await pageQuery(() => scim.call('get', `/Users?cursor=${first.body.nextCursor}&count=100`).expect(200));
    expect(await planOf(query)).toMatch(SEEKS);
  }, 120_000);
});
