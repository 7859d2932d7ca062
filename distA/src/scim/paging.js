"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SLICE_ROWS = void 0;
exports.checkCursorCount = checkCursorCount;
exports.listPage = listPage;
const promises_1 = require("node:timers/promises");
const errors_1 = require("./errors");
const list_request_1 = require("./list-request");
const list_response_1 = require("./mapping/list-response");
/** RFC 9865 §2.2: a cursor page holds at least one result; `count` is clamped to MAX_RESULTS (the advertised maxPageSize). */
function checkCursorCount(request) {
    if (request.count < 1)
        throw new errors_1.ScimError(400, 'invalidCount', `With cursor paging, count must be between 1 and ${list_request_1.MAX_RESULTS}`);
}
/**
 * Rows read and rendered in one go at most. A larger page is read in slices, each continuing after
 * the last row of the one before (a keyset seek), with the event loop's turn in between, and its
 * `totalResults` is counted in a turn of its own: rendering a thousand resources takes the one
 * thread for a hundred milliseconds, counting a large directory tens of milliseconds on SQLite
 * (whose driver holds the thread), and a cheap request (`/healthz`, a lookup) must not wait behind
 * both. A page that reaches the end of an index-paged list tells its total without a count.
 */
exports.SLICE_ROWS = 100;
/** The page a list request asks for, read and rendered by `fetch`, in slices of SLICE_ROWS rows. */
async function listPage(backend, request, query, fetch) {
    if (request.cursor !== undefined)
        checkCursorCount(request);
    const paged = (0, list_response_1.pagingVariables)(request);
    if (paged.first === null || paged.first <= exports.SLICE_ROWS)
        return fetch(backend, query, paged, request);
    const page = await fetch(backend, query, { ...paged, first: exports.SLICE_ROWS, withTotal: false }, request);
    const resources = [...page.resources];
    let last = page;
    while (resources.length < paged.first && last.hasNextPage && last.endCursor) {
        await (0, promises_1.setImmediate)();
        const first = Math.min(exports.SLICE_ROWS, paged.first - resources.length);
        last = await fetch(backend, query, { first, after: last.endCursor, offset: null, withTotal: false }, request);
        resources.push(...last.resources);
    }
    const { offset } = paged;
    // An index page that reached the end of the list holds every row from its offset on (the rule of
    // `knownTotal` in domain/query/paging.ts, for a page read in one go).
    const rowsTellTotal = !last.hasNextPage && offset !== null && (resources.length > 0 || offset === 0);
    const totalResults = rowsTellTotal ? offset + resources.length : await countAlone(backend, query, request, fetch);
    return { ...page, totalResults, resources, hasNextPage: last.hasNextPage, endCursor: last.endCursor };
}
/**
 * A sliced page's `totalResults`, counted in a turn of its own; the response is written in the
 * turn after, since the count and the page's JSON each hold the thread long enough.
 */
async function countAlone(backend, query, request, fetch) {
    await (0, promises_1.setImmediate)();
    const { totalResults } = await fetch(backend, query, { first: 0, after: null, offset: 0, withTotal: true }, request);
    await (0, promises_1.setImmediate)();
    return totalResults;
}
//# sourceMappingURL=paging.js.map