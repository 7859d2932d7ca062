import type { BenchOrganization } from './harness';
import { expectStatus, mean, ms, perSecond, timed, type Figure } from './measure';

interface Walk {
  elapsed: number;
  pages: number[];
  ids: number;
}

/** Reads every page of GET /Users by index, in the order given; checks the pages cover every user once. */
async function walk(org: BenchOrganization, starts: readonly number[], pageSize: number, total: number): Promise<Walk> {
  const pages: number[] = [];
  const seen = new Set<string>();
  const { ms: elapsed } = await timed(async () => {
    for (const start of starts) {
      const { ms: took, value } = await timed(() => org.scim('GET', `/Users?startIndex=${start}&count=${pageSize}`));
      const body = expectStatus(value, 200, `page ${start}`).body;
      if (body.totalResults !== total) throw new Error(`page ${start}: totalResults ${body.totalResults}, expected ${total}`);
      for (const resource of body.Resources) seen.add(resource.id);
      pages.push(took);
    }
  });
  if (seen.size !== total) throw new Error(`the walk saw ${seen.size} distinct users of ${total}`);
  return { elapsed, pages, ids: seen.size };
}

/**
 * Okta's import (scim-clients.md §1.7): GET /Users?startIndex=1&count=100, then 101, … to the end.
 * Walked twice over the same pages: in order, as an IdP does (each page continues the one before,
 * so the façade seeks to where it ended), and last page first, so that no page continues the one
 * before and every page is an OFFSET, which is what index paging cost before it learnt to seek.
 */
export async function indexImport(org: BenchOrganization, pageSize: number): Promise<Figure[]> {
  const total = expectStatus(await org.scim('GET', '/Users?count=0'), 200, 'count').body.totalResults as number;
  const starts = Array.from({ length: Math.ceil(total / pageSize) }, (_, i) => 1 + i * pageSize);
  const seek = await walk(org, starts, pageSize, total);
  const offset = await walk(org, [...starts].reverse(), pageSize, total);
  const edges = (pages: number[]) => `first 10 pages ${ms(mean(pages.slice(0, 10)))}, last 10 ${ms(mean(pages.slice(-10)))} per page`;
  const countOnly = await timed(() => org.scim('GET', '/Users?count=0'));
  return [
    {
      name: `Index-paged import of ${total.toLocaleString('en')} users (count=${pageSize}, ${starts.length} pages), in order`,
      value: `${(seek.elapsed / 1000).toFixed(1)} s`,
      detail: `${perSecond(starts.length, seek.elapsed)} pages; ${edges(seek.pages)}`,
    },
    {
      name: 'The same pages as OFFSET (last page first, no page continues the previous one)',
      value: `${(offset.elapsed / 1000).toFixed(1)} s`,
      detail: `${edges([...offset.pages].reverse())} (first = startIndex 1)`,
    },
    { name: `totalResults alone (GET /Users?count=0 over ${total.toLocaleString('en')} users)`, value: ms(countOnly.ms), detail: 'counted on every page' },
  ];
}
