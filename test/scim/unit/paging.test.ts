import { parseListRequest, type ListRequest } from '../../../src/scim/list-request';
import type { PagingVariables } from '../../../src/scim/mapping/list-response';
import { createListPaging, type ListPagingOptions } from '../../../src/scim/paging';

const request = (overrides: Partial<ListRequest> = {}): ListRequest => ({ ...parseListRequest({}), ...overrides });

const QUERY = { filter: null, orderBy: null };

function pagingAt(options: ListPagingOptions = {}) {
  let clock = 0;
  const paging = createListPaging({ now: () => clock, ...options });
  return { paging, advance: (ms: number) => (clock += ms) };
}

/** Serves page `startIndex` of 100 rows, ending at cursor `c<next startIndex>`, with total 1000 counted now. */
const serve = (paging: ReturnType<typeof createListPaging>, startIndex: number, scope = 'client', query: unknown = QUERY) =>
  paging.remember(request({ startIndex }), scope, 'Users', query, { served: 100, endCursor: `c${startIndex + 100}`, total: 1000, countedAt: null });

describe('list paging: cursor (RFC 9865)', () => {
  it.each([
    ['', null],
    ['abc', 'abc'],
  ])('passes cursor %j through as after %j, counting the total', (cursor, after) => {
    expect(pagingAt().paging.plan(request({ cursor, count: 10 }), 's', 'Users', QUERY)).toEqual({ paged: { first: 10, after, offset: null }, total: null, countedAt: null });
  });

  it('reads a previousCursor backwards: the count rows before the cursor it marks', () => {
    expect(pagingAt().paging.plan(request({ cursor: '~abc', count: 10 }), 's', 'Users', QUERY)).toEqual({
      paged: { first: null, after: null, offset: null, last: 10, before: 'abc' },
      total: null,
      countedAt: null,
    });
  });

  it('refuses count=0 with invalidCount', () => {
    expect(() => pagingAt().paging.plan(request({ cursor: '', count: 0 }), 's', 'Users', QUERY)).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidCount' }));
  });
});

describe('list paging: index (RFC 7644 §3.4.2.4)', () => {
  it('skips startIndex - 1 rows when no served page ended there', () => {
    expect(pagingAt().paging.plan(request({ startIndex: 201 }), 's', 'Users', QUERY).paged).toEqual({ first: 100, after: null, offset: 200 });
  });

  it('seeks to where the previous page ended and reports its total', () => {
    const { paging } = pagingAt();
    serve(paging, 1);
    expect(paging.plan(request({ startIndex: 101 }), 'client', 'Users', QUERY)).toEqual({ paged: { first: 100, after: 'c101', offset: null }, total: 1000, countedAt: 0 });
  });

  it.each([
    ['another client', 'other', 'Users', QUERY],
    ['another resource type', 'client', 'Groups', QUERY],
    ['another query', 'client', 'Users', { filter: { active: { eq: true } }, orderBy: null }],
  ])('never seeks for %s', (_label, scope, resource, query) => {
    const { paging } = pagingAt();
    serve(paging, 1);
    expect(paging.plan(request({ startIndex: 101 }), scope, resource, query).paged.offset).toBe(100);
  });

  it('forgets positions after their time to live', () => {
    const { paging, advance } = pagingAt({ ttlMs: 1000 });
    serve(paging, 1);
    advance(1000);
    expect(paging.plan(request({ startIndex: 101 }), 'client', 'Users', QUERY).paged.offset).toBe(100);
  });

  it('counts again once the carried total is older than totalTtlMs, still seeking', () => {
    const { paging, advance } = pagingAt({ totalTtlMs: 500 });
    serve(paging, 1);
    advance(500);
    expect(paging.plan(request({ startIndex: 101 }), 'client', 'Users', QUERY)).toMatchObject({ paged: { after: 'c101' }, total: null });
  });

  it('carries the time of the first count along a walk', () => {
    const { paging, advance } = pagingAt({ totalTtlMs: 500 });
    serve(paging, 1);
    advance(300);
    const plan = paging.plan(request({ startIndex: 101 }), 'client', 'Users', QUERY);
    paging.remember(request({ startIndex: 101 }), 'client', 'Users', QUERY, { served: 100, endCursor: 'c201', total: 1000, countedAt: plan.countedAt });
    advance(300);
    expect(paging.plan(request({ startIndex: 201 }), 'client', 'Users', QUERY).total).toBeNull();
  });

  it('keeps at most capacity positions, dropping the oldest', () => {
    const { paging } = pagingAt({ capacity: 2 });
    [1, 101, 201].forEach((start) => serve(paging, start));
    expect([101, 201, 301].map((start) => paging.plan(request({ startIndex: start }), 'client', 'Users', QUERY).paged.after)).toEqual([null, 'c201', 'c301']);
  });

  it('remembers nothing for an empty page or a cursor page', () => {
    const { paging } = pagingAt();
    paging.remember(request({ startIndex: 1 }), 'client', 'Users', QUERY, { served: 0, endCursor: null, total: 0, countedAt: null });
    paging.remember(request({ cursor: '' }), 'client', 'Users', QUERY, { served: 100, endCursor: 'x', total: 1000, countedAt: null });
    expect(paging.plan(request({ startIndex: 1 }), 'client', 'Users', QUERY).paged.offset).toBe(0);
    expect(paging.plan(request({ startIndex: 101 }), 'client', 'Users', QUERY).paged.offset).toBe(100);
  });
});

describe('list paging: page()', () => {
  const req = { get: (name: string) => (name === 'authorization' ? 'Bearer t' : undefined) } as never;
  const res = {} as never;
  /** A fetch over `rows` rows, counting `counted` when asked to count, recording its calls. */
  function fetchOver(rows: number, counted = rows) {
    const calls: (PagingVariables & { total: number | null })[] = [];
    const fetch = async (_res: unknown, _query: unknown, paged: PagingVariables, _projection: unknown, total: number | null) => {
      calls.push({ ...paged, total });
      const start = paged.after ? Number(paged.after.slice(1)) : (paged.offset ?? 0);
      const served = Math.max(0, Math.min(paged.first ?? 0, rows - start));
      return {
        totalResults: total ?? counted,
        resources: Array.from({ length: served }, (_, i) => ({ id: String(start + i) })),
        hasNextPage: start + served < rows,
        endCursor: served ? `c${start + served}` : null,
      };
    };
    return { fetch, calls };
  }

  it('walks by keyset after the first page and reports what the walk delivered on its last page', async () => {
    const { paging } = pagingAt();
    const { fetch, calls } = fetchOver(250, 300);
    const pages = [];
    for (const startIndex of [1, 101, 201]) pages.push(await paging.page(req, res, 'Users', request({ startIndex }), QUERY, fetch));
    expect(calls).toEqual([
      { first: 100, after: null, offset: 0, total: null },
      { first: 100, after: 'c100', offset: null, total: 300 },
      { first: 100, after: 'c200', offset: null, total: 300 },
    ]);
    expect(pages.map((p) => [p.resources.length, p.totalResults])).toEqual([[100, 300], [100, 300], [50, 250]]);
  });

  it('counts again when a continued page shows the carried total is out of date', async () => {
    const { paging } = pagingAt();
    const first = fetchOver(250, 100);
    await paging.page(req, res, 'Users', request({ startIndex: 1 }), QUERY, first.fetch);
    const { fetch, calls } = fetchOver(250, 250);
    const page = await paging.page(req, res, 'Users', request({ startIndex: 101 }), QUERY, fetch);
    expect(calls.map((c) => [c.first, c.total])).toEqual([[100, 100], [0, null]]);
    expect(page.totalResults).toBe(250);
  });

  it('does not remember the last page of a walk', async () => {
    const { paging } = pagingAt();
    const { fetch, calls } = fetchOver(50);
    await paging.page(req, res, 'Users', request({ startIndex: 1 }), QUERY, fetch);
    await paging.page(req, res, 'Users', request({ startIndex: 51 }), QUERY, fetch);
    expect(calls[1]).toMatchObject({ after: null, offset: 50, total: null });
  });
});
