import { setTimeout as pause } from 'node:timers/promises';
import type { MikroORM } from '@mikro-orm/core';
import { sqliteWaiters } from '../../src/domain/query/sql';

/**
 * Statements waiting for a lock held elsewhere, now. PostgreSQL: sessions on this database whose
 * wait is a heavyweight lock (a row or table lock; `pg_stat_activity.wait_event_type = 'Lock'`).
 * SQLite, which has no row locks: statements and units queued for its one connection, which an
 * open unit holds, plus one while writers wait in turns for another process's write lock.
 */
async function waitingForLock(orm: MikroORM): Promise<number> {
  const sqlite = sqliteWaiters(orm.em);
  if (sqlite) return sqlite.queued + (sqlite.lockedOut ? 1 : 0);
  const [row] = await orm.em
    .getConnection()
    .execute<{ waiting: number }[]>(
      "select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()",
    );
  return row.waiting;
}

/**
 * Resolves once at least `count` statements wait for a lock (`waitingForLock`): a test that stages
 * a race starts its racer, then waits here until the racer is provably blocked before it lets the
 * lock go. A fixed sleep instead lets the test pass without the race when the racer is slow to
 * reach its lock. Polls every 5 ms; rejects after `withinMs`, naming what never waited.
 */
export async function untilWaitingForLock(orm: MikroORM, { count = 1, withinMs = 10_000 } = {}): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const waiting = await waitingForLock(orm);
    if (waiting >= count) return;
    if (Date.now() >= deadline) throw new Error(`expected ${count} statement(s) waiting for a lock within ${withinMs} ms; ${waiting} waited`);
    await pause(5);
  }
}
