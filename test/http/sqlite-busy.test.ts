import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { createTestApp, type TestApp } from '../support/app';
import { CORE, createScimClient, type ScimClient } from '../scim/users-client';

/**
 * Another process holding the SQLite file's write lock (the CLI seeding beside the server, a second
 * instance) longer than the server waits for it (`busy_timeout`, 5 s): the write is answered 503 +
 * Retry-After, as a busy database, and nothing of it is written; once the lock is gone it succeeds.
 */
const onSqlite = !process.env.TEST_DATABASE_URL;
let folder: string;
let t: TestApp;
let scim: ScimClient;
let path: string;

beforeAll(async () => {
  if (!onSqlite) return;
  folder = mkdtempSync(join(tmpdir(), 'scimgraph-busy-'));
  path = join(folder, 'busy.sqlite');
  t = await createTestApp({ database: { driver: 'sqlite', path } });
  scim = await createScimClient(t, 'busy');
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
    const held = await scim.call('post', '/Users', body);
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
