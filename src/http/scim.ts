import type { MikroORM } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { createContext } from '../graphql/context';
import type { ScimDependencies } from '../scim/execute';
import { GROUP_DOCUMENTS } from '../scim/groups.backend';
import { USER_DOCUMENTS } from '../scim/users.backend';
import { createCompiledExecute } from './compiled-execute';
import { requireScope } from './auth';
import type { RateLimiter } from './rate-limit';
import { requestIdOf } from './request-id';

export interface ScimDependencyInput {
  orm: MikroORM;
  schema: GraphQLSchema;
  config: Pick<Config, 'publicUrl' | 'maxBodyBytes'>;
  logger: Logger;
  now?: () => Date;
  rateLimiter?: RateLimiter;
}

const SCIM_REFUSAL = 'The SCIM endpoint takes scim tokens only';

/**
 * What the SCIM router (mounted at `/scim/v2`) receives: graphql-js `execute` on the one schema,
 * and a context factory that accepts only `scim` tokens and builds the same per-request context
 * Apollo builds (the EntityManager, loaders built on first use, the token's actor, the request id).
 */
export function createScimDependencies(input: ScimDependencyInput): ScimDependencies {
  const { orm, schema, config, logger, now, rateLimiter } = input;
  return {
    schema,
    execute: createCompiledExecute(schema, [...Object.values(USER_DOCUMENTS), ...Object.values(GROUP_DOCUMENTS)]),
    createContext: async (req) => {
      const actor = await requireScope(orm, req.get('authorization'), ['scim'], SCIM_REFUSAL, { now, rateLimiter });
      return createContext({ orm, actor, requestId: requestIdOf(req), now });
    },
    baseUrl: `${config.publicUrl}/scim/v2`,
    maxBodyBytes: config.maxBodyBytes,
    reportError: (error, req) => logger.error({ err: error, requestId: requestIdOf(req) }, 'SCIM request failed'),
  };
}
