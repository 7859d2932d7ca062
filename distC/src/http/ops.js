"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.opsRouter = opsRouter;
const express_1 = require("express");
const db_errors_1 = require("../domain/db-errors");
/** How long `/readyz` waits for the database before calling it unreachable. */
const READY_TIMEOUT_MS = 3000;
function withTimeout(work, ms) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
/**
 * Operations endpoints, unauthenticated (keep them off the public network if that matters):
 * `/healthz` says the process is up, `/readyz` that the database answers and the process is not
 * stopping (a load balancer then sends it nothing new), `/metrics` is Prometheus.
 */
function opsRouter(deps) {
    const router = (0, express_1.Router)();
    router.get('/healthz', (_req, res) => {
        res.json({ status: 'ok' });
    });
    router.get('/readyz', async (_req, res) => {
        if (deps.lifecycle?.draining) {
            res.setHeader('Retry-After', String(db_errors_1.RETRY_AFTER_SECONDS));
            res.status(503).json({ status: 'stopping' });
            return;
        }
        try {
            await withTimeout(deps.orm.em.fork().getConnection().execute('select 1'), READY_TIMEOUT_MS);
            res.json({ status: 'ready', database: 'ok' });
        }
        catch (error) {
            deps.logger.warn({ err: error }, 'readiness check failed: database unreachable');
            res.setHeader('Retry-After', String(db_errors_1.RETRY_AFTER_SECONDS));
            res.status(503).json({ status: 'unavailable', database: 'unreachable' });
        }
    });
    router.get('/metrics', async (_req, res) => {
        res.setHeader('Content-Type', deps.metrics.registry.contentType);
        res.send(await deps.metrics.registry.metrics());
    });
    return router;
}
//# sourceMappingURL=ops.js.map