"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requestIdMiddleware = requestIdMiddleware;
exports.requestIdOf = requestIdOf;
const node_crypto_1 = require("node:crypto");
const MAX_LENGTH = 128;
const ids = new WeakMap();
/**
 * A caller's `X-Request-Id` kept to characters safe in logs and headers and cut to 128 (the audit
 * column's size); null when nothing usable is left.
 */
function sanitizeRequestId(value) {
    const clean = (value ?? '').replace(/[^A-Za-z0-9._:\-]/g, '').slice(0, MAX_LENGTH);
    return clean === '' ? null : clean;
}
/** Honours `X-Request-Id` or generates one, and echoes it on the response. */
function requestIdMiddleware(req, res, next) {
    const id = sanitizeRequestId(req.get('x-request-id')) ?? (0, node_crypto_1.randomUUID)();
    ids.set(req, id);
    res.setHeader('X-Request-Id', id);
    next();
}
/** The id `requestIdMiddleware` gave this request. */
function requestIdOf(req) {
    const id = ids.get(req);
    if (!id)
        throw new Error('requestIdMiddleware has not run for this request');
    return id;
}
//# sourceMappingURL=request-id.js.map