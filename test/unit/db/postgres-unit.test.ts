import { randomUUID } from 'node:crypto';
import { DomainError } from '../../../src/common/errors';
import { inUnitOfWork, systemActor, type DomainContext } from '../../../src/domain/context';
import { inTransaction, insertStatement, selectRows, type SqlValue } from '../../../src/domain/query/sql';
import { createTestDatabase, type TestDatabase } from '../../support/db';
import { statementsRun } from '../../support/sql';

/**
 * A unit of work's INSERTs (`insertStatement`) wait to go with its next statement; on PostgreSQL a
 * unit that only inserts sends them as one statement, without BEGIN or COMMIT (`postgres-unit.ts`).
 * Whatever the database: all or nothing, read-your-writes, errors translated.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.close());

const postgres = (): boolean => db.config.driver === 'postgresql';
const context = (): DomainContext => ({ em: db.orm.em, actor: systemActor(null, 'system'), requestId: null, now: () => new Date() });

/** An INSERT of `count` organizations (5 values each). */
const insertOf = (count: number): string =>
  `insert into organizations (id, name, slug, created_at, updated_at) values ${Array.from({ length: count }, () => '(?, ?, ?, ?, ?)').join(', ')}`;
const INSERT = insertOf(1);
const organization = (slug = `unit-${randomUUID()}`): { id: string; values: SqlValue[] } => {
  const id = randomUUID();
  return { id, values: [id, 'unit', slug, new Date(), new Date()] };
};
/** `count` organizations in one INSERT. */
const manyOrganizations = (count: number): { ids: string[]; sql: string; values: SqlValue[] } => {
  const rows = Array.from({ length: count }, () => organization());
  return { ids: rows.map((row) => row.id), sql: insertOf(count), values: rows.flatMap((row) => row.values) };
};

/** How many of `ids` the database holds, as `ctx` sees it (by default outside any unit). */
async function stored(ids: readonly string[], ctx: DomainContext = context()): Promise<number> {
  const rows = await selectRows(ctx, `select id from organizations where id in (${ids.map(() => '?').join(', ')})`, ids);
  return rows.length;
}

it('writes a unit that only inserts; on PostgreSQL as one statement, without BEGIN or COMMIT', async () => {
  const [a, b, c] = [organization(), organization(), organization()];
  const statements = await statementsRun(db.orm, () =>
    inTransaction(context(), async (tx) => {
      for (const row of [a, b, c]) await insertStatement(tx, INSERT, row.values);
    }),
  );
  expect(await stored([a.id, b.id, c.id])).toBe(3);
  if (postgres()) {
    expect(statements).toHaveLength(1);
    expect(statements[0].sql).toMatch(/^with w1 as \(insert into organizations .*\), w2 as \(insert into organizations .*\) insert into organizations /);
    expect(statements[0].bindings).toEqual([...a.values, ...b.values, ...c.values]);
  }
});

it('sends nothing for a unit that writes nothing, and nothing for one that fails before its first statement', async () => {
  const quiet = await statementsRun(db.orm, () => inTransaction(context(), async () => 'done'));
  const row = organization();
  const failed = await statementsRun(db.orm, () =>
    inTransaction(context(), async (tx) => {
      await insertStatement(tx, INSERT, row.values);
      throw new Error('boom');
    }).catch(() => undefined),
  );
  expect(await stored([row.id])).toBe(0);
  if (postgres()) expect([quiet, failed]).toEqual([[], []]);
});

it('reads its own waiting inserts, in order: on PostgreSQL BEGIN, the inserts, the read, COMMIT', async () => {
  const [a, b] = [organization(), organization()];
  let seen = 0;
  const statements = await statementsRun(db.orm, () =>
    inTransaction(context(), async (tx) => {
      await insertStatement(tx, INSERT, a.values);
      await insertStatement(tx, INSERT, b.values);
      seen = await stored([a.id, b.id], tx);
    }),
  );
  expect(seen).toBe(2);
  if (postgres()) expect(statements.map((s) => s.sql.split(' ')[0])).toEqual(['begin', 'with', 'select', 'commit']);
});

it('rejects a unit whose waiting insert breaks a unique index with ALREADY_EXISTS, and keeps none of its writes', async () => {
  const taken = organization();
  await inTransaction(context(), async (tx) => insertStatement(tx, INSERT, taken.values));
  const first = organization();
  const again = organization(taken.values[2] as string);
  const error = await inUnitOfWork(context(), async (tx) => {
    await insertStatement(tx, INSERT, first.values);
    await insertStatement(tx, INSERT, again.values);
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code: 'ALREADY_EXISTS', details: { field: 'slug' } });
  expect(await stored([first.id, again.id])).toBe(0);
});

it('keeps the waiting inserts of a refusal that keeps its writes', async () => {
  const row = organization();
  const refusal = new DomainError('DEPROVISION_HELD', 'held', {}, { keepsWrites: true });
  const rejected = await inTransaction(context(), async (tx) => {
    await insertStatement(tx, INSERT, row.values);
    throw refusal;
  }).catch((e: unknown) => e);
  expect(rejected).toBe(refusal);
  expect(await stored([row.id])).toBe(1);
});

it('keeps inserts too large for one statement all or nothing: on PostgreSQL in a transaction of their own', async () => {
  // 3 × 3,000 rows × 5 values: more than one statement's 30,000, so two statements.
  const batches = [manyOrganizations(3000), manyOrganizations(3000), manyOrganizations(3000)];
  const statements = await statementsRun(db.orm, () =>
    inTransaction(context(), async (tx) => {
      for (const batch of batches) await insertStatement(tx, batch.sql, batch.values);
    }),
  );
  expect(await stored(batches[0].ids.slice(0, 1).concat(batches[2].ids.slice(-1)))).toBe(2);
  if (postgres()) expect(statements.map((s) => s.sql.split(' ')[0])).toEqual(['begin', 'with', 'insert', 'commit']);

  const failing = [manyOrganizations(3000), manyOrganizations(3000), manyOrganizations(3000)];
  failing[2].values[2] = batches[0].values[2];
  const error = await inUnitOfWork(context(), async (tx) => {
    for (const batch of failing) await insertStatement(tx, batch.sql, batch.values);
  }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'ALREADY_EXISTS' });
  expect(await stored([failing[0].ids[0], failing[1].ids[0]])).toBe(0);
});

it('rejects a refusal whose waiting insert then fails, and leaves no connection in a failed transaction', async () => {
  const taken = organization();
  await inTransaction(context(), async (tx) => insertStatement(tx, INSERT, taken.values));
  const clash = organization(taken.values[2] as string);
  const error = await inUnitOfWork(context(), async (tx) => {
    await stored([taken.id], tx);
    await insertStatement(tx, INSERT, clash.values);
    throw new DomainError('DEPROVISION_HELD', 'held', {}, { keepsWrites: true });
  }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'ALREADY_EXISTS' });
  // More units than the pool has connections (10 on PostgreSQL): each would fail on a connection
  // left in an aborted transaction.
  for (let i = 0; i < 12; i += 1) {
    await inTransaction(context(), async (tx) => {
      expect(await stored([taken.id], tx)).toBe(1);
    });
  }
});

it('makes statements that run together inside a unit all wait for its waiting inserts', async () => {
  const batches = [manyOrganizations(3000), manyOrganizations(3000), manyOrganizations(3000)];
  const ids = batches.flatMap((batch) => [batch.ids[0], batch.ids[2999]]);
  const seen = await inTransaction(context(), async (tx) => {
    for (const batch of batches) await insertStatement(tx, batch.sql, batch.values);
    return Promise.all([stored(ids, tx), stored(ids, tx), stored(ids, tx)]);
  });
  expect(seen).toEqual([6, 6, 6]);
});
