import { performance } from 'node:perf_hooks';
import type { BenchApp } from './harness';
import type { BenchResponse } from './http.client';

/** One line of the report: scimgraph's value and, where there is one, the floor's, their ratio and the target. */
export interface Figure {
  name: string;
  value: string;
  floor?: string;
  /** The stack's ceiling (`ceiling.child.ts`) and its own share of the floor, where it runs the same load. */
  ceiling?: string;
  ratio?: string;
  target?: string;
  detail?: string;
}

/** Milliseconds `work` took, and what it returned. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Milliseconds and SQL statements of one piece of work. */
export async function measured<T>(app: BenchApp, work: () => Promise<T>): Promise<{ ms: number; statements: number; value: T }> {
  const before = app.statements();
  const { ms, value } = await timed(work);
  return { ms, statements: app.statements() - before, value };
}

/** Fails the bench when a response is not the one expected: a figure for a failing request means nothing. */
export function expectStatus(response: BenchResponse, status: number, what: string): BenchResponse {
  if (response.status !== status) throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export const mean = (samples: readonly number[]): number => samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length);

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
export const perSecond = (count: number, elapsedMs: number): string => `${(count / (elapsedMs / 1000)).toFixed(0)}/s`;

/** A deterministic spread of `count` indexes below `size` (no Math.random: runs compare). */
export function spread(count: number, size: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor(((i * 7919) % count) * (size / count) + (i % 7)) % size);
}
