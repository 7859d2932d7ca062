import type { MikroORM } from '@mikro-orm/core';
import { GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { isDomainError } from '../common/errors';
import type { Config } from '../config';
import { databaseUnavailable, isDatabaseUnavailable } from '../domain/db-errors';
import { createContext } from '../graphql/context';
import { toGraphQLError } from '../graphql/errors';
import { createExecute, type Execute, type ScimDependencies } from '../scim/execute';
import { requireScope } from './auth';
import { requestIdOf } from './request-id';

export interface ScimDependencyInput {
  orm: MikroORM;
  schema: GraphQLSchema;
  config: Pick<Config, 'publicUrl' | 'maxBodyBytes'>;
  logger: Logger;
  now?: () => Date;
}

const SCIM_REFUSAL = 'The SCIM endpoint takes scim tokens only';

/** Outage errors from the database become `UNAVAILABLE` domain errors (503 + Retry-After on SCIM). */
function withOutages(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((e) => !isDomainError(e.originalError) && isDatabaseUnavailable(e.originalError))) return result;
  const errors = result.errors.map((error) => {
    if (isDomainError(error.originalError) || !isDatabaseUnavailable(error.originalError)) return error;
    const unavailable = toGraphQLError(databaseUnavailable(error.originalError));
    return new GraphQLError(unavailable.message, { nodes: error.nodes, path: error.path, originalError: unavailable.originalError, extensions: unavailable.extensions });
  });
  return { ...result, errors };
}

/**
 * What the SCIM router (mounted at `/scim/v2`) receives: graphql-js `execute` on the one schema,
 * and a context factory that accepts only `scim` tokens and builds the same per-request context
 * Apollo builds (fresh EntityManager fork and loaders, the token's actor, the request id).
 */
export function createScimDependencies(input: ScimDependencyInput): ScimDependencies {
  const { orm, schema, config, logger, now } = input;
  const run = createExecute(schema);
  const execute: Execute = async (document, variables, context) => withOutages(await run(document, variables, context));
  return {
    schema,
    execute,
    createContext: async (req) => {
      const actor = await requireScope(orm, req.get('authorization'), ['scim'], SCIM_REFUSAL, { now });
      return createContext({ orm, actor, requestId: requestIdOf(req), now });
    },
    baseUrl: `${config.publicUrl}/scim/v2`,
    maxBodyBytes: config.maxBodyBytes,
    reportError: (error, req) => logger.error({ err: error, requestId: requestIdOf(req) }, 'SCIM request failed'),
  };
}
