import type { MikroORM } from '@mikro-orm/core';
import { execute, parse, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Actor } from '../../src/domain/context';
import type { TokenScope } from '../../src/domain/token/token.entity';
import { createContext } from '../../src/graphql/context';
import { maskError } from '../../src/graphql/errors';
import { createSchema } from '../../src/graphql/schema';

let schema: Promise<GraphQLSchema> | undefined;

/** The one schema of the test process (building it is slow; type-graphql metadata is global). */
export const testSchema = (): Promise<GraphQLSchema> => (schema ??= createSchema());

/** An API token actor of one organization (`organizationId` null only for `internal`). */
export const tokenActor = (organizationId: string | null, scope: TokenScope = 'admin'): Actor => ({
  kind: 'token',
  id: `token-${scope}`,
  name: `${scope} token`,
  scope,
  organizationId,
});

export interface GraphQLResult<T> {
  data: T | null;
  /** Errors as a client sees them (masked, with `extensions.code`). */
  errors?: GraphQLFormattedError[];
}

/** Runs one document through the real schema and a fresh per-request context. */
export async function runGraphQL<T = Record<string, any>>(
  orm: MikroORM,
  actor: Actor,
  document: string,
  variables: Record<string, unknown> = {},
  now?: () => Date,
): Promise<GraphQLResult<T>> {
  const contextValue = createContext({ orm, actor, requestId: 'test-request', now });
  const result = await execute({ schema: await testSchema(), document: parse(document), variableValues: variables, contextValue });
  const errors = result.errors?.map((e) => maskError(e.toJSON(), e, (error) => console.error(error)));
  return { data: (result.data ?? null) as T | null, ...(errors ? { errors } : {}) };
}

/** Like `runGraphQL`, but fails with the error messages when the result has any. */
export async function graphqlData<T = Record<string, any>>(
  orm: MikroORM,
  actor: Actor,
  document: string,
  variables: Record<string, unknown> = {},
  now?: () => Date,
): Promise<T> {
  const result = await runGraphQL<T>(orm, actor, document, variables, now);
  if (result.errors) throw new Error(result.errors.map((e) => `${String(e.extensions?.code)}: ${e.message}`).join('\n'));
  return result.data as T;
}
