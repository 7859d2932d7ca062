import { performance } from 'node:perf_hooks';
import type { ChildServer } from './child.launcher';
import { scimHeaders, type BenchOrganization } from './harness';
import type { BenchResponse, HttpClient } from './http.client';

/** A server under load and how to speak to it for an organization. */
export interface Door {
  name: 'scimgraph' | 'ceiling' | 'floor';
  /** A SCIM request as the organization's IdP. */
  scim(org: BenchOrganization, method: string, path: string, body?: unknown): Promise<BenchResponse>;
  /** The server process's CPU time so far, in ms (null where it cannot be read). */
  cpuMs(): number | null;
}

/** scimgraph: the organization's scim bearer token. */
export const scimgraphDoor = (server: ChildServer): Door => ({
  name: 'scimgraph',
  scim: (org, method, path, body) => server.client.send(method, `/scim/v2${path}`, scimHeaders(org.scimToken), body),
  cpuMs: () => server.cpuMs(),
});

/** The floor and the ceiling check no token: the organization is named in a header. */
export const floorDoor = (server: ChildServer, name: 'ceiling' | 'floor'): Door => ({
  name,
  scim: (org, method, path, body) => server.client.send(method, `/scim/v2${path}`, { 'X-Organization-Id': org.id, 'Content-Type': 'application/scim+json; charset=utf-8' }, body),
  cpuMs: () => server.cpuMs(),
});

/**
 * The server CPU time each door's work used, and how many steps it did: CPU per step, a figure
 * that another tenant's load on a shared machine barely moves.
 */
export class CpuMeter {
  private readonly used = new Map<Door['name'], { ms: number; steps: number }>();

  /** Runs `work` (which does `steps` steps, or as many as it returns) at `door`, adding the CPU its server used meanwhile. */
  async measure<T>(door: Door, work: () => Promise<T>, steps: (value: T) => number): Promise<T> {
    const before = door.cpuMs();
    const value = await work();
    const after = door.cpuMs();
    if (before !== null && after !== null) {
      const known = this.used.get(door.name) ?? { ms: 0, steps: 0 };
      this.used.set(door.name, { ms: known.ms + after - before, steps: known.steps + steps(value) });
    }
    return value;
  }

  /** `server CPU per <unit>: scimgraph 4.52 ms, ceiling 1.48 ms, floor 0.61 ms`, or '' when nothing was measured. */
  summary(unit: string): string {
    const parts = [...this.used].filter(([, used]) => used.steps > 0).map(([name, used]) => `${name} ${(used.ms / used.steps).toFixed(2)} ms`);
    return parts.length === 0 ? '' : `; server CPU per ${unit}: ${parts.join(', ')}`;
  }
}

export interface LoadResult {
  /** Steps completed. */
  count: number;
  elapsedMs: number;
  /** Milliseconds of each step, in completion order. */
  latencies: number[];
}

/** When a load stops: after `ms` milliseconds (steps in flight finish), or once `count` steps have started. */
export type Until = { ms: number } | { count: number };

/**
 * `clients` loops, each running one step after the other (a step is a whole flow, which may be
 * several requests), with step numbers shared so that every step is distinct, until `until`.
 */
export async function drive(clients: number, step: (n: number) => Promise<void>, until: Until): Promise<LoadResult> {
  const latencies: number[] = [];
  const start = performance.now();
  const more = (n: number): boolean => ('ms' in until ? performance.now() - start < until.ms : n < until.count);
  let next = 0;
  const loop = async (): Promise<void> => {
    while (more(next)) {
      const n = next;
      next += 1;
      const began = performance.now();
      await step(n);
      latencies.push(performance.now() - began);
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  return { count: latencies.length, elapsedMs: performance.now() - start, latencies };
}

/**
 * Runs `round` for each door in turn, `rounds` times (scimgraph, ceiling, floor, scimgraph, …), so
 * that whatever else the machine does falls on both alike; returns each door's results in order.
 */
export async function alternate<T>(doors: readonly Door[], rounds: number, round: (door: Door, index: number) => Promise<T>): Promise<Map<Door['name'], T[]>> {
  const results = new Map<Door['name'], T[]>(doors.map((door) => [door.name, []]));
  for (let index = 0; index < rounds; index += 1) {
    for (const door of doors) results.get(door.name)?.push(await round(door, index));
  }
  return results;
}
