import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { loadConfig, parseRateBudget, type Config, type DatabaseConfig } from '../../src/config';
import { connectRateLimiter, type RateLimiter } from '../../src/http/rate-limit';
import { createTestApp, type TestApp } from '../support/app';

/** DESIGN.md "limits": 429 + Retry-After over a token's or an organization's budget, on both doors. */

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const budgets = (perToken: number, perOrganization: number, redisUrl: string | null = null): Config['rateLimits'] => ({
  perToken: perToken ? { perSecond: perToken, burst: 0 } : null,
  perOrganization: perOrganization ? { perSecond: perOrganization, burst: 0 } : null,
  redisUrl,
});

const scimGet = (t: TestApp, secret: string) => request(t.app).get('/scim/v2/Users?count=1').set('Authorization', `Bearer ${secret}`);
const graphqlGet = (t: TestApp, secret: string) => t.graphql(secret, '{ organization { id } }');

/** Sends `n` requests at once; the responses, in order. */
const burst = (n: number, send: (i: number) => request.Test) => Promise.all(Array.from({ length: n }, (_, i) => send(i).then((res) => res)));
const statuses = (responses: { status: number }[]) => responses.map((r) => r.status).sort();

describe('RATE_LIMIT_PER_TOKEN and RATE_LIMIT_PER_ORG', () => {
  it.each([
    ['50:200', { perSecond: 50, burst: 200 }],
    ['20', { perSecond: 20, burst: 0 }],
    [' 5 : 10 ', { perSecond: 5, burst: 10 }],
    ['0', null],
    ['0:100', null],
  ])('reads %j as %j', (value, budget) => {
    expect(parseRateBudget(value)).toEqual(budget);
  });

  it.each(['', 'fast', '-1', '1.5', '10:', ':10', '10:20:30'])('refuses %j, naming the variable', (value) => {
    expect(() => loadConfig({ RATE_LIMIT_PER_ORG: value })).toThrow(/RATE_LIMIT_PER_ORG: expected RATE or RATE:BURST/);
  });

  it('defaults to 50/s with a burst of 200 per token and 100/s with 400 per organization, in process', () => {
    expect(loadConfig({}).rateLimits).toEqual({
      perToken: { perSecond: 50, burst: 200 },
      perOrganization: { perSecond: 100, burst: 400 },
      redisUrl: null,
    });
  });

  it('takes a Redis URL and refuses anything else', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/2' }).rateLimits.redisUrl).toBe('redis://127.0.0.1:6379/2');
    expect(() => loadConfig({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL: must be redis/);
  });
});

describe('in process', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { rateLimits: budgets(5, 8) } });
  });
  afterAll(async () => t.close());

  it('answers SCIM requests over a token budget 429 with Retry-After and a SCIM error body', async () => {
    const org = await t.createOrganization('rl-scim');
    const { secret } = await t.createToken(org.id, 'scim');
    const responses = await burst(10, () => scimGet(t, secret));
    expect(statuses(responses)).toEqual([...Array(5).fill(200), ...Array(5).fill(429)]);
    const refused = responses.find((r) => r.status === 429)!;
    expect(refused.headers['content-type']).toMatch(/^application\/scim\+json/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '429',
      detail: expect.stringMatching(/^Too many requests for this token; retry after \d+ s$/),
    });
  });

  it('answers GraphQL requests over a token budget 429 with Retry-After and RATE_LIMITED', async () => {
    const org = await t.createOrganization('rl-graphql');
    const { secret } = await t.createToken(org.id, 'read');
    const responses = await burst(10, () => graphqlGet(t, secret));
    expect(statuses(responses)).toEqual([...Array(5).fill(200), ...Array(5).fill(429)]);
    const refused = responses.find((r) => r.status === 429)!;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors).toEqual([
      { message: expect.stringMatching(/^Too many requests for this token/), extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number), limit: 'token' } },
    ]);
  });

  it("counts every token of an organization against the organization's budget", async () => {
    const org = await t.createOrganization('rl-org');
    const secrets = [(await t.createToken(org.id, 'scim')).secret, (await t.createToken(org.id, 'read')).secret, (await t.createToken(org.id, 'admin')).secret];
    // 4 requests per token: within each token's 5, over the organization's 8 together.
    const responses = await burst(12, (i) => (i % 3 === 0 ? scimGet(t, secrets[0]) : graphqlGet(t, secrets[i % 3])));
    expect(statuses(responses)).toEqual([...Array(8).fill(200), ...Array(4).fill(429)]);
    const limits = responses.filter((r) => r.status === 429).map((r) => r.body.detail ?? r.body.errors[0].message);
    expect(limits.every((message) => message.includes('for this organization'))).toBe(true);
  });

  it('serves again once the window has passed', async () => {
    const org = await t.createOrganization('rl-again');
    const { secret } = await t.createToken(org.id, 'scim');
    expect(statuses(await burst(6, () => scimGet(t, secret)))).toContain(429);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await scimGet(t, secret).expect(200);
  });

  it('does not count requests without a valid token', async () => {
    const org = await t.createOrganization('rl-anonymous');
    const { secret } = await t.createToken(org.id, 'scim');
    await burst(10, () => request(t.app).get('/scim/v2/Users').set('Authorization', 'Bearer sgt_unknown'));
    expect(statuses(await burst(5, () => scimGet(t, secret)))).toEqual(Array(5).fill(200));
  });
});

describe('a burst allowance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { rateLimits: { perToken: { perSecond: 2, burst: 3 }, perOrganization: null, redisUrl: null } } });
  });
  afterAll(async () => t.close());

  it('lets a burst add its allowance to the steady rate', async () => {
    const org = await t.createOrganization('rl-burst');
    const { secret } = await t.createToken(org.id, 'scim');
    expect(statuses(await burst(8, () => scimGet(t, secret)))).toEqual([...Array(5).fill(200), ...Array(3).fill(429)]);
  });
});

describe('limits off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { rateLimits: loadConfig({ RATE_LIMIT_PER_TOKEN: '0', RATE_LIMIT_PER_ORG: '0' }).rateLimits } });
  });
  afterAll(async () => t.close());

  it('never answers 429', async () => {
    const org = await t.createOrganization('rl-off');
    const scim = (await t.createToken(org.id, 'scim')).secret;
    const read = (await t.createToken(org.id, 'read')).secret;
    const responses = await burst(120, (i) => (i % 2 ? scimGet(t, scim) : graphqlGet(t, read)));
    expect(new Set(statuses(responses))).toEqual(new Set([200]));
  });
});

describe('with REDIS_URL, two instances', () => {
  let folder: string | null = null;
  let one: TestApp;
  let two: TestApp;
  let limiters: RateLimiter[];
  let redis: Redis;

  beforeAll(async () => {
    const rateLimits = budgets(6, 0, REDIS_URL);
    const logger = pino({ level: 'silent' });
    limiters = [await connectRateLimiter(rateLimits, logger), await connectRateLimiter(rateLimits, logger)];
    redis = new Redis(REDIS_URL);
    folder = process.env.TEST_DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'scimgraph-rate-limits-'));
    const shared: DatabaseConfig | undefined = folder ? { driver: 'sqlite', path: join(folder, 'shared.sqlite') } : undefined;
    one = await createTestApp({ database: shared, config: { rateLimits }, rateLimiter: limiters[0] });
    two = await createTestApp({ database: one.config.database, config: { rateLimits }, rateLimiter: limiters[1] });
  });

  afterAll(async () => {
    await Promise.all(limiters.map((limiter) => limiter.close()));
    redis.disconnect();
    await two?.close();
    await one?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('spend one budget between them', async () => {
    const org = await one.createOrganization('rl-shared');
    const { secret } = await one.createToken(org.id, 'scim');
    // The token's first use writes its lastUsedAt; the burst then only reads (two SQLite
    // connections in one process would wait on each other's write lock synchronously).
    await scimGet(one, secret).expect(200);
    const responses = await burst(12, (i) => scimGet(i % 2 ? two : one, secret));
    expect(statuses(responses)).toEqual([...Array(5).fill(200), ...Array(7).fill(429)]);
  });

  it("key the counts by the token's id, never by its secret", async () => {
    const org = await one.createOrganization('rl-keys');
    const { id, secret } = await one.createToken(org.id, 'scim');
    await scimGet(two, secret).expect(200);
    const keys = await redis.keys('scimgraph:rl:*');
    expect(keys).toContain(`scimgraph:rl:token:${id}`);
    expect(keys.some((key) => key.includes(secret) || key.includes(secret.slice(4)))).toBe(false);
  });
});

describe('with REDIS_URL out of reach', () => {
  let t: TestApp;
  let limiter: RateLimiter;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const rateLimits = budgets(4, 0, 'redis://127.0.0.1:1');
    limiter = await connectRateLimiter(rateLimits, pino({ level: 'warn' }, { write: (line: string) => lines.push(JSON.parse(line)) }));
    t = await createTestApp({ config: { rateLimits }, rateLimiter: limiter });
  });
  afterAll(async () => {
    await limiter.close();
    await t.close();
  });

  it('counts in the process instead, and says so once', async () => {
    const org = await t.createOrganization('rl-no-redis');
    const { secret } = await t.createToken(org.id, 'scim');
    await scimGet(t, secret).expect(200);
    expect(statuses(await burst(6, () => scimGet(t, secret)))).toEqual([...Array(3).fill(200), ...Array(3).fill(429)]);
    expect(lines.filter((line) => String(line.msg).startsWith('Redis for rate limits is out of reach'))).toHaveLength(1);
  });
});

describe('with a Redis that stops answering (a silent partition)', () => {
  it('counts in the process once its command times out instead of holding the request', async () => {
    // A TCP proxy to the test Redis that, once `silent`, swallows what the client sends.
    let silent = false;
    const sockets = new Set<net.Socket>();
    const proxy = net.createServer((client) => {
      const upstream = net.connect(Number(new URL(REDIS_URL).port || 6379), new URL(REDIS_URL).hostname);
      sockets.add(client).add(upstream);
      client.on('data', (chunk) => void (silent || upstream.write(chunk)));
      upstream.on('data', (chunk) => void (silent || client.write(chunk)));
      for (const socket of [client, upstream]) socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const url = `redis://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`;
    const limiter = await connectRateLimiter(budgets(100, 0, url), pino({ level: 'silent' }));
    const actor = { kind: 'token' as const, id: randomUUID(), name: 'partitioned', scope: 'scim' as const, organizationId: randomUUID() };
    let deadline: NodeJS.Timeout | undefined;
    try {
      await limiter.check(actor);
      silent = true;
      // A bound, not a benchmark: without the client's command timeout (500 ms) the check never
      // settles while Redis is silent, so 5 s, ten times that timeout, tells the two apart on any machine.
      const held = new Promise((resolve) => (deadline = setTimeout(resolve, 5_000, 'held')));
      const outcome = await Promise.race([limiter.check(actor).then(() => 'counted'), held]);
      expect(outcome).toBe('counted');
    } finally {
      clearTimeout(deadline);
      for (const socket of sockets) socket.destroy();
      proxy.close();
      await limiter.close();
    }
  });
});
