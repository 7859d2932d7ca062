import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker';
import { DomainErrors } from './errors';
import { RESOLVERS } from './resolvers';
import { TransactionPerMutation } from './transaction';

/** Builds the one schema both doors execute against. Build it once per process. */
export async function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    globalMiddlewares: [DomainErrors, TransactionPerMutation],
    validate: false,
  });
}

/** The SDL as kept in `schema/schema.graphql`: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
