import { Client } from 'pg';
import { connectOrm, MIGRATION_LOCK_KEY, withMigrationOrm, applyMigrations } from '../../../src/db/orm';
import { createEmptyPostgresDatabase, type EmptyPostgresDatabase } from '../../support/pg';

/**
 * Migrations run without the request time limits: waiting for another instance's migrations (the
 * advisory lock), or a long migration, must not be cancelled by `statement_timeout`. A PostgreSQL
 * behaviour: SQLite has neither the lock nor the limits.
 */
const url = process.env.TEST_DATABASE_URL;
const onPostgres = url ? describe : describe.skip;

onPostgres('migrations under the request time limits (PostgreSQL)', () => {
  let database: EmptyPostgresDatabase;
  beforeAll(async () => {
    database = await createEmptyPostgresDatabase(url!);
  });
  afterAll(async () => database.drop());

  it('waits for the migration lock longer than statement_timeout, then migrates', async () => {
    const timeouts = { connectMs: 5_000, acquireMs: 5_000, statementMs: 500, queryMs: 1_000, idleInTransactionMs: 5_000 };
    const config = { driver: 'postgresql' as const, url: database.url, timeouts };
    const holder = new Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const orm = await connectOrm(config);
    try {
      const migrating = withMigrationOrm(orm, config, (m) => applyMigrations(m));
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await holder.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      expect((await migrating).length).toBeGreaterThan(0);
    } finally {
      await holder.end();
      await orm.close(true);
    }
  }, 30_000);
});
