import { seedUserName } from '../domain/seed/seed.rows';
import type { BenchOrganization } from './harness';
import { alternate, CpuMeter, drive, type Door, type LoadResult } from './load.driver';
import { expectStatus, median, ms, percentile, spread, timed, type Figure } from './measure';
import { latencyFigure, rateFigure, selfRatioFigure } from './report.table';

/**
 * The figures measured against scimgraph, the stack's ceiling and the floor alike, alternating
 * between them: Okta's create flow at 8 clients and at 1, `userName eq` lookups by directory size,
 * and 10,000 creates.
 */

const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';

export const eqFilter = (userName: string): string => encodeURIComponent(`userName eq "${userName}"`);

/** Okta's create body (scim-clients.md §1.3; okta/03-create-user.json). */
export const oktaUser = (userName: string, n: number) => ({
  schemas: [CORE_USER],
  userName,
  name: { givenName: 'Flow', familyName: `User ${n}` },
  emails: [{ primary: true, value: userName, type: 'work' }],
  displayName: `Flow User ${n}`,
  externalId: `00u${n}`,
  groups: [],
  password: 'not-stored',
  active: true,
});

async function create(door: Door, org: BenchOrganization, userName: string, n: number): Promise<void> {
  const created = expectStatus(await door.scim(org, 'POST', '/Users', oktaUser(userName, n)), 201, `${door.name} create`);
  if (created.body.userName !== userName || typeof created.body.id !== 'string') throw new Error(`${door.name} create answered ${JSON.stringify(created.body)}`);
}

/** Okta's existence check of a userName nobody has: 200 with no results. */
export async function preCheck(door: Door, org: BenchOrganization, userName: string): Promise<void> {
  const check = expectStatus(await door.scim(org, 'GET', `/Users?filter=${eqFilter(userName)}&startIndex=1&count=100`), 200, `${door.name} pre-check`);
  if (check.body.totalResults !== 0) throw new Error(`${door.name} pre-check of ${userName} found ${check.body.totalResults}`);
}

/** One Okta create flow: the existence check (0 results), then the POST. */
export async function oktaFlow(door: Door, org: BenchOrganization, userName: string, n: number): Promise<void> {
  await preCheck(door, org, userName);
  await create(door, org, userName, n);
}

/** A fresh userName per flow: scenario, server and round in it, so that the two servers never collide in the shared table. */
const flowName = (tag: string, door: Door, round: number | string, n: number): string => `${tag}.${door.name}.${round}.${n}@bench.example`;

export interface FlowPlan {
  clients: number;
  rounds: number;
  roundMs: number;
  warmMs: number;
  /** Least share of the floor's flows/s. */
  minShare: number;
}

/** Okta's create flow with `clients` concurrent clients, in alternating timed rounds; median of the rounds. */
export async function createFlows(doors: readonly Door[], org: BenchOrganization, plan: FlowPlan): Promise<Figure[]> {
  const tag = `flow${plan.clients}`;
  for (const door of doors) await drive(plan.clients, (n) => oktaFlow(door, org, flowName(tag, door, 'warm', n), n), { ms: plan.warmMs });
  const cpu = new CpuMeter();
  const results = await alternate(doors, plan.rounds, (door, round) =>
    cpu.measure(door, () => drive(plan.clients, (n) => oktaFlow(door, org, flowName(tag, door, round, n), n), { ms: plan.roundMs }), (r) => r.count),
  );
  const flowsPerSecond = (r: LoadResult) => r.count / (r.elapsedMs / 1000);
  const of = (name: Door['name']) => results.get(name) ?? [];
  const rates = (name: Door['name']) => of(name).map(flowsPerSecond);
  const p = (name: Door['name'], q: number) => median(of(name).map((r) => percentile(r.latencies, q)));
  const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
  const who = `${plan.clients} client${plan.clients === 1 ? '' : 's'}`;
  const how = `median of ${plan.rounds} alternating rounds of ${(plan.roundMs / 1000).toFixed(1)} s`;
  return [
    rateFigure(`Okta create flow, ${who}: flows/s`, median(rates('scimgraph')), median(rates('floor')), 'flows/s', plan.minShare, `${how}; rounds ${list(rates('scimgraph'))} vs floor ${list(rates('floor'))}; a flow is GET ?filter + POST${cpu.summary('flow')}`, median(rates('ceiling'))),
    latencyFigure(`Okta create flow, ${who}: flow p50`, p('scimgraph', 50), p('floor', 50), null, `p95 ${ms(p('scimgraph', 95))} vs floor ${ms(p('floor', 95))} (${how})`, p('ceiling', 50)),
  ];
}

/** Milliseconds of each lookup, per organization (by id) and server. */
type Samples = Map<string, Map<Door['name'], number[]>>;

/** One `userName eq` lookup of seeded user `n + 1`, upper-cased (the match is case-insensitive); checks it finds that user. */
export async function lookup(door: Door, org: BenchOrganization, n: number): Promise<number> {
  const userName = seedUserName(n + 1, org.slug).toUpperCase();
  const { ms: took, value } = await timed(() => door.scim(org, 'GET', `/Users?filter=${eqFilter(userName)}`));
  const body = expectStatus(value, 200, `${door.name} lookup`).body;
  if (body.totalResults !== 1 || body.Resources?.[0]?.userName?.toUpperCase() !== userName) throw new Error(`${door.name} lookup of ${userName} answered ${JSON.stringify(body)}`);
  return took;
}

/**
 * `count` lookups per organization and server after a warm-up, interleaved at every level: each
 * step looks up one user in every organization on every server, so that noise falls on every size
 * and every server alike. Each server first gets `warmMs` of lookups of its own: the group's
 * scimgraph process is fresh while the floor and the ceiling have served the groups before, and a
 * fresh process takes a few thousand requests before its hot code is optimised (its first thousand
 * lookups cost about half as much CPU again as the next ones). A server in service is warm.
 */
async function interleavedLookups(doors: readonly Door[], orgs: readonly BenchOrganization[], count: number, warmMs: number, cpu: CpuMeter): Promise<Samples> {
  const warmUp = async (door: Door, n: number): Promise<void> => {
    const org = orgs[n % orgs.length];
    await lookup(door, org, n % org.seed.users);
  };
  for (const door of doors) await drive(1, (n) => warmUp(door, n), { ms: warmMs });
  const samples: Samples = new Map(orgs.map((org) => [org.id, new Map(doors.map((door) => [door.name, [] as number[]]))]));
  const warm = Math.min(100, count);
  const users = new Map(orgs.map((org) => [org.id, spread(warm + count, org.seed.users)]));
  for (let i = 0; i < warm + count; i += 1) {
    for (const org of orgs) {
      for (const door of doors) {
        const user = users.get(org.id)?.[i] ?? 0;
        if (i < warm) await lookup(door, org, user);
        else samples.get(org.id)?.get(door.name)?.push(await cpu.measure(door, () => lookup(door, org, user), () => 1));
      }
    }
  }
  return samples;
}

/**
 * p50 and p95 of `userName eq` at three directory sizes, against the floor. Targets: at the medium
 * size, 2× the floor's p50; at the large size, 1.2× scimgraph's own p50 at the small size (the
 * unique index answers the filter, so it must not grow with the directory).
 */
export async function userNameLookups(doors: readonly Door[], orgs: { small: BenchOrganization; medium: BenchOrganization; large: BenchOrganization }, count: number, warmMs: number): Promise<Figure[]> {
  const { small, medium, large } = orgs;
  const cpu = new CpuMeter();
  const samples = await interleavedLookups(doors, [small, medium, large], count, warmMs, cpu);
  const p = (org: BenchOrganization, name: Door['name'], q: number) => percentile(samples.get(org.id)?.get(name) ?? [], q);
  const size = (org: BenchOrganization) => org.seed.users.toLocaleString('en');
  const figure = (org: BenchOrganization, maxTimes: number | null) =>
    latencyFigure(`userName eq lookup at ${size(org)} users: p50`, p(org, 'scimgraph', 50), p(org, 'floor', 50), maxTimes, `p95 ${ms(p(org, 'scimgraph', 95))} vs floor ${ms(p(org, 'floor', 95))}; ${count} lookups each, interleaved, upper-cased, after ${(warmMs / 1000).toFixed(1)} s of lookups per server${maxTimes === null ? '' : cpu.summary('lookup, all sizes')}`, p(org, 'ceiling', 50));
  return [
    figure(small, null),
    figure(medium, 2),
    figure(large, null),
    selfRatioFigure(`userName eq p50 at ${size(large)} vs ${size(small)} users (scimgraph)`, p(large, 'scimgraph', 50), p(small, 'scimgraph', 50), `its ${size(small)} p50`, 1.2, 'the unique (organization_id, user_name_key) index answers it'),
  ];
}

/** `total` users created through POST /Users by `clients` clients, in `chunks` alternating chunks per server; users/s over all chunks. */
export async function bulkCreate(doors: readonly Door[], org: BenchOrganization, total: number, clients: number, chunks: number, minShare: number): Promise<Figure> {
  const perChunk = Math.ceil(total / chunks);
  const cpu = new CpuMeter();
  const results = await alternate(doors, chunks, (door, chunk) =>
    cpu.measure(door, () => drive(clients, (n) => create(door, org, flowName('bulk', door, chunk, n), n), { count: perChunk }), (r) => r.count),
  );
  const usersPerSecond = (name: Door['name']) => {
    const of = results.get(name) ?? [];
    return of.reduce((sum, r) => sum + r.count, 0) / (of.reduce((sum, r) => sum + r.elapsedMs, 0) / 1000);
  };
  const created = (perChunk * chunks).toLocaleString('en');
  const detail = `${chunks} alternating chunks of ${perChunk.toLocaleString('en')} per server, Okta's body; users/s = users / time in their chunks${cpu.summary('create')}`;
  return rateFigure(`${created} users through POST /Users, ${clients} clients: users/s`, usersPerSecond('scimgraph'), usersPerSecond('floor'), 'users/s', minShare, detail, usersPerSecond('ceiling'));
}
