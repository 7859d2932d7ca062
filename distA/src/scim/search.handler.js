"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.searchRoutes = void 0;
exports.createSearchRoute = createSearchRoute;
const backend_1 = require("./backend");
const errors_1 = require("./errors");
const filter_1 = require("./filter");
const groups_handler_1 = require("./groups.handler");
const list_request_1 = require("./list-request");
const list_response_1 = require("./mapping/list-response");
const paging_1 = require("./paging");
const respond_1 = require("./respond");
const schemas_1 = require("./schemas");
const users_handler_1 = require("./users.handler");
const search_filter_1 = require("./search-filter");
/** Each source's query for the request's filter; null for a type the filter can never match. */
function queriesFor(request, sources) {
    const parsed = request.filter === null ? null : (0, filter_1.parseFilter)(request.filter);
    const catalogues = sources.map((source) => source.catalogue);
    return sources.map((source) => {
        const typed = parsed === null ? true : (0, search_filter_1.filterForType)(parsed, source.catalogue, catalogues);
        if (typed === false)
            return null;
        return { filter: typed === true ? null : (0, filter_1.resolveFilter)(typed, source.catalogue), sortBy: null, descending: false };
    });
}
/** Where a root cursor points: a source and a position in it (RFC 9865 cursors are opaque to clients). */
function readCursor(cursor, sources) {
    if (cursor === '')
        return { index: 0, after: null };
    const [prefix, ...rest] = cursor.split('.');
    const index = sources.findIndex((source) => source.prefix === prefix);
    if (index < 0 || rest.length > 1)
        throw new errors_1.ScimError(400, 'invalidCursor', 'The cursor is not valid for this query');
    return { index, after: rest[0] ?? null };
}
/**
 * RFC 7644 §3.4.3 over the concatenation of the types' results (Users, then Groups): totals add up,
 * `startIndex` counts across the whole, and each type is read with one query.
 */
async function indexPage(backend, request, sources, queries) {
    const slice = { totalResults: 0, resources: [], hasNextPage: false, endCursor: null };
    let skip = request.startIndex - 1;
    for (const [i, source] of sources.entries()) {
        const query = queries[i];
        if (!query)
            continue;
        const want = request.count - slice.resources.length;
        const page = await source.fetch(backend, query, { first: want, after: null, offset: want > 0 ? skip : 0, withTotal: true }, request);
        slice.totalResults += page.totalResults;
        slice.resources.push(...page.resources);
        skip = Math.max(0, skip - page.totalResults);
    }
    return slice;
}
/** RFC 9865 over the concatenation: the next cursor names the type it continues in. */
async function cursorPage(backend, request, sources, queries) {
    (0, paging_1.checkCursorCount)(request);
    const start = readCursor(request.cursor ?? '', sources);
    const slice = { totalResults: 0, resources: [], hasNextPage: false, endCursor: null };
    for (const [i, source] of sources.entries()) {
        const query = queries[i];
        if (!query)
            continue;
        const want = request.count - slice.resources.length;
        const reading = i >= start.index && want > 0 && !slice.hasNextPage;
        const after = i === start.index ? start.after : null;
        const page = await source.fetch(backend, query, { first: reading ? want : 0, after: reading ? after : null, offset: null, withTotal: true }, request);
        slice.totalResults += page.totalResults;
        slice.resources.push(...page.resources);
        if (slice.hasNextPage)
            continue;
        // The page ends inside this type, or it is full and this later type has rows still to come.
        if (reading && page.hasNextPage && page.endCursor)
            Object.assign(slice, { hasNextPage: true, endCursor: `${source.prefix}.${page.endCursor}` });
        else if (!reading && i > start.index && page.totalResults > 0)
            Object.assign(slice, { hasNextPage: true, endCursor: source.prefix });
    }
    return slice;
}
/** `POST /.search` at the service root, over Users and Groups (RFC 7644 §3.4.3). */
function createSearchRoute(deps) {
    const sources = [
        { prefix: 'u', catalogue: schemas_1.USER_CATALOGUE, fetch: (0, users_handler_1.createUserLister)(deps.baseUrl) },
        { prefix: 'g', catalogue: schemas_1.GROUP_CATALOGUE, fetch: (0, groups_handler_1.createGroupLister)(deps.baseUrl) },
    ];
    return async (req, res) => {
        const request = (0, list_request_1.listRequestOf)(req);
        (0, search_filter_1.assertNoSort)(request.sortBy);
        const queries = queriesFor(request, sources);
        const backend = (0, backend_1.backendOf)(res);
        const slice = request.cursor === undefined ? await indexPage(backend, request, sources, queries) : await cursorPage(backend, request, sources, queries);
        (0, respond_1.sendScim)(res, 200, (0, list_response_1.toListResponse)(request, slice));
    };
}
const searchRoutes = (router, deps) => {
    router.post('/.search', createSearchRoute(deps));
};
exports.searchRoutes = searchRoutes;
//# sourceMappingURL=search.handler.js.map