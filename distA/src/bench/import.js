"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.indexImport = indexImport;
const measure_1 = require("./measure");
/** Reads pages of GET /Users by index, in the order given; with `complete`, checks they cover every user once. */
async function walk(org, starts, pageSize, total, complete) {
    const pages = [];
    const seen = new Set();
    const { ms: elapsed } = await (0, measure_1.timed)(async () => {
        for (const start of starts) {
            const { ms: took, value } = await (0, measure_1.timed)(() => org.scim('GET', `/Users?startIndex=${start}&count=${pageSize}`));
            const body = (0, measure_1.expectStatus)(value, 200, `page ${start}`).body;
            if (body.totalResults !== total)
                throw new Error(`page ${start}: totalResults ${body.totalResults}, expected ${total}`);
            if (body.Resources.length !== Math.min(pageSize, total - start + 1))
                throw new Error(`page ${start}: ${body.Resources.length} resources`);
            for (const resource of body.Resources)
                seen.add(resource.id);
            pages.push(took);
        }
    });
    if (complete && seen.size !== total)
        throw new Error(`the walk saw ${seen.size} distinct users of ${total}`);
    return { elapsed, pages, ids: seen.size };
}
const OFFSET_PAGE = `query ($first: Int!, $offset: Int!) { users(first: $first, offset: $offset) { totalCount nodes { id } } }`;
const SEEK_PAGE = `query ($first: Int!, $after: String!) { users(first: $first, after: $after) { nodes { id } } }`;
const RUNS = 7;
const CURSOR_AT = `query ($offset: Int!) { users(first: 1, offset: $offset) { pageInfo { endCursor } } }`;
/** The median of `runs` requests: other work on the machine shows up as outliers, not as a shifted mean. */
async function graphqlMs(org, query, variables, runs) {
    const samples = [];
    for (let i = 0; i < runs; i += 1) {
        const { ms: took, value } = await (0, measure_1.timed)(() => org.graphql(query, variables));
        if (value.status !== 200 || value.body.errors)
            throw new Error(`paging query: ${JSON.stringify(value.body)}`);
        samples.push(took);
    }
    return (0, measure_1.percentile)(samples, 50);
}
/**
 * The paging alone, without rendering users: a page of 100 ids through GraphQL at points along the
 * directory, as OFFSET with its COUNT (what an index page costs) and as a keyset seek from the
 * previous row (what an RFC 9865 cursor page costs).
 */
async function pagingAlone(org, total, pageSize) {
    const last = Math.floor((total - 1) / pageSize) * pageSize;
    const points = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round((f * last) / pageSize) * pageSize);
    const cells = [];
    let offsetSum = 0;
    let seekSum = 0;
    for (const offset of points) {
        const offsetMs = await graphqlMs(org, OFFSET_PAGE, { first: pageSize, offset }, RUNS);
        let seekMs = offsetMs;
        if (offset > 0) {
            const after = (await org.graphql(CURSOR_AT, { offset: offset - 1 })).body.data.users.pageInfo.endCursor;
            seekMs = await graphqlMs(org, SEEK_PAGE, { first: pageSize, after }, RUNS);
        }
        offsetSum += offsetMs;
        seekSum += seekMs;
        cells.push(`startIndex ${(offset + 1).toLocaleString('en')}: ${(0, measure_1.ms)(offsetMs)} → ${(0, measure_1.ms)(seekMs)}`);
    }
    const pages = Math.ceil(total / pageSize);
    const walk = (sum) => `${((sum / points.length) * pages / 1000).toFixed(1)} s`;
    return {
        name: 'Paging alone: a page of 100 ids, OFFSET + COUNT → keyset seek',
        value: `whole walk ≈ ${walk(offsetSum)} → ${walk(seekSum)}`,
        detail: `${cells.join('; ')} (GraphQL, median of ${RUNS})`,
    };
}
/** Follows RFC 9865 cursors through GET /Users from the first page to the last; checks they cover every user once. */
async function cursorWalk(org, pageSize, total) {
    const pages = [];
    const seen = new Set();
    const { ms: elapsed } = await (0, measure_1.timed)(async () => {
        let cursor = '';
        while (cursor !== undefined) {
            const path = `/Users?cursor=${encodeURIComponent(cursor)}&count=${pageSize}`;
            const { ms: took, value } = await (0, measure_1.timed)(() => org.scim('GET', path));
            const body = (0, measure_1.expectStatus)(value, 200, `cursor page ${pages.length + 1}`).body;
            for (const resource of body.Resources)
                seen.add(resource.id);
            pages.push(took);
            cursor = body.nextCursor;
        }
    });
    if (seen.size !== total)
        throw new Error(`the cursor walk saw ${seen.size} distinct users of ${total}`);
    return { elapsed, pages, ids: seen.size };
}
/**
 * Okta's import (scim-clients.md §1.7): GET /Users?startIndex=1&count=100, then 101, … to the end,
 * in order as an IdP does. Index paging is stateless, so each page is an OFFSET with a COUNT, and
 * its cost grows with startIndex. Then the same directory through RFC 9865 cursor paging, where
 * every page is a keyset seek and nothing is counted.
 */
async function indexImport(org, pageSize) {
    const total = (0, measure_1.expectStatus)(await org.scim('GET', '/Users?count=0'), 200, 'count').body.totalResults;
    const starts = Array.from({ length: Math.ceil(total / pageSize) }, (_, i) => 1 + i * pageSize);
    const byIndex = await walk(org, starts, pageSize, total, true);
    const byCursor = await cursorWalk(org, pageSize, total);
    const edges = (pages) => `first 10 pages ${(0, measure_1.ms)((0, measure_1.mean)(pages.slice(0, 10)))}, last 10 ${(0, measure_1.ms)((0, measure_1.mean)(pages.slice(-10)))} per page`;
    const countOnly = await (0, measure_1.timed)(() => org.scim('GET', '/Users?count=0'));
    const alone = await pagingAlone(org, total, pageSize);
    return [
        {
            name: `Index-paged import of ${total.toLocaleString('en')} users (count=${pageSize}, ${starts.length} pages), in order`,
            value: `${(byIndex.elapsed / 1000).toFixed(1)} s`,
            detail: `${(0, measure_1.perSecond)(starts.length, byIndex.elapsed)} pages; ${edges(byIndex.pages)}`,
        },
        {
            name: `Cursor-paged import of the same users (RFC 9865, count=${pageSize}, ${byCursor.pages.length} pages)`,
            value: `${(byCursor.elapsed / 1000).toFixed(1)} s`,
            detail: `${(0, measure_1.perSecond)(byCursor.pages.length, byCursor.elapsed)} pages; ${edges(byCursor.pages)}`,
        },
        { name: `totalResults alone (GET /Users?count=0 over ${total.toLocaleString('en')} users)`, value: (0, measure_1.ms)(countOnly.ms), detail: 'paid by every page of either paging: a cursor page counts too, then seeks' },
        alone,
    ];
}
//# sourceMappingURL=import.js.map