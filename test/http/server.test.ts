import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config';
import { Organization } from '../../src/domain/organization/organization.entity';
import { startServer, type RunningServer } from '../../src/http/server';
import { createTestDatabase } from '../support/db';

/** A database two server starts can share: a SQLite file, or a fresh PostgreSQL database. */
async function sharedDatabase(): Promise<{ config: Config; cleanup(): Promise<void> }> {
  const defaults = loadConfig({});
  const base = { ...defaults, port: 0, host: '127.0.0.1', http: { ...defaults.http, drainMs: 20 } };
  if (process.env.TEST_DATABASE_URL) {
    const db = await createTestDatabase();
    return { config: { ...base, database: db.config }, cleanup: () => db.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'scimgraph-server-'));
  return {
    config: { ...base, database: { driver: 'sqlite', path: join(dir, 'scimgraph.sqlite') } },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

const silent = pino({ level: 'silent' });

describe('starting and stopping the server', () => {
  let db: Awaited<ReturnType<typeof sharedDatabase>>;
  beforeAll(async () => {
    db = await sharedDatabase();
  });
  afterAll(async () => db.cleanup());

  let first: RunningServer;
  it('migrates, creates the default organization on a first run and serves', async () => {
    first = await startServer(db.config, silent);
    expect(first.createdOrganization).toMatchObject({ name: 'Default', slug: 'default' });
    const res = await fetch(`${first.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await fetch(`${first.url}/readyz`).then((r) => r.status)).toBe(200);
  });

  it('stops accepting and closes the database on stop', async () => {
    await first.stop();
    await expect(fetch(`${first.url}/healthz`)).rejects.toThrow();
    expect(await first.orm.isConnected()).toBe(false);
  });

  it('creates no second organization on the next start', async () => {
    const second = await startServer(db.config, silent);
    try {
      expect(second.createdOrganization).toBeNull();
      expect(await second.orm.em.fork().count(Organization, {})).toBe(1);
    } finally {
      await second.stop();
    }
  });

  it('lets an in-flight request finish during a stop', async () => {
    const running = await startServer(db.config, silent);
    // Stop as soon as the request has arrived: /readyz is then still waiting for the database.
    const stopped = new Promise<void>((resolve) => running.server.once('request', () => resolve(running.stop())));
    const res = await fetch(`${running.url}/readyz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('connection')).toBe('close');
    await stopped;
  });

  it('applies the configured HTTP timeouts', async () => {
    const http = { ...db.config.http, headersMs: 7000, requestMs: 9000, keepAliveMs: 3000 };
    const running = await startServer({ ...db.config, http }, silent);
    try {
      expect([running.server.headersTimeout, running.server.requestTimeout, running.server.keepAliveTimeout]).toEqual([7000, 9000, 3000]);
    } finally {
      await running.stop();
    }
  });

  it('answers /readyz with 503 from the moment a stop begins', async () => {
    const running = await startServer({ ...db.config, http: { ...db.config.http, drainMs: 500 } }, silent);
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
    const stopped = running.stop();
    const res = await fetch(`${running.url}/readyz`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    await stopped;
  });

  it('fails to start, closing what it opened, when the port is taken', async () => {
    const running = await startServer(db.config, silent);
    try {
      const port = Number(new URL(running.url).port);
      await expect(startServer({ ...db.config, port }, silent)).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await running.stop();
    }
  });
});
