import type { MikroORM } from '@mikro-orm/core';
import { createServer, Socket, type AddressInfo, type Server } from 'node:net';
import request from 'supertest';
import { parseDatabaseUrl, type DatabaseTimeouts } from '../../src/config';
import { connectOrm } from '../../src/db/orm';
import { createTestApp, type TestApp } from '../support/app';
import { createEmptyPostgresDatabase, type EmptyPostgresDatabase } from '../support/pg';

/**
 * A silent network partition between the service and PostgreSQL, made by a TCP proxy in this test:
 * for 10 s it forwards nothing in either direction and keeps every socket open, as a dead link does.
 * Meanwhile every request is answered 503 + Retry-After within the configured budget, nothing is
 * half written, and within 5 s of the link coming back requests succeed again.
 *
 * PostgreSQL only: SQLite is a file on the service's own machine, with no network to lose.
 */
const url = process.env.TEST_DATABASE_URL;
const onPostgres = url !== undefined && url !== '';

const TIMEOUTS: DatabaseTimeouts = { connectMs: 1000, acquireMs: 2000, statementMs: 2000, queryMs: 2000, idleInTransactionMs: 3000 };
/** The longest a request may wait for the database: a pooled connection, then one statement's answer. */
const BUDGET_MS = TIMEOUTS.acquireMs + TIMEOUTS.queryMs;
const PARTITION_MS = 10_000;
const RECOVERY_MS = 5000;
const WORKERS = 4;

/** A TCP proxy to `target` that can go silent (`partitioned`) without closing anything. */
class SilentLinkProxy {
  partitioned = false;
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;

  constructor(private readonly target: { host: string; port: number }) {
    this.server = createServer((client) => this.connect(client));
  }

  async listen(): Promise<number> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    return (this.server.address() as AddressInfo).port;
  }

  private connect(client: Socket): void {
    const upstream = new Socket().connect(this.target.port, this.target.host);
    for (const [from, to] of [[client, upstream], [upstream, client]]) {
      this.sockets.add(from);
      from.on('data', (chunk) => {
        if (!this.partitioned) to.write(chunk);
      });
      from.on('error', () => to.destroy());
      from.on('close', () => {
        this.sockets.delete(from);
        to.destroy();
      });
    }
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((done) => this.server.close(() => done()));
  }
}

interface Outcome {
  startedAt: number;
  ms: number;
  status: number;
  retryAfter: string | undefined;
  id?: string;
}

(onPostgres ? describe : describe.skip)('a 10 s silent partition between the service and PostgreSQL', () => {
  let fresh: EmptyPostgresDatabase;
  let proxy: SilentLinkProxy;
  let t: TestApp;
  let direct: MikroORM;
  let token: string;
  let organizationId: string;

  beforeAll(async () => {
    fresh = await createEmptyPostgresDatabase(url ?? '');
    const target = new URL(fresh.url);
    proxy = new SilentLinkProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const proxied = new URL(fresh.url);
    proxied.port = String(await proxy.listen());
    const database = parseDatabaseUrl(proxied.toString(), TIMEOUTS);
    t = await createTestApp({ database });
    direct = await connectOrm(parseDatabaseUrl(fresh.url));
    const org = await t.createOrganization('partition');
    organizationId = org.id;
    token = (await t.createToken(org.id, 'scim', 'okta')).secret;
  }, 30_000);

  afterAll(async () => {
    proxy.partitioned = false;
    await t?.close();
    await direct?.close(true);
    await proxy?.close();
    await fresh?.drop();
  }, 30_000);

  const scim = (call: request.Test) => call.set('Authorization', `Bearer ${token}`).set('Content-Type', 'application/scim+json');

  /** One request of the traffic: creates (with an email: several statements in one transaction) and lookups. */
  async function send(worker: number, n: number): Promise<Outcome> {
    const startedAt = Date.now();
    const userName = `w${worker}.n${n}@partition.example`;
    const response =
      n % 2 === 0
        ? await scim(request(t.app).post('/scim/v2/Users')).send(JSON.stringify({ userName, emails: [{ value: userName, type: 'work', primary: true }] }))
        : await scim(request(t.app).get(`/scim/v2/Users?filter=${encodeURIComponent(`userName eq "w${worker}.n${n - 1}@partition.example"`)}`));
    return { startedAt, ms: Date.now() - startedAt, status: response.status, retryAfter: response.headers['retry-after'], id: response.body?.id };
  }

  it('answers only 503 + Retry-After within the budget, writes nothing by halves, and recovers within 5 s', async () => {
    const outcomes: Outcome[] = [];
    let healedAt = Number.POSITIVE_INFINITY;
    let stopAt = Number.POSITIVE_INFINITY;
    const worker = async (w: number) => {
      for (let n = 0; Date.now() < stopAt; n += 1) outcomes.push(await send(w, n));
    };
    const traffic = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    await new Promise((done) => setTimeout(done, 500));
    const cutAt = Date.now();
    proxy.partitioned = true;
    await new Promise((done) => setTimeout(done, PARTITION_MS));
    proxy.partitioned = false;
    healedAt = Date.now();
    stopAt = healedAt + RECOVERY_MS + BUDGET_MS;
    await traffic;

    const before = outcomes.filter((o) => o.startedAt + o.ms < cutAt);
    const during = outcomes.filter((o) => o.startedAt >= cutAt && o.startedAt + o.ms <= healedAt);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((o) => o.status < 300)).toBe(true);
    expect(during.length).toBeGreaterThan(0);
    // Anything that failed failed as an outage, on time.
    const failed = outcomes.filter((o) => o.status >= 300);
    expect(failed.map((o) => o.status).filter((s) => s !== 503)).toEqual([]);
    expect(failed.filter((o) => !/^\d+$/.test(o.retryAfter ?? ''))).toEqual([]);
    expect(outcomes.filter((o) => o.ms > BUDGET_MS + 1000).map((o) => o.ms)).toEqual([]);
    expect(during.every((o) => o.status === 503)).toBe(true);
    // Recovery: requests started 5 s after the link came back all succeed.
    const late = outcomes.filter((o) => o.startedAt >= healedAt + RECOVERY_MS);
    expect(late.length).toBeGreaterThan(0);
    expect(late.filter((o) => o.status >= 300)).toEqual([]);

    // Nothing half written: every user has its email and its audit event; every 201 was kept.
    const connection = direct.em.getConnection();
    const orphans = await connection.execute(
      `select u.id from users u where u.organization_id = ? and (not exists (select 1 from user_contacts c where c.user_id = u.id)
         or not exists (select 1 from audit_events a where a.target_id = cast(u.id as text) and a.action = 'user.created'))`,
      [organizationId],
    );
    expect(orphans).toEqual([]);
    const created = outcomes.filter((o) => o.status === 201).map((o) => o.id);
    const stored = (await connection.execute('select id from users where organization_id = ?', [organizationId])).map((r: { id: string }) => r.id);
    expect(created.filter((id) => !stored.includes(id))).toEqual([]);
  }, 60_000);
});
