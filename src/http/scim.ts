import type { MikroORM } from '@mikro-orm/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { execute, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { createContext } from '../graphql/context';
import type { Execute, ScimDependencies } from '../scim/execute';
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

/**
 * graphql-js `execute` on the one schema, typed by the document. The one place the façade's result
 * types are trusted: the documents were validated against this schema at start-up, and their types
 * were generated from it, so the data of a result has the document's shape.
 */
function createExecute(schema: GraphQLSchema): Execute {
  return async <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, context: unknown) =>
    (await execute({ schema, document, variableValues: variables as Record<string, unknown>, contextValue: context })) as ExecutionResult<TResult>;
}

/**
 * What the SCIM router (mounted at `/scim/v2`) receives: graphql-js `execute` on the one schema,
 * and a context factory that accepts only `scim` tokens and builds the same per-request context
 * Apollo builds (fresh EntityManager fork and loaders, the token's actor, the request id).
 */
export function createScimDependencies(input: ScimDependencyInput): ScimDependencies {
  const { orm, schema, config, logger, now } = input;
  return {
    schema,
    execute: createExecute(schema),
    createContext: async (req) => {
      const actor = await requireScope(orm, req.get('authorization'), ['scim'], SCIM_REFUSAL, { now });
      return createContext({ orm, actor, requestId: requestIdOf(req), now });
    },
    baseUrl: `${config.publicUrl}/scim/v2`,
    maxBodyBytes: config.maxBodyBytes,
    reportError: (error, req) => logger.error({ err: error, requestId: requestIdOf(req) }, 'SCIM request failed'),
  };
}
