import type { MikroORM } from '@mikro-orm/core';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { createGraphQLMiddleware } from './apollo';
import { graphqlAuth } from './auth';
import { errorHandler, notFoundHandler } from './errors';
import { requestLogger } from './logging';
import { createMetrics, httpMetrics } from './metrics';
import { opsRouter } from './ops';
import { requestIdMiddleware } from './request-id';

/** What the composition root needs; the ORM and the schema are built once per process by the caller. */
export interface AppDeps {
  orm: MikroORM;
  schema: GraphQLSchema;
  config: Config;
  logger: Logger;
  /** The clock for tokens' `lastUsedAt` and domain timestamps; pinned in tests. */
  now?: () => Date;
}

/**
 * The composition root: one Express app with the ops endpoints, `/graphql` and (later) `/scim/v2`.
 * Only `main.ts` and the tests import `http/`.
 */
export async function createApp(deps: AppDeps): Promise<Express> {
  const { orm, schema, config, logger, now } = deps;
  const metrics = createMetrics();
  const app = express();
  app.disable('x-powered-by');

  app.use(requestIdMiddleware);
  app.use(requestLogger(logger));
  app.use(httpMetrics(metrics));
  app.use(opsRouter({ orm, metrics, logger }));

  // Authenticate before parsing, so an anonymous caller cannot make us read a large body.
  app.use(
    '/graphql',
    graphqlAuth(orm, { now }),
    express.json({ limit: config.maxBodyBytes }),
    await createGraphQLMiddleware({ orm, schema, config, logger, metrics, now }),
  );

  // The SCIM router mounts at `/scim/v2` here, before the 404 handler. It receives
  // `createScimDependencies({ orm, schema, config, logger, now })` (./scim.ts) and parses its own
  // bodies (application/scim+json), so its errors render as SCIM errors.

  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}
