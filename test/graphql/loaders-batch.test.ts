import { randomUUID } from 'node:crypto';
import { createContext } from '../../src/graphql/context';
import { MAX_BATCH_SIZE } from '../../src/graphql/loaders/batch';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { statementsRun } from '../support/sql';
import { tokenActor } from '../support/graphql';

/**
 * Issue 11, item 3: a batch of ids longer than SQLite's bound-variable limit (32,766) is split,
 * never one statement that fails. 50 teams of 1,000 members reach that in one query.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.close());

it(`loads ${(3 * MAX_BATCH_SIZE + 5000).toLocaleString('en')} users by id in batches of ${MAX_BATCH_SIZE.toLocaleString('en')}`, async () => {
  const context = createContext({ orm: db.orm, actor: tokenActor(randomUUID(), 'read') });
  const ids = Array.from({ length: 3 * MAX_BATCH_SIZE + 5000 }, () => randomUUID());
  let users: unknown[] = [];
  const statements = await statementsRun(db.orm, async () => {
    users = await context.loaders.userById.loadMany(ids);
  });
  expect(users.every((user) => user === null)).toBe(true);
  expect(statements.filter(({ sql }) => /from users/i.test(sql))).toHaveLength(4);
});
