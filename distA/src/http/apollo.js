"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createGraphQLMiddleware = createGraphQLMiddleware;
const server_1 = require("@apollo/server");
const disabled_1 = require("@apollo/server/plugin/disabled");
const express5_1 = require("@as-integrations/express5");
const graphql_1 = require("graphql");
const errors_1 = require("../common/errors");
const db_errors_1 = require("../domain/db-errors");
const complexity_1 = require("../graphql/complexity");
const context_1 = require("../graphql/context");
const errors_2 = require("../graphql/errors");
const literals_1 = require("../graphql/literals");
const auth_1 = require("./auth");
const errors_3 = require("./errors");
const metrics_1 = require("./metrics");
const request_id_1 = require("./request-id");
/**
 * Rejects, before anything executes, a subscription (400 BAD_REQUEST: the schema has none), string
 * literals that are not Unicode without NUL and variables that do not coerce (400 BAD_USER_INPUT),
 * and operations deeper or costlier than allowed (400 TOO_COMPLEX).
 */
function queryLimitsPlugin(limits) {
    return {
        async requestDidStart() {
            return {
                async didResolveOperation({ schema, document, operation, operationName, request }) {
                    if (operation?.operation === graphql_1.OperationTypeNode.SUBSCRIPTION) {
                        throw new graphql_1.GraphQLError('Subscriptions are not served: send a query or a mutation', { extensions: { http: { status: 400 } } });
                    }
                    try {
                        (0, literals_1.checkStringLiterals)(document);
                        (0, complexity_1.checkQueryLimits)(schema, document, limits, operationName, request.variables);
                    }
                    catch (error) {
                        if (!(0, errors_1.isDomainError)(error))
                            throw error;
                        throw (0, errors_2.toGraphQLError)(error, { http: { status: errors_3.HTTP_STATUS[error.code] } });
                    }
                },
            };
        },
    };
}
/**
 * An operation that met an outage (an error coded UNAVAILABLE) answers 503 with Retry-After, as
 * on every door, and is logged as a warning: the client is told to retry, the operator to look.
 */
function outagePlugin(logger) {
    return {
        async requestDidStart() {
            return {
                async willSendResponse({ errors, response, contextValue }) {
                    const outage = errors?.find((e) => e.extensions.code === errors_2.GRAPHQL_CODES.UNAVAILABLE);
                    if (!outage)
                        return;
                    logger.warn({ err: outage.originalError ?? outage, requestId: contextValue?.requestId ?? undefined }, 'database unavailable during a GraphQL operation');
                    const { retryAfter } = outage.extensions;
                    response.http.status = errors_3.HTTP_STATUS.UNAVAILABLE;
                    response.http.headers.set('retry-after', String(typeof retryAfter === 'number' ? retryAfter : db_errors_1.RETRY_AFTER_SECONDS));
                },
            };
        },
    };
}
/**
 * Logs each error the door masks as INTERNAL_SERVER_ERROR (coded so, or not coded at all), with
 * the request id: the client sees a generic message, the operator the error's code and SQL shape.
 */
function internalErrorLogPlugin(logger) {
    return {
        async requestDidStart() {
            return {
                async didEncounterErrors({ errors, contextValue }) {
                    for (const error of errors) {
                        const code = error.extensions?.code;
                        if ((typeof code === 'string' && code !== errors_2.GRAPHQL_CODES.INTERNAL) || (0, errors_2.isRefusedRequest)(error))
                            continue;
                        logger.error({ err: error.originalError ?? error, requestId: contextValue?.requestId ?? undefined }, 'GraphQL internal error');
                    }
                },
            };
        },
    };
}
const unauthenticated = () => new graphql_1.GraphQLError('An API token is required: Authorization: Bearer <token>', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new server_1.HeaderMap([['www-authenticate', 'Bearer']]) } },
});
/**
 * Apollo Server on the one schema, as Express middleware for `/graphql` (after `graphqlAuth` and
 * a JSON body parser). Each request gets a fresh context from `createContext`: its own loaders,
 * the token's actor and the request id, on the ORM's EntityManager.
 */
async function createGraphQLMiddleware(deps) {
    const { orm, schema, config, logger } = deps;
    const server = new server_1.ApolloServer({
        schema,
        // Authorization is not a CORS-safelisted header: a request carrying it was preflighted, which
        // is all CSRF prevention asks for. So GET queries with a bearer token work as they should.
        csrfPrevention: { requestHeaders: ['authorization', 'x-apollo-operation-name', 'apollo-require-preflight'] },
        introspection: true,
        includeStacktraceInErrorResponses: config.development,
        stopOnTerminationSignals: false,
        logger: logger.child({ component: 'apollo' }),
        // Masked errors are logged by internalErrorLogPlugin, which knows the request id.
        formatError: (formatted, error) => (0, errors_2.maskError)(formatted, error),
        plugins: [
            // Browsers get our own GraphiQL (http/web.ts), served offline; Apollo's page loads from a CDN.
            (0, disabled_1.ApolloServerPluginLandingPageDisabled)(),
            queryLimitsPlugin({ maxDepth: config.maxQueryDepth, maxCost: config.maxQueryCost }),
            outagePlugin(logger),
            internalErrorLogPlugin(logger),
            (0, metrics_1.graphqlMetricsPlugin)(deps.metrics),
        ],
    });
    await server.start();
    return (0, express5_1.expressMiddleware)(server, {
        context: async ({ req }) => {
            const actor = (0, auth_1.actorOf)(req);
            // graphqlAuth sets an actor on every request that reaches Apollo; this is a safety net.
            if (!actor)
                throw unauthenticated();
            return (0, context_1.createContext)({ orm, actor, requestId: (0, request_id_1.requestIdOf)(req), now: deps.now });
        },
    });
}
//# sourceMappingURL=apollo.js.map