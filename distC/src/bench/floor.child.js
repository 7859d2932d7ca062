"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const floor_http_1 = require("./floor.http");
/**
 * The floor: what Okta's create flow costs with nothing but node:http, JSON and the raw driver's
 * two statements on the same `users` table, in the same durability mode. No auth (the organization
 * comes in an `X-Organization-Id` header), no GraphQL, no ORM, no contacts, no audit: scimgraph is
 * measured as a share of this. It answers only `GET /scim/v2/Users?filter=userName eq "…"` and
 * `POST /scim/v2/Users`.
 */
async function readJson(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}
async function list(store, organizationId, url, res) {
    const userName = (0, floor_http_1.userNameOf)(url.searchParams.get('filter'));
    if (userName === null)
        return (0, floor_http_1.fail)(res, 400, 'the floor reads only filter=userName eq "…"', 'invalidFilter');
    (0, floor_http_1.sendList)(res, await store.find(organizationId, userName.toLowerCase()));
}
async function create(store, organizationId, req, res) {
    const fields = (0, floor_http_1.userFieldsOf)(await readJson(req));
    if (!fields)
        return (0, floor_http_1.fail)(res, 400, 'userName is required', 'invalidValue');
    const user = (0, floor_http_1.newUser)(fields);
    if (!(await store.insert(organizationId, user)))
        return (0, floor_http_1.fail)(res, 409, 'userName is taken', 'uniqueness');
    (0, floor_http_1.sendCreated)(res, user);
}
async function handle(store, req, res) {
    const url = new URL(req.url ?? '/', 'http://floor');
    const organizationId = req.headers['x-organization-id'];
    if (url.pathname !== floor_http_1.USERS)
        return (0, floor_http_1.fail)(res, 404, 'the floor serves only /scim/v2/Users');
    if (typeof organizationId !== 'string')
        return (0, floor_http_1.fail)(res, 400, 'X-Organization-Id is required');
    if (req.method === 'GET')
        return list(store, organizationId, url, res);
    if (req.method === 'POST')
        return create(store, organizationId, req, res);
    return (0, floor_http_1.fail)(res, 405, 'GET or POST');
}
(0, floor_http_1.runStoreChild)('floor', (store) => (req, res) => {
    handle(store, req, res).catch((error) => (0, floor_http_1.fail)(res, 500, error instanceof Error ? error.message : String(error)));
});
//# sourceMappingURL=floor.child.js.map