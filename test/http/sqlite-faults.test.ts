import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import request from 'supertest';
import { systemActor, type DomainContext } from '../../src/domain/context';
import { runStatement, selectFirst } from '../../src/domain/query/sql';
import { createTestApp, type TestApp } from '../support/app';
import { untilWaitingForLock } from '../support/locks';
import { CORE, createScimClient, type ScimClient } from '../scim/users-client';

/**
 * SQLite faults an operator fixes, answered 503 + Retry-After (the request is not wrong, and an IdP
 * that retries later loses nothing) with nothing of the write kept: another process holding the
 * file's write lock (the CLI seeding beside the server, a second instance) longer than the server
 * waits for it (5 s, in turns: `sqlite-lease.ts`), and a full disk.
 */
const onSqlite = !process.env.TEST_DATABASE_URL;
let folder: string;
let t: TestApp;
let scim: ScimClient;
let path: string;

beforeAll(async () => {
  if (!onSqlite) return;
  folder = mkdtempSync(join(tmpdir(), 'scimgraph-faults-'));
  path = join(folder, 'faults.sqlite');
  t = await createTestApp({ database: { driver: 'sqlite', path } });
  scim = await createScimClient(t, 'faults');
});

afterAll(async () => {
  if (!onSqlite) return;
  await t.close();
  rmSync(folder, { recursive: true, force: true });
});

(onSqlite ? it : it.skip)('answers a write 503 + Retry-After while another process holds the write lock past the wait, then writes it', async () => {
  const other = new Database(path);
  other.exec('pragma journal_mode = WAL; begin immediate');
  const body = { schemas: [CORE], userName: 'busy@example.com' };
  try {
    let answered = false;
    const waiting = scim.call('post', '/Users', body).then((response) => {
      answered = true;
      return response;
    });
    // The write has met the other process's lock and waits for it in turns.
    await untilWaitingForLock(t.orm);
    // The process waits for the lock without stopping: health checks and reads are answered while
    // the write still waits (SQLite's own wait would stop the process until the write gave up).
    await request(t.app).get('/healthz').expect(200);
    await scim.call('get', '/Users?filter=userName eq "nobody@example.com"').expect(200);
    expect(answered).toBe(false);
    const held = await waiting;
    expect(held.status).toBe(503);
    expect(held.headers['retry-after']).toBe('5');
    expect(held.body).toMatchObject({ status: '503', detail: expect.stringContaining('retry later') });
  } finally {
    other.exec('rollback');
    other.close();
  }
  expect((await scim.call('get', '/Users?filter=userName eq "busy@example.com"').expect(200)).body.totalResults).toBe(0);
  await scim.call('post', '/Users', body).expect(201);
}, 20_000);

(onSqlite ? it : it.skip)('answers a write 503 + Retry-After while the disk is full, keeps nothing of it, then writes it once there is room', async () => {
  // The server's connection capped at the file's size: SQLite then fails a write as on a full disk.
  const ctx: DomainContext = { em: t.orm.em, actor: systemActor(null, 'system'), requestId: null, now: () => new Date() };
  const pages = (await selectFirst<{ page_count: number }>(ctx, 'pragma page_count', []))?.page_count;
  await runStatement(ctx, `pragma max_page_count = ${pages}`, []);
  const user = (n: number) => ({ schemas: [CORE], userName: `filler-${n}@example.com`, title: 'x'.repeat(200), nickName: 'x'.repeat(200) });
  let refused: { n: number; status: number; retryAfter: unknown } | null = null;
  try {
    for (let n = 0; n < 200 && !refused; n += 1) {
      const response = await scim.call('post', '/Users', user(n));
      if (response.status !== 201) refused = { n, status: response.status, retryAfter: response.headers['retry-after'] };
    }
  } finally {
    await runStatement(ctx, 'pragma max_page_count = 1073741823', []);
  }
  expect(refused).toMatchObject({ status: 503, retryAfter: '5' });
  const n = refused?.n ?? -1;
  expect((await scim.call('get', `/Users?filter=userName eq "filler-${n}@example.com"`).expect(200)).body.totalResults).toBe(0);
  await scim.call('post', '/Users', user(n)).expect(201);
}, 30_000);
