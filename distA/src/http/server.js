"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startServer = startServer;
const node_http_1 = require("node:http");
const orm_1 = require("../db/orm");
const context_1 = require("../domain/context");
const organization_service_1 = require("../domain/organization/organization.service");
const schema_1 = require("../graphql/schema");
const app_1 = require("./app");
const rate_limit_1 = require("./rate-limit");
function listen(server, port, host) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
}
/** Node's HTTP server timeouts (slow clients cannot hold connections open for ever). */
function applyHttpTimeouts(server, http) {
    server.requestTimeout = http.requestMs;
    // Node requires headersTimeout ≤ requestTimeout.
    server.headersTimeout = Math.min(http.headersMs, http.requestMs);
    server.keepAliveTimeout = http.keepAliveMs;
}
/**
 * Closes the listener (new connections are refused from here on) and resolves once every
 * connection has ended: idle ones at once, busy ones after their response. Whatever is still open
 * after `graceMs` is closed.
 */
function closeServer(server, graceMs) {
    return new Promise((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs).unref();
        server.close(() => {
            clearTimeout(force);
            resolve();
        });
        server.closeIdleConnections();
    });
}
/** Connects, migrates, creates the default organization on a first run, and listens. */
async function startServer(config, logger) {
    const orm = await (0, orm_1.connectOrm)(config.database);
    let rateLimiter;
    try {
        // Under the migration lock, so that instances starting at once neither race on the tables nor
        // both create the default organization.
        const { applied, createdOrganization } = await (0, orm_1.withMigrationOrm)(orm, config.database, async (migrating) => ({
            applied: await (0, orm_1.applyMigrations)(migrating),
            createdOrganization: await (0, organization_service_1.ensureDefaultOrganization)((0, context_1.systemContext)(migrating.em, null, 'system')),
        }));
        if (applied.length > 0)
            logger.info({ migrations: applied }, 'applied database migrations');
        if (createdOrganization)
            logger.info({ organizationId: createdOrganization.id }, 'created the default organization');
        const limiter = (rateLimiter = await (0, rate_limit_1.connectRateLimiter)(config.rateLimits, logger));
        const lifecycle = { draining: false };
        const app = await (0, app_1.createApp)({ orm, schema: await (0, schema_1.createSchema)(), config, logger, rateLimiter: limiter, lifecycle });
        const server = (0, node_http_1.createServer)(app);
        applyHttpTimeouts(server, config.http);
        // Keep-alive connections would hold a stop open: from the drain on, every response says
        // `Connection: close`, so each connection ends with its last response.
        const inFlight = new Set();
        // Before the app's own listener, which may answer at once (`/healthz`).
        server.prependListener('request', (req, res) => {
            if (lifecycle.draining)
                res.setHeader('Connection', 'close');
            inFlight.add(res);
            // A request pipelined behind others on a connection that closes never has its response closed.
            const forget = () => {
                inFlight.delete(res);
                req.socket.off('close', forget);
            };
            res.once('close', forget);
            req.socket.once('close', forget);
        });
        await listen(server, config.port, config.host);
        const { port } = server.address();
        const host = config.host.includes(':') ? `[${config.host}]` : config.host;
        const stop = async () => {
            lifecycle.draining = true;
            for (const res of inFlight)
                if (!res.headersSent)
                    res.setHeader('Connection', 'close');
            // The drain: `/readyz` answers 503 while new connections are still served, so a load balancer
            // stops sending before the listener closes and nothing it sent meanwhile is refused.
            await new Promise((resolve) => setTimeout(resolve, config.http.drainMs));
            await closeServer(server, config.http.stopGraceMs);
            await limiter.close();
            await orm.close();
        };
        return { server, orm, url: `http://${host}:${port}`, createdOrganization, stop };
    }
    catch (error) {
        await rateLimiter?.close();
        await orm.close(true);
        throw error;
    }
}
//# sourceMappingURL=server.js.map