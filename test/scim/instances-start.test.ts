import pino from 'pino';
import { loadConfig, type Config } from '../../src/config';
import { systemContext } from '../../src/domain/context';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { createApiToken } from '../../src/domain/token/token.service';
import { startServer, type RunningServer } from '../../src/http/server';
import { createEmptyPostgresDatabase, type EmptyPostgresDatabase } from '../support/pg';
import type { Variables } from './fixtures/match';
import { fixturesOf, replay } from './fixtures/replay';

/**
 * Two instances started at the same moment on a fresh, empty database, as a deployment rolls out
 * N replicas behind a load balancer: they take turns at the migrations (an advisory lock on
 * PostgreSQL) and create one default organization between them. Okta's recorded traffic, spread
 * across both, then gets the answers one instance gives.
 *
 * PostgreSQL only: running N instances behind a load balancer is a PostgreSQL deployment (README,
 * "Running several instances"). Two processes on one SQLite file do not serialise their first
 * migration (SQLite answers "database is locked" to the second), so this is skipped on SQLite.
 */
const url = process.env.TEST_DATABASE_URL;
const onPostgres = url !== undefined && url !== '';
const PUBLIC_URL = 'http://scim.example';
let fresh: EmptyPostgresDatabase | null = null;
let config: Config;
let instances: RunningServer[] = [];

(onPostgres ? describe : describe.skip)('two instances started at once on a fresh PostgreSQL database', () => {
  beforeAll(async () => {
    fresh = await createEmptyPostgresDatabase(url ?? '');
    config = { ...loadConfig({}), port: 0, host: '127.0.0.1', publicUrl: PUBLIC_URL, database: { driver: 'postgresql', url: fresh.url } };
  }, 30_000);

  afterAll(async () => {
    for (const instance of instances) await instance.stop();
    await fresh?.drop();
  }, 30_000);

  it('both start, one creating the default organization', async () => {
    instances = await Promise.all([startServer(config, pino({ level: 'silent' })), startServer(config, pino({ level: 'silent' }))]);
    expect(instances.filter((instance) => instance.createdOrganization !== null)).toHaveLength(1);
    for (const instance of instances) expect((await fetch(`${instance.url}/readyz`)).status).toBe(200);
  });

  describe('Okta traffic spread across both', () => {
    const variables: Variables = {};
    beforeAll(async () => {
      const ctx = systemContext(instances[0].orm.em, null);
      const org = await createOrganization(ctx, { name: 'Okta spread', slug: 'okta-spread' });
      variables.token = (await createApiToken(systemContext(instances[1].orm.em, org.id), { organizationId: org.id, name: 'okta', scope: 'scim' })).secret;
      variables.baseUrl = `${PUBLIC_URL}/scim/v2`;
    });

    it.each(fixturesOf('okta').map(([file, fixture], i) => [file, i % 2, fixture] as const))('%s, sent to instance %i', async (_file, which, fixture) => {
      await replay(instances[which].url, fixture, variables);
    });
  });
});
