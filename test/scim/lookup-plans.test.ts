import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { systemContext } from '../../src/domain/context';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { seedOrganization } from '../../src/domain/seed/seed.service';
import { createApiToken } from '../../src/domain/token/token.service';
import { createApp } from '../../src/http/app';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSchema } from '../support/graphql';
import { planOf, statementsRun } from '../support/sql';

/**
 * An IdP's first push fills a new organization while the database's statistics still hold it
 * empty (PostgreSQL gathers them now and then). Its pre-check of every create, `userName eq` or
 * `displayName eq`, must still be read by the unique index, not by walking the organization in the
 * list's order, which the stale statistics make look free.
 */
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
}, 600_000);
afterAll(async () => db.close());

const context = (organizationId: string | null) => systemContext(db.orm.em, organizationId);

/**
 * A new organization, filled after PostgreSQL took its statistics (SQLite has none: the app never
 * gathers them); the SCIM GET `path` of its IdP, and the plan of its statement from `table`.
 */
async function planAfterFilling(slug: string, seed: { users: number; teams: number }, path: string, table: string): Promise<string> {
  const org = await createOrganization(context(null), { name: slug, slug });
  if (db.config.driver === 'postgresql') await db.orm.em.getConnection().execute('analyze');
  await seedOrganization(context(org.id), { ...seed, batchSize: 1000 });
  const { secret } = await createApiToken(context(org.id), { organizationId: org.id, name: 'okta', scope: 'scim' });
  const app = await createApp({ orm: db.orm, schema: await testSchema(), config: { ...loadConfig({}), database: db.config }, logger: pino({ level: 'silent' }) });
  const statements = await statementsRun(db.orm, async () => {
    await request(app).get(`/scim/v2${path}`).set('Authorization', `Bearer ${secret}`).expect(200);
  });
  const select = statements.find(({ sql }) => new RegExp(`from [\`"]?${table}\\b`, 'i').test(sql) && /limit/i.test(sql));
  if (!select) throw new Error(`no ${table} page among ${statements.map(({ sql }) => sql).join('\n')}`);
  return planOf(db.orm, db.config.driver, select);
}

it('reads a userName eq by its index in an organization filled since the statistics were taken', async () => {
  const plan = await planAfterFilling('filling-users', { users: 3000, teams: 0 }, `/Users?filter=${encodeURIComponent('userName eq "nobody@filling.example"')}`, 'users');
  expect(plan).toMatch(/users_org_user_name_key_unique/);
  expect(plan).not.toMatch(/users_org_created_index/);
}, 600_000);

it('reads a displayName eq by its index in an organization filled since the statistics were taken', async () => {
  const plan = await planAfterFilling('filling-teams', { users: 0, teams: 5000 }, `/Groups?filter=${encodeURIComponent('displayName eq "Nobody"')}&excludedAttributes=members`, 'teams');
  expect(plan).toMatch(/teams_org_display_name_key_unique/);
  expect(plan).not.toMatch(/teams_org_created_index/);
}, 600_000);

/*
 * SQLite (no statistics) picked the list order's index for an `externalId eq` whatever the
 * organization's size: the equality's rows are now selected first. PostgreSQL, on statistics that hold the organization
 * empty, still reads it by an index on organization_id alone (any of them looks as cheap), until
 * its statistics are gathered again; not solved there.
 */
const onSqlite = process.env.TEST_DATABASE_URL ? it.skip : it;

onSqlite('reads an externalId eq of users and of groups by its index in an organization filled since the statistics were taken', async () => {
  const users = await planAfterFilling('filling-external-users', { users: 3000, teams: 0 }, `/Users?filter=${encodeURIComponent('externalId eq "nobody"')}`, 'users');
  expect(users).toMatch(/users_org_external_id_index/);
  expect(users).not.toMatch(/users_org_created_index/);
  const teams = await planAfterFilling('filling-external-teams', { users: 0, teams: 5000 }, `/Groups?filter=${encodeURIComponent('externalId eq "nobody"')}&excludedAttributes=members`, 'teams');
  expect(teams).toMatch(/teams_org_external_id_index/);
  expect(teams).not.toMatch(/teams_org_created_index/);
}, 600_000);
