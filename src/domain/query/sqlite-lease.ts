import { discardConnection, isDiscarded } from './drivers';
import type { ConnectionPool, Control, LockWait } from './sqlite-pool';

/**
 * SQLite's one connection, leased to one statement or one unit of work at a time, in arrival order,
 * with group commit.
 *
 * SQLite serialises writers and syncs the log once per COMMIT (WAL, `synchronous = FULL`), so with
 * many requests in flight the commits, not the statements, bound the throughput. A finished unit of
 * work does not commit at once: the COMMIT waits for the event loop's turn, and units that reach the
 * database meanwhile join the open transaction, each in a savepoint. A unit is answered only after
 * the COMMIT that made it durable, and a unit that fails rolls back to its savepoint, leaving the
 * others. An error that makes SQLite roll back the whole transaction (a full disk, an I/O error)
 * fails every unit of the batch, none of which has been answered yet. A batch commits when it is
 * full or old even under constant load. The cost: a read may see a batch's writes a moment before
 * they are durable, so a crash in between would take back what it saw.
 */
/**
 * How long a unit waits for another process's write lock in all, how long SQLite itself may wait on
 * the lease's connection (`busy_timeout`: its wait blocks the whole process), and between tries.
 */
const WRITE_LOCK_WAIT_MS = 5000;
const CONNECTION_BUSY_MS = 5;
const LOCKED_OUT_RETRY_MS = 20;

/** Units in one batch at most, and how long a batch stays open for newcomers. */
const MAX_MEMBERS = 32;
const MAX_OPEN_MS = 10;
/** How long the lease keeps the connection from a pool that does not tell its demand. */
const MAX_HELD_MS = 100;

interface Batch {
  openedAt: number;
  members: { resolve: () => void; reject: (error: unknown) => void }[];
}

/** Whether SQLite still holds a transaction on the connection (it rolls one back by itself on some errors). */
const inTransaction = (connection: unknown): boolean => (connection as { inTransaction: boolean }).inTransaction;

export class SqliteLease {
  private connection: unknown = null;
  private heldSince = 0;
  private busy = false;
  private readonly waiting: (() => void)[] = [];
  private batch: Batch | null = null;
  private idleScheduled = false;
  /** Someone else asked the pool for the connection, or it closes; `asking`: the lease itself asks. */
  private wanted = false;
  private asking = false;
  /** Set while another process holds the write lock: writers wait for it instead of each trying. */
  private lockedOut: Promise<void> | null = null;

  private readonly prepared = new WeakSet<object>();
  /** Whether SQLite's own wait is cut short on this lease's connections (`waitInTurns`). */
  private inTurns = false;

  constructor(
    private readonly pool: ConnectionPool,
    private readonly lockWait?: LockWait,
  ) {
    pool.onDemand?.(() => this.demanded());
  }

  /**
   * Cuts SQLite's own wait for another process's write lock short, so that `openWhenWritable` waits
   * in turns instead (the server); a process that also writes through the ORM (the CLI's seed) keeps it.
   */
  waitInTurns(): void {
    this.inTurns = true;
    if (this.connection !== null) this.prepare(this.connection);
  }

  /**
   * Acquires the lease and opens a unit (`openUnit`, whose `first` it returns). While another
   * process holds the file's write lock (the CLI seeding, a second instance), SQLite's own wait would
   * stop the whole process: after `waitInTurns` the lease lets others read meanwhile (WAL readers need
   * no write lock) and tries again, one writer at a time, for WRITE_LOCK_WAIT_MS before failing.
   */
  async openWhenWritable(control: Control): Promise<{ connection: unknown; first: boolean }> {
    const deadline = Date.now() + WRITE_LOCK_WAIT_MS;
    for (;;) {
      while (this.lockedOut) await this.lockedOut;
      await this.acquire();
      if (this.lockedOut) {
        this.release(control);
        continue;
      }
      try {
        return { connection: this.connection, first: this.openUnit(control) };
      } catch (error) {
        this.release(control);
        if (!this.lockWait?.isLockedOut(error) || Date.now() >= deadline) throw error;
        this.lockedOut = new Promise<void>((resolve) => setTimeout(resolve, LOCKED_OUT_RETRY_MS)).then(() => {
          this.lockedOut = null;
        });
      }
    }
  }

  /** Statements and units queued, and whether writers wait in turns for another process's lock (tests stage races by it). */
  waiters(): { queued: number; lockedOut: boolean } {
    return { queued: this.waiting.length, lockedOut: this.lockedOut !== null };
  }

  /** Waits for the connection (first come, first served) and holds it until `release`. */
  async acquire(): Promise<unknown> {
    if (this.busy) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.busy = true;
    if (this.connection === null) {
      try {
        this.connection = await this.askPool();
        this.prepare(this.connection);
      } catch (error) {
        this.handOn();
        throw error;
      }
      this.heldSince = Date.now();
    }
    return this.connection;
  }

  /**
   * Opens this unit: BEGIN a batch (IMMEDIATE: it takes the write lock now, so another process's
   * commit cannot invalidate the batch's reads later), or a savepoint inside the open one. True for
   * the batch's first unit.
   */
  openUnit(control: Control): boolean {
    if (this.batch && !inTransaction(this.connection)) this.failBatch(control, new Error('the open batch was rolled back'));
    if (this.batch) {
      control(this.connection, 'savepoint unit');
      return false;
    }
    control(this.connection, 'begin immediate');
    this.batch = { openedAt: Date.now(), members: [] };
    return true;
  }

  /** Ends a unit that succeeded: its writes stay in the batch; resolves once they are committed. */
  keepUnit(control: Control, first: boolean): Promise<void> {
    if (!first) control(this.connection, 'release unit');
    return new Promise<void>((resolve, reject) => this.batch?.members.push({ resolve, reject }));
  }

  /**
   * Ends a unit that failed with `error`: its writes are undone and the batch's others stay (it has
   * none when this unit opened it), unless SQLite rolled back the whole transaction, which fails them all.
   */
  dropUnit(control: Control, first: boolean, error: unknown): void {
    if (!inTransaction(this.connection)) {
      this.failBatch(control, error);
      return;
    }
    if (first) {
      this.batch = null;
      this.rollbackOrDiscard(control);
      return;
    }
    try {
      control(this.connection, 'rollback to unit');
      control(this.connection, 'release unit');
    } catch (undone) {
      this.failBatch(control, undone);
      throw undone;
    }
  }

  /** The lease as a pool for single statements: each holds the connection for its own run. */
  asPool(control: Control): ConnectionPool {
    return { acquireConnection: () => this.acquire(), releaseConnection: () => this.release(control) };
  }

  /**
   * Hands the connection on. A full or old batch commits first; with nobody waiting, the lease
   * keeps the connection, and an open batch commits at the event loop's next turn
   * (`scheduleIdle`). The connection goes back to the pool when someone else asked for it (or,
   * from a pool that cannot tell, when the lease has held it for long).
   */
  release(control: Control): void {
    const now = Date.now();
    // A pool that tells its demand gets the connection back when asked (`demanded`), not by time.
    const heldLong = !this.pool.onDemand && now - this.heldSince >= MAX_HELD_MS;
    const batch = this.batch;
    if (batch && (batch.members.length >= MAX_MEMBERS || now - batch.openedAt >= MAX_OPEN_MS || heldLong || this.owedToPool())) this.commit(control, batch);
    const giveBack = this.batch === null && (heldLong || this.owedToPool());
    if (this.waiting.length > 0) {
      if (giveBack) this.returnToPool();
      this.handOn();
      return;
    }
    this.busy = false;
    if (this.connection === null) return;
    if (giveBack) this.returnToPool();
    else this.scheduleIdle(control);
  }

  /**
   * Once the event loop has run what was ready, unless someone holds the lease again (its release
   * sees to it): commits the open batch, so that units arriving meanwhile share its COMMIT. The
   * connection stays with the lease, so that the next statements (a request's token check, then
   * its read; the next request's) take it without asking the pool, until someone else asks the
   * pool for it; a pool that cannot tell gets it back now.
   */
  private scheduleIdle(control: Control): void {
    if (this.idleScheduled) return;
    this.idleScheduled = true;
    setImmediate(() => {
      this.idleScheduled = false;
      if (this.busy || this.connection === null) return;
      try {
        if (this.batch) this.commit(control, this.batch);
      } finally {
        if (!this.pool.onDemand || this.owedToPool()) this.returnToPool();
      }
    });
  }

  /**
   * Someone else asked the pool for the connection (the ORM's own queries), or the pool closes
   * (it waits for what it lent): an idle lease gives it back at once, a busy one when released.
   */
  private demanded(): void {
    if (this.asking || (this.connection === null && !this.busy)) return; // else the asker gets it from the pool
    this.wanted = true;
    if (!this.busy && this.batch === null && this.connection !== null) this.returnToPool();
  }

  /** COMMITs the batch and answers its units; never throws (a failed COMMIT fails the units instead). */
  private commit(control: Control, batch: Batch): void {
    this.batch = null;
    try {
      control(this.connection, 'commit');
    } catch (error) {
      this.rollbackOrDiscard(control);
      for (const member of batch.members) member.reject(error);
      return;
    }
    for (const member of batch.members) member.resolve();
  }

  /** Rejects every unit of the open batch (SQLite rolled it back) and rolls back what may be left of it. */
  private failBatch(control: Control, error: unknown): void {
    const batch = this.batch;
    this.batch = null;
    this.rollbackOrDiscard(control);
    for (const member of batch?.members ?? []) member.reject(error);
  }

  /**
   * Rolls back what SQLite still holds. A ROLLBACK that fails may leave the transaction, which would
   * refuse every BEGIN after it: the connection is then given up, and the pool opens another.
   */
  private rollbackOrDiscard(control: Control): void {
    if (!inTransaction(this.connection)) return;
    try {
      control(this.connection, 'rollback');
    } catch (failed) {
      discardConnection(this.connection, failed);
    }
  }

  /** Keeps SQLite's own wait short on a connection the lease sees for the first time (the pool opens one now and then). */
  private prepare(connection: unknown): void {
    if (!this.inTurns || !this.lockWait || typeof connection !== 'object' || connection === null || this.prepared.has(connection)) return;
    this.lockWait.setBusyTimeout(connection, CONNECTION_BUSY_MS);
    this.prepared.add(connection);
  }

  /** Someone else asked for the connection, or it failed in a way that leaves it unusable (`discardConnection`): the pool then opens another. */
  private owedToPool(): boolean {
    return this.wanted || (this.connection !== null && isDiscarded(this.connection));
  }

  private askPool(): Promise<unknown> {
    this.asking = true;
    try {
      return this.pool.acquireConnection();
    } finally {
      this.asking = false;
    }
  }

  private returnToPool(): void {
    const connection = this.connection;
    this.connection = null;
    this.wanted = false;
    this.pool.releaseConnection(connection);
  }

  /** The next waiter gets the lease; with none, the connection goes back to the pool (an open batch keeps it). */
  private handOn(): void {
    const next = this.waiting.shift();
    if (next) {
      next();
      return;
    }
    this.busy = false;
    if (this.connection !== null && this.batch === null) this.returnToPool();
  }
}
