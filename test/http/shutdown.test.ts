import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseDatabaseUrl } from '../../src/config';
import { connectOrm, migrate } from '../../src/db/orm';
import { systemContext } from '../../src/domain/context';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { createApiToken } from '../../src/domain/token/token.service';
import { createEmptyPostgresDatabase, type EmptyPostgresDatabase } from '../support/pg';

/**
 * SIGTERM to the real process (`npm start`'s entry, built by tsc as `npm run build` builds it)
 * while 16 requests are in flight: `/readyz` turns 503 at once, new connections are served
 * during the drain window and refused after it, every in-flight request is answered, and the
 * process exits 0 once the database is closed.
 */
const ROOT = resolve(__dirname, '..', '..');
/** A private build (dist/ may be rebuilt meanwhile by `npm start` or another test), under node_modules so it resolves packages as dist/ does. */
const OUT = join(ROOT, 'node_modules', '.cache', 'scimgraph-stop-test');
const DRAIN_MS = 1000;
const IN_FLIGHT = 16;

let folder: string | null = null;
let pg: EmptyPostgresDatabase | null = null;
let databaseUrl: string;
let token: string;
let child: ChildProcess;
let url: string;

beforeAll(async () => {
  // A fresh build: tsc keeps the output of deleted sources (a removed migration would still run).
  rmSync(OUT, { recursive: true, force: true });
  const build = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json', '--outDir', OUT, '--tsBuildInfoFile', join(OUT, '.tsbuildinfo')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
  const serverUrl = process.env.TEST_DATABASE_URL;
  pg = serverUrl ? await createEmptyPostgresDatabase(serverUrl) : null;
  folder = pg ? null : mkdtempSync(join(tmpdir(), 'scimgraph-stop-'));
  databaseUrl = pg ? pg.url : `sqlite:${join(folder ?? '', 'stop.sqlite')}`;
  const orm = await connectOrm(parseDatabaseUrl(databaseUrl));
  try {
    await migrate(orm);
    const org = await createOrganization(systemContext(orm.em, null), { name: 'Stop', slug: 'stop' });
    token = (await createApiToken(systemContext(orm.em, org.id), { organizationId: org.id, name: 'okta', scope: 'scim' })).secret;
  } finally {
    await orm.close(true);
  }
  child = spawn(process.execPath, [join(OUT, 'src', 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'info', SHUTDOWN_DRAIN_SECONDS: String(DRAIN_MS / 1000) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((found, failed) => {
    child.once('exit', (code) => failed(new Error(`the server exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /"url":"([^"]+)"/.exec(line);
      if (match) found(match[1]);
    });
  });
}, 180_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await pg?.drop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A SCIM create whose body arrives in two parts, so it stays in flight until `finish` sends the rest. */
function slowCreate(i: number): { finish(): void; answer: Promise<number> } {
  const body = JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: `in.flight.${i}@stop.example`, title: 'x'.repeat(200) });
  const { hostname, port } = new URL(url);
  let finish!: () => void;
  const answer = new Promise<number>((answered, failed) => {
    const req = httpRequest(
      { host: hostname, port, method: 'POST', path: '/scim/v2/Users', agent: false, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => answered(res.statusCode ?? 0));
      },
    );
    req.on('error', failed);
    req.write(body.slice(0, 40));
    finish = () => req.end(body.slice(40));
  });
  return { finish, answer };
}

describe('SIGTERM with requests in flight', () => {
  it('answers every one, turns /readyz 503 at once, refuses new connections only after the drain, and exits 0', async () => {
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const requests = Array.from({ length: IN_FLIGHT }, (_, i) => slowCreate(i));
    await sleep(300);
    const signalled = Date.now();
    child.kill('SIGTERM');
    await sleep(100);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    // A connection accepted during the drain whose request arrives once the listener has closed.
    await sleep(DRAIN_MS - 400 - (Date.now() - signalled));
    const late = connect(Number(new URL(url).port), new URL(url).hostname);
    const lateAnswer = new Promise<string>((answered, failed) => {
      let text = '';
      late.on('data', (chunk) => (text += chunk));
      late.on('end', () => answered(text));
      late.on('error', failed);
    });
    await new Promise((connected) => late.once('connect', connected));
    while (await fetch(`${url}/healthz`).then(() => true, () => false)) await sleep(25);
    late.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expect(await lateAnswer).toMatch(/^HTTP\/1\.1 200 /);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    for (const r of requests) r.finish();
    const statuses = await Promise.all(requests.map((r) => r.answer));
    expect(statuses).toEqual(Array(IN_FLIGHT).fill(201));
    expect(await exited).toBe(0);
  });
});
