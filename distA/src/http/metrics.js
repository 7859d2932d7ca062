"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createMetrics = createMetrics;
exports.httpMetrics = httpMetrics;
exports.graphqlMetricsPlugin = graphqlMetricsPlugin;
const prom_client_1 = require("prom-client");
function createMetrics() {
    const registry = new prom_client_1.Registry();
    (0, prom_client_1.collectDefaultMetrics)({ register: registry });
    return {
        registry,
        httpDuration: new prom_client_1.Histogram({
            name: 'http_request_duration_seconds',
            help: 'HTTP request duration, by method, matched route and status class',
            labelNames: ['method', 'route', 'status_class'],
            buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
            registers: [registry],
        }),
        graphqlOperations: new prom_client_1.Counter({
            name: 'graphql_operations_total',
            help: 'GraphQL operations, by operation type and outcome (success, error, rejected before execution)',
            labelNames: ['operation_type', 'outcome'],
            registers: [registry],
        }),
    };
}
/** The route pattern, never the raw path: ids in paths would make every request its own series. */
function routeLabel(req) {
    const route = req.route?.path;
    if (typeof route === 'string')
        return `${req.baseUrl}${route}`;
    return req.baseUrl || 'unmatched';
}
/** Observes every request's duration when its response has been sent. */
function httpMetrics(metrics) {
    return (req, res, next) => {
        const end = metrics.httpDuration.startTimer({ method: req.method });
        res.on('finish', () => {
            end({ route: routeLabel(req), status_class: `${Math.floor(res.statusCode / 100)}xx` });
        });
        next();
    };
}
/** Counts GraphQL operations by type (`query`, `mutation`, `unknown` when unparsed) and outcome. */
function graphqlMetricsPlugin(metrics) {
    return {
        async requestDidStart() {
            let executed = false;
            return {
                async executionDidStart() {
                    executed = true;
                },
                async willSendResponse(requestContext) {
                    const body = requestContext.response.body;
                    const failed = body.kind === 'single' ? Boolean(body.singleResult.errors?.length) : false;
                    const outcome = !executed ? 'rejected' : failed ? 'error' : 'success';
                    metrics.graphqlOperations.inc({ operation_type: requestContext.operation?.operation ?? 'unknown', outcome });
                },
            };
        },
    };
}
//# sourceMappingURL=metrics.js.map