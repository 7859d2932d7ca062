import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { systemActor, type DomainContext } from '../../src/domain/context';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { seedOrganization } from '../../src/domain/seed/seed.service';
import { seedUserName } from '../../src/domain/seed/seed.rows';
import { createApiToken } from '../../src/domain/token/token.service';
import { createApp } from '../../src/http/app';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSchema } from '../support/graphql';
import { planOf, statementsRun } from '../support/sql';

/**
 * `userName eq` is answered from an index (DESIGN.md: filters run in the database). Seeds
 * USERS_INDEX_SEED users (default 2,000; the closing report ran 100,000), captures the SQL the
 * SCIM list issues, and asks the database for its plan: EXPLAIN QUERY PLAN on SQLite, EXPLAIN on
 * PostgreSQL. With USERS_INDEX_SHOW=1 the plan and the request time are printed.
 */
const SEED = Number(process.env.USERS_INDEX_SEED ?? 2000);
const SLUG = 'indexed';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
}, 600_000);
afterAll(async () => db.close());

const context = (organizationId: string | null): DomainContext => ({ em: db.orm.em.fork(), actor: systemActor(organizationId), requestId: null, now: () => new Date() });

it(`answers userName eq from the (organization_id, user_name_key) index with ${SEED} users`, async () => {
  const org = await createOrganization(context(null), { name: 'Indexed', slug: SLUG });
  await seedOrganization(context(org.id), { users: SEED, teams: 0, batchSize: 1000 });
  await db.orm.em.getConnection().execute('analyze');
  const { secret } = await createApiToken(context(org.id), { organizationId: org.id, name: 'okta', scope: 'scim' });
  const app = await createApp({ orm: db.orm, schema: await testSchema(), config: { ...loadConfig({}), database: db.config }, logger: pino({ level: 'silent' }) });
  const target = seedUserName(Math.ceil(SEED / 2), SLUG).toUpperCase();

  const lookUp = (userName: string) =>
    request(app).get(`/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}&startIndex=1&count=100`).set('Authorization', `Bearer ${secret}`).expect(200);
  // A first request warms the process (schema execution paths, connection), so the timing below is the lookup's.
  await lookUp(seedUserName(1, SLUG));
  let response: request.Response | undefined;
  let millis = 0;
  const statements = await statementsRun(db.orm, async () => {
    const started = process.hrtime.bigint();
    response = await lookUp(target);
    millis = Number(process.hrtime.bigint() - started) / 1e6;
  });

  expect(response?.body).toMatchObject({ totalResults: 1, Resources: [{ userName: target.toLowerCase() }] });
  const select = statements.find(({ sql }) => /^select .* from [`"]?users\b/i.test(sql) && /user_name_key/.test(sql) && /limit/i.test(sql));
  if (!select) throw new Error(`no userName lookup among ${statements.map(({ sql }) => sql).join('\n')}`);
  expect(select.bindings).toContain(target.toLowerCase());
  const lines = await planOf(db.orm, db.config.driver, select);
  expect(lines).toMatch(/users_org_user_name_key_unique/);
  if (process.env.USERS_INDEX_SHOW) {
    process.stdout.write(`\n${db.config.driver}, ${SEED} users, ${millis.toFixed(1)} ms for the request\n${select.sql}\n${lines}\n`);
  }
}, 600_000);

it('answers an emails.value filter from the contacts index, once, not with a probe per user', async () => {
  const org = await createOrganization(context(null), { name: 'Emails', slug: 'emails-indexed' });
  await seedOrganization(context(org.id), { users: 300, teams: 0 });
  const { secret } = await createApiToken(context(org.id), { organizationId: org.id, name: 'entra', scope: 'scim' });
  const app = await createApp({ orm: db.orm, schema: await testSchema(), config: { ...loadConfig({}), database: db.config }, logger: pino({ level: 'silent' }) });
  const email = seedUserName(150, 'emails-indexed');
  let response: request.Response | undefined;
  const statements = await statementsRun(db.orm, async () => {
    response = await request(app).get(`/scim/v2/Users?filter=${encodeURIComponent(`emails.value eq "${email.toUpperCase()}"`)}`).set('Authorization', `Bearer ${secret}`).expect(200);
  });
  expect(response?.body).toMatchObject({ totalResults: 1, Resources: [{ userName: email }] });
  const select = statements.find(({ sql }) => /from [`"]?users\b/i.test(sql) && /user_contacts/.test(sql) && /limit/i.test(sql));
  if (!select) throw new Error(`no email lookup among ${statements.map(({ sql }) => sql).join('\n')}`);
  if (db.config.driver !== 'sqlite') return;
  const plan = await planOf(db.orm, 'sqlite', select);
  expect(plan).toMatch(/user_contacts_org_value_index \(organization_id=\? AND kind=\? AND value_key=\?\)/);
  // The filter's lookup runs once; the correlated subqueries are the page's own contacts and teams.
  expect(plan).toMatch(/LIST SUBQUERY \d+\n[^\n]*user_contacts_org_value_index/);
  expect(plan).not.toMatch(/CORRELATED [^\n]*\n[^\n]*user_contacts_org_value_index/);
});
