import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import type { RequestHandler } from 'express';
import { GraphQLError, OperationTypeNode, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { isDomainError } from '../common/errors';
import type { Config } from '../config';
import { RETRY_AFTER_SECONDS } from '../domain/db-errors';
import { checkQueryLimits, type QueryLimits } from '../graphql/complexity';
import { createContext, type GraphQLContext } from '../graphql/context';
import { GRAPHQL_CODES, isRefusedRequest, maskError, toGraphQLError } from '../graphql/errors';
import { checkStringLiterals } from '../graphql/literals';
import { actorOf } from './auth';
import { HTTP_STATUS } from './errors';
import { graphqlMetricsPlugin, type AppMetrics } from './metrics';
import { requestIdOf } from './request-id';

export interface GraphQLMiddlewareDeps {
  orm: MikroORM;
  schema: GraphQLSchema;
  config: Pick<Config, 'development' | 'maxQueryDepth' | 'maxQueryCost'>;
  logger: Logger;
  metrics: AppMetrics;
  now?: () => Date;
}

/**
 * Rejects, before anything executes, a subscription (400 BAD_REQUEST: the schema has none), string
 * literals that are not Unicode without NUL and variables that do not coerce (400 BAD_USER_INPUT),
 * and operations deeper or costlier than allowed (400 TOO_COMPLEX).
 */
function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request }) {
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
            throw new GraphQLError('Subscriptions are not served: send a query or a mutation', { extensions: { http: { status: 400 } } });
          }
          try {
            checkStringLiterals(document);
            checkQueryLimits(schema, document, limits, operationName, request.variables);
          } catch (error) {
            if (!isDomainError(error)) throw error;
            throw toGraphQLError(error, { http: { status: HTTP_STATUS[error.code] } });
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
function outagePlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response, contextValue }) {
          const outage = errors?.find((e) => e.extensions.code === GRAPHQL_CODES.UNAVAILABLE);
          if (!outage) return;
          logger.warn({ err: outage.originalError ?? outage, requestId: contextValue?.requestId ?? undefined }, 'database unavailable during a GraphQL operation');
          const { retryAfter } = outage.extensions;
          response.http.status = HTTP_STATUS.UNAVAILABLE;
          response.http.headers.set('retry-after', String(typeof retryAfter === 'number' ? retryAfter : RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/**
 * Logs each error the door masks as INTERNAL_SERVER_ERROR (coded so, or not coded at all), with
 * the request id: the client sees a generic message, the operator the error's code and SQL shape.
 */
function internalErrorLogPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if ((typeof code === 'string' && code !== GRAPHQL_CODES.INTERNAL) || isRefusedRequest(error)) continue;
            logger.error({ err: error.originalError ?? error, requestId: contextValue?.requestId ?? undefined }, 'GraphQL internal error');
          }
        },
      };
    },
  };
}

const unauthenticated = (): GraphQLError =>
  new GraphQLError('An API token is required: Authorization: Bearer <token>', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) } },
  });

/**
 * Apollo Server on the one schema, as Express middleware for `/graphql` (after `graphqlAuth` and
 * a JSON body parser). Each request gets a fresh context from `createContext`: its own loaders,
 * the token's actor and the request id, on the ORM's EntityManager.
 */
export async function createGraphQLMiddleware(deps: GraphQLMiddlewareDeps): Promise<RequestHandler> {
  const { orm, schema, config, logger } = deps;
  const server = new ApolloServer<GraphQLContext>({
    schema,
    // Authorization is not a CORS-safelisted header: a request carrying it was preflighted, which
    // is all CSRF prevention asks for. So GET queries with a bearer token work as they should.
    csrfPrevention: { requestHeaders: ['authorization', 'x-apollo-operation-name', 'apollo-require-preflight'] },
    introspection: true,
    includeStacktraceInErrorResponses: config.development,
    stopOnTerminationSignals: false,
    logger: logger.child({ component: 'apollo' }),
    // Masked errors are logged by internalErrorLogPlugin, which knows the request id.
    formatError: (formatted, error) => maskError(formatted, error),
    plugins: [
      // Browsers get our own GraphiQL (http/web.ts), served offline; Apollo's page loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      queryLimitsPlugin({ maxDepth: config.maxQueryDepth, maxCost: config.maxQueryCost }),
      outagePlugin(logger),
      internalErrorLogPlugin(logger),
      graphqlMetricsPlugin(deps.metrics),
    ],
  });
  await server.start();
  return expressMiddleware(server, {
    context: async ({ req }) => {
      const actor = actorOf(req);
      // graphqlAuth sets an actor on every request that reaches Apollo; this is a safety net.
      if (!actor) throw unauthenticated();
      return createContext({ orm, actor, requestId: requestIdOf(req), now: deps.now });
    },
  });
}
