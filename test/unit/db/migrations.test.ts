import { randomUUID } from 'node:crypto';
import { migrate } from '../../../src/db/orm';
import { createTestDatabase, type TestDatabase } from '../../support/db';

/** Later migrations run over rows an earlier version of the schema held. */
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({}, { onlyFirstMigration: true });
});
afterAll(async () => db.close());

const run = (sql: string, params: unknown[] = []) => db.orm.em.getConnection().execute(sql, params);

async function insertUser(organizationId: string, deletedAt: Date | null): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  await run(
    'insert into users (organization_id, id, user_name, user_name_key, active, version, created_at, updated_at, deleted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [organizationId, id, id, deletedAt ? null : id, true, 1, now, now, deletedAt],
  );
  return id;
}

it('takes deleted users out of the teams they were left in', async () => {
  const organizationId = randomUUID();
  const teamId = randomUUID();
  const kept = await insertUser(organizationId, null);
  const deleted = await insertUser(organizationId, new Date());
  for (const userId of [kept, deleted]) {
    await run('insert into team_members (organization_id, team_id, user_id, created_at) values (?, ?, ?, ?)', [organizationId, teamId, userId, new Date()]);
  }

  expect(await migrate(db.orm)).toContain('Migration20261128220000_deleted_users_leave_teams');

  const rows: { user_id: string }[] = await run('select user_id from team_members where organization_id = ? and team_id = ?', [organizationId, teamId]);
  expect(rows.map((row) => row.user_id)).toEqual([kept]);
});
