import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker';
import { codeResolverErrors } from './errors';
import { RESOLVERS } from './resolvers';
import { runMutationsInUnitsOfWork } from './transaction';

/**
 * Builds the one schema both doors execute against. Build it once per process. There are no
 * global middlewares: a middleware would wrap every field, plain properties included, in a chain
 * of promises. What must hold for every resolver is applied to the built schema instead: each
 * mutation is a unit of work, and every error leaves with its code.
 */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, authChecker, authMode: 'error', validate: false });
  runMutationsInUnitsOfWork(schema);
  codeResolverErrors(schema);
  return schema;
}

/** The SDL as kept in `schema/schema.graphql`: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
