import { randomUUID } from 'node:crypto';
import { DomainError } from '../../../src/common/errors';
import { systemActor, type DomainContext } from '../../../src/domain/context';
import { inTransaction, runStatement, selectRows } from '../../../src/domain/query/sql';
import { createTestDatabase, openTransaction, type TestDatabase } from '../../support/db';
import { untilWaitingForLock } from '../../support/locks';

/** A unit of work that fails rolls back, unless its refusal keeps its writes (DomainError.keepsWrites). */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.close());

const context = (): DomainContext => ({ em: db.orm.em, actor: systemActor(null, 'system'), requestId: null, now: () => new Date() });

async function recordThenFail(error: Error): Promise<{ rejectedWith: unknown; kept: boolean }> {
  const id = randomUUID();
  const rejectedWith = await inTransaction(context(), async (tx) => {
    await runStatement(tx, 'insert into organizations (id, name, slug, created_at, updated_at) values (?, ?, ?, ?, ?)', [id, 'unit', `unit-${id}`, new Date(), new Date()]);
    throw error;
  }).catch((e: unknown) => e);
  const rows = await selectRows(context(), 'select id from organizations where id = ?', [id]);
  return { rejectedWith, kept: rows.length === 1 };
}

it.each([
  ['a refusal that keeps its writes', true, new DomainError('DEPROVISION_HELD', 'held', {}, { keepsWrites: true })],
  ['a domain error', false, new DomainError('CONFLICT', 'no')],
  ['any other error', false, new Error('boom')],
])('%s: the unit rejects with it; its writes are kept: %s', async (_case, kept, error) => {
  expect(await recordThenFail(error)).toEqual({ rejectedWith: error, kept });
});

it('keeps the writes of a refusal whose unit shares a SQLite batch with others that succeed', async () => {
  const [held, ok] = await Promise.all([
    recordThenFail(new DomainError('DEPROVISION_HELD', 'held', {}, { keepsWrites: true })),
    inTransaction(context(), async (tx) => runStatement(tx, 'update organizations set name = name where 1 = 0', [])),
  ]);
  expect(held.kept).toBe(true);
  expect(ok).toBe(0);
});

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

async function organization(name: string): Promise<string> {
  const id = randomUUID();
  await runStatement(context(), 'insert into organizations (id, name, slug, created_at, updated_at) values (?, ?, ?, ?, ?)', [id, name, `${name}-${id}`, new Date(), new Date()]);
  return id;
}

const lockRow = (ctx: DomainContext, id: string) => selectRows(ctx, 'select id from organizations where id = ? for update', [id]);

// SQLite has no deadlocks to retry: it serialises writers on its one connection, so the retry is PostgreSQL's alone.
(onPostgres ? it : it.skip)('runs a PostgreSQL unit that PostgreSQL chose as a deadlock victim again, and it commits', async () => {
  const [first, second] = [await organization('first'), await organization('second')];
  // Another writer holds the second row, and asks for the first once the unit, holding the first,
  // waits for the second. The unit checks for a deadlock once it has waited 1 s (deadlock_timeout),
  // the other only after 60 s: the unit finds the deadlock and is the victim, however close together
  // the two began to wait.
  const other = await openTransaction(context());
  await runStatement(other.ctx, "set local deadlock_timeout = '60s'", []);
  await lockRow(other.ctx, second);
  let otherDone: Promise<void> | null = null;
  let runs = 0;
  await inTransaction(context(), async (tx) => {
    runs += 1;
    await lockRow(tx, first);
    otherDone ??= untilWaitingForLock(db.orm).then(() => lockRow(other.ctx, first)).then(() => other.commit());
    await lockRow(tx, second);
    await runStatement(tx, 'update organizations set name = ? where id in (?, ?)', ['renamed', first, second]);
  });
  await otherDone;
  expect(runs).toBe(2);
  const names = await selectRows<{ name: string }>(context(), 'select name from organizations where id in (?, ?)', [first, second]);
  expect(names.map((row) => row.name)).toEqual(['renamed', 'renamed']);
}, 20_000);
