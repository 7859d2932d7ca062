import { randomUUID } from 'node:crypto';
import { DomainError } from '../../../src/common/errors';
import { systemActor, type DomainContext } from '../../../src/domain/context';
import { inTransaction, runStatement, selectRows } from '../../../src/domain/query/sql';
import { createTestDatabase, type TestDatabase } from '../../support/db';

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
