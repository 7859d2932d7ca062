import type { MikroORM } from '@mikro-orm/core';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { waitForWriteLockInTurns } from '../domain/query/sql';
import { createScimRouter } from '../scim/router';
import { discoveryRoutes } from '../scim/discovery/discovery.handler';
import { groupRoutes } from '../scim/groups.handler';
import { searchRoutes } from '../scim/search.handler';
import { userRoutes } from '../scim/users.handler';
import { createGraphQLMiddleware } from './apollo';
import { graphqlAuth } from './auth';
import { consoleRouter } from './console';
import { sessionAuthenticator, type SessionOptions } from './console-session';
import { errorHandler, notFoundHandler } from './errors';
import { graphqlAcceptGuard, graphqlInputGuard } from './graphql-input';
import { safeLogger } from './log-safety';
import { requestLogger } from './logging';
import { createMetrics, httpMetrics } from './metrics';
import { opsRouter, type Lifecycle } from './ops';
import { onePerConnection } from './pipelining';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { requestIdMiddleware } from './request-id';
import { createScimDependencies } from './scim';
import { assetsRouter, pageHandler, wantsHtml, webRoot } from './web';

/** What the composition root needs; the ORM and the schema are built once per process by the caller. */
export interface AppDeps {
  orm: MikroORM;
  schema: GraphQLSchema;
  config: Config;
  logger: Logger;
  /** The clock for tokens' `lastUsedAt` and domain timestamps; pinned in tests. */
  now?: () => Date;
  /**
   * The request budgets (`connectRateLimiter`); its caller closes it. Without one, the app counts
   * in process, which a configured `REDIS_URL` does not allow.
   */
  rateLimiter?: RateLimiter;
  /** Set when the process stops (`/readyz` then answers 503); absent in tests that never stop. */
  lifecycle?: Lifecycle;
  /** Where the built web pages are (default: dist/web in the project). */
  webRoot?: string;
}

/**
 * The composition root: one Express app with the ops endpoints, `/graphql` and `/scim/v2`.
 * Only `main.ts`, the bench harness and the tests import `http/`.
 */
export async function createApp(deps: AppDeps): Promise<Express> {
  const { orm, schema, config, now, lifecycle } = deps;
  // Errors are logged with their code and SQL shape, never the values a request carried.
  const logger = safeLogger(deps.logger);
  if (!deps.rateLimiter && config.rateLimits.redisUrl) throw new Error('REDIS_URL is set: pass the app a rateLimiter from connectRateLimiter');
  const rateLimiter = deps.rateLimiter ?? createRateLimiter(config.rateLimits, logger);
  // Every write of the app goes through domain/query: a SQLite writer that finds the file locked by
  // another process waits without holding up the other requests.
  waitForWriteLockInTurns(orm.em);
  const metrics = createMetrics();
  const app = express();
  app.disable('x-powered-by');
  // ETags are the resources' own versions (SCIM meta.version), never a hash of the body.
  app.set('etag', false);

  app.use(onePerConnection);
  app.use(requestIdMiddleware);
  app.use(requestLogger(logger));
  app.use(httpMetrics(metrics));

  // The SCIM router parses its own bodies (application/scim+json), so its errors render as SCIM
  // errors. It comes before the ops endpoints, the pages and /graphql, whose routes never lie under
  // /scim/v2: an IdP's request, the hot path, does not walk past them.
  app.use('/scim/v2', createScimRouter(createScimDependencies({ orm, schema, config, logger, now, rateLimiter }), [userRoutes, groupRoutes, discoveryRoutes, searchRoutes]));
  app.use(opsRouter({ orm, metrics, logger, lifecycle, sqliteFile: config.database.driver === 'sqlite' ? config.database.path : undefined }));

  // The browser pages: GraphiQL at /playground (and for a browser opening /graphql), the org
  // admin console at /console, and their bundled assets; all from our own origin.
  const web = deps.webRoot ?? webRoot();
  const session: SessionOptions = {
    secret: config.console.sessionSecret,
    minutes: config.console.sessionMinutes,
    secure: config.publicUrl.startsWith('https:'),
    now,
  };
  const playground = pageHandler(web, 'playground');
  app.use('/assets', assetsRouter(web));
  app.get('/playground', playground);
  app.get('/graphql', (req, res, next) => (wantsHtml(req) ? playground(req, res) : next()));
  app.use(consoleRouter({ orm, session, publicUrl: config.publicUrl, webRoot: web, rateLimiter }));

  // Authenticate before parsing, so an anonymous caller cannot make us read a large body.
  app.use(
    '/graphql',
    graphqlAuth(orm, { now, rateLimiter, session: sessionAuthenticator(orm, session, config.publicUrl) }),
    graphqlAcceptGuard,
    express.json({ limit: config.maxBodyBytes }),
    graphqlInputGuard(config.maxQueryDepth),
    await createGraphQLMiddleware({ orm, schema, config, logger, metrics, now }),
  );

  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}
