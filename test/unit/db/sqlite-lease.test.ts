import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { spawn } from 'node:child_process';
import { connectOrm, migrate } from '../../../src/db/orm';
import { systemContext, type DomainContext } from '../../../src/domain/context';
import { inTransaction, runStatement, selectRows } from '../../../src/domain/query/sql';
import { SqliteLease } from '../../../src/domain/query/sqlite-lease';
import { statementsRun } from '../../support/sql';

/**
 * Group commit on SQLite's one connection (src/domain/query/sqlite-lease.ts): units of work in
 * flight together share a COMMIT, each stays all or nothing, and none is answered before it is
 * durable. Whatever database the rest of the suite runs on, this runs on a SQLite file.
 */
const folder = mkdtempSync(join(tmpdir(), 'scimgraph-lease-'));
const path = join(folder, 'lease.sqlite');
let orm: MikroORM;
let other: MikroORM;

beforeAll(async () => {
  orm = await connectOrm({ driver: 'sqlite', path });
  await migrate(orm);
  // A second connection to the file: it sees only what was committed.
  other = await connectOrm({ driver: 'sqlite', path });
});
afterAll(async () => {
  await other.close(true);
  await orm.close(true);
  rmSync(folder, { recursive: true, force: true });
});

const ctx = (): DomainContext => systemContext(orm.em, null);
/** A process that holds the file's (argv[1]) write lock for argv[2] ms, saying so once it does. */
const HOLD_WRITE_LOCK = `const Database = require(${JSON.stringify(require.resolve('libsql'))});
const db = new Database(process.argv[1]);
db.exec('begin immediate');
process.stdout.write('locked');
setTimeout(() => { db.exec('rollback'); db.close(); }, Number(process.argv[2]));`;
const insert = (c: DomainContext, team: string, user: string) =>
  runStatement(c, 'insert into team_members (organization_id, team_id, user_id, created_at) values (?, ?, ?, ?)', ['org', team, user, new Date()]);
/** What `promise` gives within half a second, else 'still waiting'. */
function within<T>(promise: Promise<T>): Promise<T | string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still waiting'), 500)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
const membersOf = async (team: string): Promise<string[]> =>
  (await selectRows<{ user_id: string }>(systemContext(other.em, null), 'select user_id from team_members where team_id = ? order by user_id', [team])).map((r) => r.user_id);

describe('SQLite units of work', () => {
  it('commit units that arrive together once, each answered only when its rows are durable', async () => {
    const users = Array.from({ length: 12 }, (_, i) => `u${String(i).padStart(2, '0')}`);
    const seenByOther: string[][] = [];
    const statements = await statementsRun(orm, () =>
      Promise.all(
        users.map((user) =>
          inTransaction(ctx(), async (tx) => {
            await insert(tx, 'batched', user);
          }).then(async () => seenByOther.push(await membersOf('batched'))),
        ),
      ),
    );
    const commits = statements.filter((s) => s.sql === 'commit').length;
    expect(commits).toBeGreaterThanOrEqual(1);
    expect(commits).toBeLessThan(users.length);
    // Every unit, once answered, is visible to another connection: it was committed before it was answered.
    users.forEach((user, i) => expect(seenByOther[i]).toEqual(expect.arrayContaining([user])));
    expect(await membersOf('batched')).toEqual(users);
  });

  it('roll back a failing unit alone, keeping the others of its batch', async () => {
    const outcomes = await Promise.allSettled(
      ['a', 'b', 'c', 'd'].map((user) =>
        inTransaction(ctx(), async (tx) => {
          await insert(tx, 'mixed', user);
          if (user === 'b') await insert(tx, 'mixed', 'a'); // the same membership twice: a unique violation
          if (user === 'c') throw new Error('refused');
        }),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(await membersOf('mixed')).toEqual(['a', 'd']);
  });

  it('keep answering single statements between and during units', async () => {
    const reads = Promise.all(Array.from({ length: 5 }, () => selectRows(ctx(), 'select 1 as one', [])));
    const writes = Promise.all(['x', 'y'].map((user) => inTransaction(ctx(), (tx) => insert(tx, 'between', user))));
    expect((await reads).every((rows) => rows.length === 1)).toBe(true);
    await writes;
    expect(await membersOf('between')).toEqual(['x', 'y']);
  });

  it('answer a write outside any unit only once it is durable, even while a batch is open', async () => {
    const unit = inTransaction(ctx(), (tx) => insert(tx, 'alone', 'in-unit'));
    await new Promise((resolve) => process.nextTick(resolve));
    await insert(ctx(), 'alone', 'standalone');
    expect(await membersOf('alone')).toContain('standalone');
    await unit;
    expect(await membersOf('alone')).toEqual(['in-unit', 'standalone']);
  });

  it('fail every unit of a batch that SQLite rolls back as a whole (disk full), answer none too early, and go on', async () => {
    const [{ page_count: pages }] = await selectRows<{ page_count: number }>(ctx(), 'pragma page_count', []);
    await selectRows(ctx(), `pragma max_page_count = ${Number(pages) + 2}`, []);
    try {
      const outcomes = await Promise.allSettled(
        ['full-a', 'b'.repeat(300_000), 'full-c'].map((user) => inTransaction(ctx(), (tx) => insert(tx, 'full', user))),
      );
      expect(outcomes[1].status).toBe('rejected');
      const kept = await membersOf('full');
      // A unit answered as done has its row committed; a unit that failed has none.
      ['full-a', 'full-c'].forEach((user, i) => expect(kept.includes(user)).toBe(outcomes[i * 2].status === 'fulfilled'));
    } finally {
      await selectRows(ctx(), 'pragma max_page_count = 1073741823', []);
    }
    await inTransaction(ctx(), (tx) => insert(tx, 'full', 'after'));
    expect(await membersOf('full')).toContain('after');
  });
});

describe('the lease and the pool it borrows from', () => {
  const countingPool = () => {
    const calls = { acquired: 0, released: 0 };
    return { calls, pool: { acquireConnection: async () => ((calls.acquired += 1), { inTransaction: false }), releaseConnection: () => void (calls.released += 1) } };
  };
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
  const ok = () => undefined;

  it('borrows the connection once for the statements of one turn, and gives it back on the next', async () => {
    const { calls, pool } = countingPool();
    const lease = new SqliteLease(pool);
    for (let i = 0; i < 3; i += 1) {
      await lease.acquire();
      lease.release(ok);
    }
    expect(calls).toEqual({ acquired: 1, released: 0 });
    await nextTurn();
    expect(calls).toEqual({ acquired: 1, released: 1 });
    await lease.acquire();
    lease.release(ok);
    expect(calls).toEqual({ acquired: 2, released: 1 });
  });

  it('keeps the connection while a statement holds it, and gives it back after its release', async () => {
    const { calls, pool } = countingPool();
    const lease = new SqliteLease(pool);
    await lease.acquire();
    lease.release(ok);
    await lease.acquire();
    await nextTurn();
    expect(calls.released).toBe(0);
    lease.release(ok);
    await nextTurn();
    expect(calls.released).toBe(1);
  });

  it('keeps the connection across turns when the pool tells its demand, and gives it back when someone else asks', async () => {
    const { calls, pool } = countingPool();
    let demand = (): void => undefined;
    const lease = new SqliteLease({ ...pool, onDemand: (listener) => (demand = listener) });
    for (let i = 0; i < 3; i += 1) {
      await lease.acquire();
      lease.release(ok);
      await nextTurn();
    }
    expect(calls).toEqual({ acquired: 1, released: 0 });
    demand();
    expect(calls).toEqual({ acquired: 1, released: 1 });
  });

  it('gives the connection back on demand only once a statement that holds it is released', async () => {
    const { calls, pool } = countingPool();
    let demand = (): void => undefined;
    const lease = new SqliteLease({ ...pool, onDemand: (listener) => (demand = listener) });
    await lease.acquire();
    demand();
    expect(calls.released).toBe(0);
    lease.release(ok);
    expect(calls).toEqual({ acquired: 1, released: 1 });
  });

  it("hears the ORM's own queries on the pool: one loan for a server's many requests, the connection the ORM's when it asks", async () => {
    const requests = { lease: 0, all: 0 };
    const tarn = (orm.em.getConnection() as unknown as { getKnex(): { client: { pool: { on(e: string, l: () => void): void } } } }).getKnex().client.pool;
    tarn.on('acquireRequest', () => (requests.all += 1));
    await selectRows(ctx(), 'select 1 as one', []);
    const before = requests.all;
    for (let i = 0; i < 5; i += 1) {
      await selectRows(ctx(), 'select 1 as one', []);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(requests.all - before).toBe(0);
    expect(await within(orm.em.fork().getConnection().execute('select 2 as two'))).toEqual([{ two: 2 }]);
    expect(await within(selectRows(ctx(), 'select 3 as three', []))).toEqual([{ three: 3 }]);
  });

  it('gives up a connection that became read-only: the next write gets a new one from the pool', async () => {
    // The pool's connection made read-only, as one opened while its file was (a volume mounted read-only at boot).
    const knexClient = (orm.em.getConnection() as unknown as { getKnex(): { client: { acquireConnection(): Promise<{ exec(sql: string): void }>; releaseConnection(c: unknown): void } } }).getKnex().client;
    const connection = await knexClient.acquireConnection();
    connection.exec('pragma query_only = 1');
    knexClient.releaseConnection(connection);
    await expect(insert(ctx(), 'read-only', 'u1')).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_READONLY/) });
    await insert(ctx(), 'read-only', 'u2');
    expect(await membersOf('read-only')).toEqual(['u2']);
  });

  it("lets the ORM's own queries have the connection between statements", async () => {
    await selectRows(ctx(), 'select 1 as one', []);
    expect(await within(orm.em.fork().getConnection().execute('select 2 as two'))).toEqual([{ two: 2 }]);
  });

  it("leaves SQLite's own wait to the ORM's writes of a process that does not wait in turns (the CLI's seed)", async () => {
    await selectRows(ctx(), 'select 1 as one', []);
    // Another process holds the write lock for 300 ms (SQLite's wait holds up this whole process).
    const holder = spawn(process.execPath, ['-e', HOLD_WRITE_LOCK, path, '300'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((locked) => holder.stdout.once('data', locked));
    // SQLite's own wait (busy_timeout, 5 s) outlasts it.
    await orm.em.fork().getConnection().execute("update organizations set name = name where id = 'none'");
    await new Promise((exited) => holder.once('exit', exited));
  });
});

describe('the lease when transaction control fails', () => {
  const pool = { acquireConnection: async () => ({ inTransaction: true }), releaseConnection: () => undefined };
  const settle = (promise: Promise<unknown>) => promise.then(() => 'answered', () => 'failed');
  /** One unit whose COMMIT fails, and the ROLLBACK after it too: what its caller is told. */
  const failedCommitAndRollback = async (lease: SqliteLease): Promise<string> => {
    const control = (_connection: unknown, sql: string) => {
      if (sql === 'commit' || sql === 'rollback') throw new Error(`${sql} failed`);
    };
    await lease.acquire();
    const committed = settle(lease.keepUnit(control, lease.openUnit(control)));
    lease.release(control);
    return committed;
  };

  it('fails the batch when COMMIT and ROLLBACK both fail, and hands the connection on', async () => {
    const lease = new SqliteLease(pool);
    expect(await failedCommitAndRollback(lease)).toBe('failed');
    expect(await within(lease.acquire().then(() => 'acquired'))).toBe('acquired');
  });

  it('gives up a connection whose ROLLBACK failed (SQLite may still hold its transaction): the next unit gets another', async () => {
    const connections: object[] = [];
    const lease = new SqliteLease({ acquireConnection: async () => (connections.push({ inTransaction: true }), connections.at(-1)), releaseConnection: () => undefined, onDemand: () => undefined });
    expect(await failedCommitAndRollback(lease)).toBe('failed');
    expect(await lease.acquire()).not.toBe(connections[0]);
    expect(connections).toHaveLength(2);
  });

  it('fails the batch when a joining unit cannot be undone, and hands the connection on', async () => {
    const lease = new SqliteLease(pool);
    const ok = () => undefined;
    await lease.acquire();
    const first = settle(lease.keepUnit(ok, lease.openUnit(ok)));
    lease.release(ok);
    await lease.acquire();
    const joined = lease.openUnit(ok);
    const broken = (_connection: unknown, sql: string) => {
      if (sql.endsWith('unit')) throw new Error(`${sql} failed`);
    };
    expect(() => lease.dropUnit(broken, joined, new Error('the unit failed'))).toThrow('rollback to unit failed');
    lease.release(ok);
    expect(await first).toBe('failed');
    expect(await within(lease.acquire().then(() => 'acquired'))).toBe('acquired');
  });
});
