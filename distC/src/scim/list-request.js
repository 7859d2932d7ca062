"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_START_INDEX = exports.DEFAULT_PAGE_SIZE = exports.MAX_RESULTS = void 0;
exports.parseListRequest = parseListRequest;
exports.listRequestOf = listRequestOf;
const errors_1 = require("./errors");
const json_1 = require("./json");
/** Advertised in ServiceProviderConfig as `filter.maxResults` and `pagination.maxPageSize`. */
exports.MAX_RESULTS = 1000;
exports.DEFAULT_PAGE_SIZE = 100;
/** The largest startIndex honoured: a 32-bit offset. Any larger one asks for a page past every list, as this one does. */
exports.MAX_START_INDEX = 2 ** 31 - 1;
/** Parameter names are case-insensitive (`startindex`, `StartIndex`). */
function lookup(raw, name) {
    const [key] = (0, json_1.keysNamed)(raw, name);
    const value = key === undefined ? undefined : raw[key];
    return Array.isArray(value) ? value[value.length - 1] : value;
}
function text(raw, name) {
    const value = lookup(raw, name);
    if (value === undefined || value === null)
        return null;
    if (typeof value !== 'string')
        throw new errors_1.ScimError(400, 'invalidValue', `${name} must be a string`);
    return value.trim() === '' ? null : value;
}
function integer(raw, name, fallback) {
    const value = lookup(raw, name);
    if (value === undefined || value === null || value === '')
        return fallback;
    const parsed = typeof value === 'number' ? value : Number(String(value).trim());
    if (!Number.isInteger(parsed))
        throw new errors_1.ScimError(400, name === 'count' ? 'invalidCount' : 'invalidValue', `${name} must be an integer`);
    return parsed;
}
/** `attributes=userName,emails`, the parameter repeated, or a JSON array in `.search`: every element counts. */
function list(raw, name) {
    const [key] = (0, json_1.keysNamed)(raw, name);
    const value = key === undefined ? undefined : raw[key];
    if (value === undefined || value === null)
        return [];
    const items = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(','));
    return items.map((item) => item.trim()).filter((item) => item !== '');
}
function sortOrder(raw) {
    const order = text(raw, 'sortOrder');
    if (order === null)
        return false;
    const normalised = order.toLowerCase();
    if (normalised !== 'ascending' && normalised !== 'descending') {
        throw new errors_1.ScimError(400, 'invalidValue', 'sortOrder must be "ascending" or "descending"');
    }
    return normalised === 'descending';
}
function cursorParameter(raw) {
    const [key] = (0, json_1.keysNamed)(raw, 'cursor');
    if (key === undefined)
        return undefined;
    const value = lookup(raw, 'cursor');
    return value === null || value === undefined ? '' : String(value);
}
/**
 * RFC 7644 §3.4.2.4: startIndex below 1 means 1; a negative count means 0; counts are capped at
 * MAX_RESULTS, and startIndex at MAX_START_INDEX (a page past the end: empty, with its total).
 */
function parseListRequest(raw) {
    const cursor = cursorParameter(raw);
    const count = integer(raw, 'count', exports.DEFAULT_PAGE_SIZE);
    if (cursor !== undefined && lookup(raw, 'startIndex') !== undefined) {
        throw new errors_1.ScimError(400, 'invalidValue', 'startIndex and cursor cannot be used together');
    }
    return {
        filter: text(raw, 'filter'),
        sortBy: text(raw, 'sortBy'),
        descending: sortOrder(raw),
        startIndex: Math.min(Math.max(1, integer(raw, 'startIndex', 1)), exports.MAX_START_INDEX),
        count: Math.min(Math.max(0, count), exports.MAX_RESULTS),
        cursor,
        attributes: list(raw, 'attributes'),
        excludedAttributes: list(raw, 'excludedAttributes'),
    };
}
/** GET: the query string (Express decodes `+` as a space); POST `.search`: the JSON body. */
function listRequestOf(req) {
    if (req.method === 'POST') {
        const body = req.body;
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
            throw new errors_1.ScimError(400, 'invalidSyntax', 'A search request body must be a JSON object');
        }
        return parseListRequest(body);
    }
    return parseListRequest(req.query);
}
//# sourceMappingURL=list-request.js.map