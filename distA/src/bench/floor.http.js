"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fail = exports.USERS = void 0;
exports.send = send;
exports.userNameOf = userNameOf;
exports.userFieldsOf = userFieldsOf;
exports.newUser = newUser;
exports.sendList = sendList;
exports.sendCreated = sendCreated;
exports.runStoreChild = runStoreChild;
const node_http_1 = require("node:http");
const ids_1 = require("../common/ids");
const config_1 = require("../config");
const child_launcher_1 = require("./child.launcher");
const floor_store_1 = require("./floor.store");
/**
 * What the floor and the ceiling share: the SCIM JSON of the create flow's two requests, built by
 * hand from the `users` row, and the process around the store, so that the two differ only in what
 * carries a request to its statement.
 */
const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
exports.USERS = '/scim/v2/Users';
function send(res, status, body, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/scim+json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
    res.end(text);
}
const fail = (res, status, detail, scimType) => send(res, status, { schemas: [SCIM_ERROR], status: String(status), detail, ...(scimType ? { scimType } : {}) });
exports.fail = fail;
function toResource(u) {
    return {
        schemas: [CORE_USER],
        id: u.id,
        externalId: u.externalId ?? undefined,
        userName: u.userName,
        name: { givenName: u.givenName ?? undefined, familyName: u.familyName ?? undefined },
        displayName: u.displayName ?? undefined,
        active: u.active,
        meta: { resourceType: 'User', created: u.createdAt.toISOString(), lastModified: u.updatedAt.toISOString(), location: `${exports.USERS}/${u.id}`, version: `W/"${u.version}"` },
    };
}
/** The one filter the floor reads: `userName eq "…"` (RFC 7644 §3.4.2.2), its string as JSON escapes it. */
function userNameOf(filter) {
    const match = /^\s*userName\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(typeof filter === 'string' ? filter : '');
    return match ? JSON.parse(`"${match[1]}"`) : null;
}
/** The fields a POST body describes, or null without a userName. */
function userFieldsOf(body) {
    if (typeof body?.userName !== 'string' || body.userName === '')
        return null;
    return {
        userName: body.userName,
        externalId: typeof body.externalId === 'string' ? body.externalId : null,
        givenName: body.name?.givenName ?? null,
        familyName: body.name?.familyName ?? null,
        displayName: body.displayName ?? null,
        active: body.active !== false,
    };
}
/** A new user of these fields, at version 1, named as scimgraph names its rows (UUIDv7). */
function newUser(fields) {
    const now = new Date();
    return { ...fields, id: (0, ids_1.newId)(), createdAt: now, updatedAt: now, version: 1 };
}
function sendList(res, users) {
    send(res, 200, { schemas: [LIST_RESPONSE], totalResults: users.length, startIndex: 1, itemsPerPage: users.length, Resources: users.map(toResource) });
}
function sendCreated(res, user) {
    send(res, 201, toResource(user), { Location: `${exports.USERS}/${user.id}`, ETag: `W/"${user.version}"` });
}
/**
 * A floor-like child process (`name` in its errors): opens the store over `DATABASE_URL`, serves
 * what `listenerOf` makes of it on a loopback port, reports the port over IPC, and closes both when
 * the parent stops it.
 */
function runStoreChild(name, listenerOf) {
    const main = async () => {
        const store = await (0, floor_store_1.openFloorStore)((0, config_1.parseDatabaseUrl)(process.env.DATABASE_URL));
        const server = (0, node_http_1.createServer)(await listenerOf(store));
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        (0, child_launcher_1.onStop)(async () => {
            server.closeAllConnections();
            await new Promise((resolve) => server.close(() => resolve()));
            await store.close();
        });
        process.send?.({ type: 'ready', port: server.address().port, durability: store.durability });
    };
    main().catch((error) => {
        process.stderr.write(`bench ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exit(1);
    });
}
//# sourceMappingURL=floor.http.js.map