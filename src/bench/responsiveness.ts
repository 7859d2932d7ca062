import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchApp, BenchOrganization } from './harness';
import { httpClient } from './http.client';
import { expectStatus, ms, percentile, timed, type Figure } from './measure';
import { absoluteFigure } from './report.table';
import { createGroup, members, patchOf, userIds } from './scenarios';

/**
 * Does one heavy request starve the others? `/healthz` is asked every few milliseconds, on a
 * connection of its own, while a second client sends heavy requests back to back: the probe's p99
 * is how long a cheap request can wait behind them (50 ms targeted).
 */

const PROBE_GAP_MS = 2;
const TARGET_MS = 50;

interface Starvation {
  probes: number[];
  heavy: number[];
}

/** Probes `/healthz` on its own socket for as long as `heavy` runs `rounds` times. */
async function probeDuring(baseUrl: string, rounds: number, heavy: (round: number) => Promise<void>): Promise<Starvation> {
  const probe = httpClient(baseUrl, 1);
  const probes: number[] = [];
  const times: number[] = [];
  let running = true;
  const probing = (async () => {
    while (running) {
      const { ms: took, value } = await timed(() => probe.send('GET', '/healthz', {}));
      expectStatus(value, 200, 'healthz');
      probes.push(took);
      await sleep(PROBE_GAP_MS);
    }
  })();
  try {
    for (let round = 0; round < rounds; round += 1) times.push((await timed(() => heavy(round))).ms);
  } finally {
    running = false;
    await probing;
    probe.close();
  }
  return { probes, heavy: times };
}

function starvationFigure(name: string, result: Starvation, heavyName: string): Figure {
  const p99 = percentile(result.probes, 99);
  const detail = `p50 ${ms(percentile(result.probes, 50))}, max ${ms(Math.max(...result.probes))}; ${result.probes.length} probes; ${heavyName} p50 ${ms(percentile(result.heavy, 50))}`;
  return absoluteFigure(name, p99, TARGET_MS, detail);
}

/**
 * `/healthz` p99 while (1) full pages of 1,000 users are read back to back, and (2) PATCHes add
 * `size` members to a group and remove them again (Entra's `remove` with a value list).
 */
export async function responsiveness(app: BenchApp, org: BenchOrganization, baseUrl: string, size: number, rounds: number): Promise<Figure[]> {
  const pages = await probeDuring(baseUrl, rounds, async (round) => {
    const page = expectStatus(await org.scim('GET', `/Users?startIndex=${1 + round * 1000}&count=1000`), 200, 'page of 1000').body;
    if (page.Resources.length !== 1000) throw new Error(`page of 1000 answered ${page.Resources.length} users`);
  });
  const ids = (await userIds(app, org)).slice(0, size);
  if (ids.length < size) throw new Error(`the ${size}-member PATCH needs ${size} users, the organization has ${ids.length}`);
  const group = await createGroup(org, 'Bench starvation');
  const patches = await probeDuring(baseUrl, rounds, async (round) => {
    const op = round % 2 === 0 ? { op: 'add', path: 'members', value: members(ids) } : { op: 'remove', path: 'members', value: members(ids) };
    expectStatus(await org.scim('PATCH', `/Groups/${group}`, patchOf(op)), 204, `${op.op} ${size} members`);
  });
  const thousands = size.toLocaleString('en');
  return [
    starvationFigure('`/healthz` p99 while 1,000-user pages are served back to back', pages, 'page'),
    starvationFigure(`\`/healthz\` p99 while PATCHes add or remove ${thousands} members`, patches, 'PATCH'),
  ];
}
