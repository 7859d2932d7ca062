"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createApp = createApp;
const express_1 = __importDefault(require("express"));
const sql_1 = require("../domain/query/sql");
const router_1 = require("../scim/router");
const discovery_handler_1 = require("../scim/discovery/discovery.handler");
const groups_handler_1 = require("../scim/groups.handler");
const search_handler_1 = require("../scim/search.handler");
const users_handler_1 = require("../scim/users.handler");
const apollo_1 = require("./apollo");
const auth_1 = require("./auth");
const console_1 = require("./console");
const console_session_1 = require("./console-session");
const errors_1 = require("./errors");
const graphql_input_1 = require("./graphql-input");
const log_safety_1 = require("./log-safety");
const logging_1 = require("./logging");
const metrics_1 = require("./metrics");
const ops_1 = require("./ops");
const pipelining_1 = require("./pipelining");
const rate_limit_1 = require("./rate-limit");
const request_id_1 = require("./request-id");
const scim_1 = require("./scim");
const web_1 = require("./web");
/**
 * The composition root: one Express app with the ops endpoints, `/graphql` and `/scim/v2`.
 * Only `main.ts`, the bench harness and the tests import `http/`.
 */
async function createApp(deps) {
    const { orm, schema, config, now, lifecycle } = deps;
    // Errors are logged with their code and SQL shape, never the values a request carried.
    const logger = (0, log_safety_1.safeLogger)(deps.logger);
    if (!deps.rateLimiter && config.rateLimits.redisUrl)
        throw new Error('REDIS_URL is set: pass the app a rateLimiter from connectRateLimiter');
    const rateLimiter = deps.rateLimiter ?? (0, rate_limit_1.createRateLimiter)(config.rateLimits, logger);
    // Every write of the app goes through domain/query: a SQLite writer that finds the file locked by
    // another process waits without holding up the other requests.
    (0, sql_1.waitForWriteLockInTurns)(orm.em);
    const metrics = (0, metrics_1.createMetrics)();
    const app = (0, express_1.default)();
    app.disable('x-powered-by');
    // ETags are the resources' own versions (SCIM meta.version), never a hash of the body.
    app.set('etag', false);
    app.use(pipelining_1.onePerConnection);
    app.use(request_id_1.requestIdMiddleware);
    app.use((0, logging_1.requestLogger)(logger));
    app.use((0, metrics_1.httpMetrics)(metrics));
    // The SCIM router parses its own bodies (application/scim+json), so its errors render as SCIM
    // errors. It comes before the ops endpoints, the pages and /graphql, whose routes never lie under
    // /scim/v2: an IdP's request, the hot path, does not walk past them.
    app.use('/scim/v2', (0, router_1.createScimRouter)((0, scim_1.createScimDependencies)({ orm, schema, config, logger, now, rateLimiter }), [users_handler_1.userRoutes, groups_handler_1.groupRoutes, discovery_handler_1.discoveryRoutes, search_handler_1.searchRoutes]));
    app.use((0, ops_1.opsRouter)({ orm, metrics, logger, lifecycle }));
    // The browser pages: GraphiQL at /playground (and for a browser opening /graphql), the org
    // admin console at /console, and their bundled assets; all from our own origin.
    const web = deps.webRoot ?? (0, web_1.webRoot)();
    const session = {
        secret: config.console.sessionSecret,
        minutes: config.console.sessionMinutes,
        secure: config.publicUrl.startsWith('https:'),
        now,
    };
    const playground = (0, web_1.pageHandler)(web, 'playground');
    app.use('/assets', (0, web_1.assetsRouter)(web));
    app.get('/playground', playground);
    app.get('/graphql', (req, res, next) => ((0, web_1.wantsHtml)(req) ? playground(req, res) : next()));
    app.use((0, console_1.consoleRouter)({ orm, session, publicUrl: config.publicUrl, webRoot: web, rateLimiter }));
    // Authenticate before parsing, so an anonymous caller cannot make us read a large body.
    app.use('/graphql', (0, auth_1.graphqlAuth)(orm, { now, rateLimiter, session: (0, console_session_1.sessionAuthenticator)(orm, session, config.publicUrl) }), express_1.default.json({ limit: config.maxBodyBytes }), (0, graphql_input_1.graphqlInputGuard)(config.maxQueryDepth), await (0, apollo_1.createGraphQLMiddleware)({ orm, schema, config, logger, metrics, now }));
    app.use(errors_1.notFoundHandler);
    app.use((0, errors_1.errorHandler)(logger));
    return app;
}
//# sourceMappingURL=app.js.map