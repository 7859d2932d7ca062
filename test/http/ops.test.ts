import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('operations endpoints', () => {
  it('healthz answers 200 JSON while the process is up', async () => {
    const res = await request(t.app).get('/healthz').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('readyz answers 200 when the database answers', async () => {
    const res = await request(t.app).get('/readyz').expect(200);
    expect(res.body).toEqual({ status: 'ready', database: 'ok' });
  });

  it('metrics exposes default metrics, request durations by route and GraphQL operations', async () => {
    const org = await t.createOrganization();
    const { secret } = await t.createToken(org.id, 'read');
    await request(t.app).get('/healthz');
    await t.graphql(secret, '{ organization { id } }').expect(200);
    await t.graphql(secret, '{ nope }').expect(400);
    const res = await request(t.app).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toContain('process_cpu_user_seconds_total');
    expect(res.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/healthz",status_class="2xx"\} \d+/);
    expect(res.text).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/graphql",status_class="2xx"\} 1/);
    expect(res.text).toMatch(/graphql_operations_total\{operation_type="query",outcome="success"\} 1/);
    expect(res.text).toMatch(/graphql_operations_total\{operation_type="unknown",outcome="rejected"\} 1/);
  });

  it('an unknown route answers a JSON 404', async () => {
    const res = await request(t.app).get('/nowhere').expect(404);
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('readiness without a database', () => {
  it('readyz answers 503 with Retry-After when the database is unreachable', async () => {
    const down = await createTestApp();
    await down.orm.close(true);
    try {
      const res = await request(down.app).get('/readyz').expect(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toEqual({ status: 'unavailable', database: 'unreachable' });
    } finally {
      await down.close();
    }
  });
});

describe('readiness of a SQLite file', () => {
  it("readyz asks the database through the domain's statements: SQLite's lease keeps its connection", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'scimgraph-ready-'));
    const served = await createTestApp({ database: { driver: 'sqlite', path: join(folder, 'lease.sqlite') } });
    try {
      await request(served.app).get('/readyz').expect(200);
      const pool = (served.orm.em.getConnection() as unknown as { getKnex(): { client: { pool: { on(event: string, listener: () => void): void } } } }).getKnex().client.pool;
      let asked = 0;
      pool.on('acquireRequest', () => (asked += 1));
      for (let i = 0; i < 3; i += 1) await request(served.app).get('/readyz').expect(200);
      expect(asked).toBe(0);
    } finally {
      await served.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('readyz answers 503 once the file was deleted under the running server, whose writes would go nowhere', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'scimgraph-ready-'));
    const path = join(folder, 'ready.sqlite');
    const served = await createTestApp({ database: { driver: 'sqlite', path } });
    try {
      await request(served.app).get('/readyz').expect(200);
      unlinkSync(path);
      const res = await request(served.app).get('/readyz').expect(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toEqual({ status: 'unavailable', database: 'file missing' });
      expect(served.logs.some((line) => String(line.msg).includes('SQLite file was deleted or replaced'))).toBe(true);
    } finally {
      await served.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
