"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LIST_RESPONSE_SCHEMA = void 0;
exports.pagingVariables = pagingVariables;
exports.toListResponse = toListResponse;
const errors_1 = require("../errors");
/** RFC 7644 §3.4.2 list responses, shared by every resource type. */
exports.LIST_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
/**
 * Marks a `previousCursor`: the connection's `startCursor` read backwards. `~` is an unreserved URI
 * character (RFC 9865 §2) that no keyset cursor (base64url) contains.
 */
const BACKWARD = '~';
/**
 * Index paging (RFC 7644 §3.4.2.4): `startIndex` is 1-based, so the offset is one less.
 * Cursor paging (RFC 9865): an empty `cursor` asks for the first page; a `nextCursor` (the
 * connection's `endCursor`) the `count` rows after it; a `previousCursor` the `count` rows before.
 */
function pagingVariables(request) {
    const { cursor, count } = request;
    if (cursor === undefined)
        return { first: count, after: null, offset: request.startIndex - 1, withTotal: true };
    if (cursor.startsWith(BACKWARD)) {
        const before = cursor.slice(BACKWARD.length);
        if (before === '')
            throw new errors_1.ScimError(400, 'invalidCursor', 'The cursor is not valid for this query');
        return { first: null, after: null, offset: null, last: count, before, withTotal: true };
    }
    return { first: count, after: cursor === '' ? null : cursor, offset: null, withTotal: true };
}
/**
 * A ListResponse: always `schemas`, integer `totalResults` and `itemsPerPage`, and `Resources`
 * (an empty array when nothing matches: Entra's connection test expects it, entra/01-connection-test.json;
 * so does Okta's, okta/01-connection-test.json). Index paging echoes
 * `startIndex`; cursor paging carries `nextCursor` on every page but the last, `previousCursor` on
 * every page but the first and, as RFC 9865's examples, no `startIndex`.
 */
function toListResponse(request, page) {
    const response = { schemas: [exports.LIST_RESPONSE_SCHEMA], totalResults: page.totalResults };
    if (request.cursor === undefined)
        response.startIndex = request.startIndex;
    response.itemsPerPage = page.resources.length;
    if (request.cursor !== undefined && page.hasNextPage && page.endCursor)
        response.nextCursor = page.endCursor;
    if (request.cursor !== undefined && page.hasPreviousPage && page.startCursor)
        response.previousCursor = BACKWARD + page.startCursor;
    response.Resources = page.resources;
    return response;
}
//# sourceMappingURL=list-response.js.map