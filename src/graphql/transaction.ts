import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { inUnitOfWork } from '../domain/context';
import { resetReads, type GraphQLContext } from './context';

/** A root Mutation field run as one unit of work; the reads of its selection start afresh. */
function inOwnUnitOfWork(resolve: GraphQLFieldResolver<unknown, GraphQLContext>): GraphQLFieldResolver<unknown, GraphQLContext> {
  return async (source, args, context, info) => {
    try {
      return await inUnitOfWork(context, async (unit) => {
        // Set already: the unit is run again (it lost a deadlock), and what it read then was rolled back.
        if (context.transaction) resetReads(context);
        context.transaction = unit.transaction;
        return resolve(source, args, context, info);
      });
    } finally {
      context.transaction = undefined;
      resetReads(context);
    }
  };
}

/**
 * One mutation = one transaction: each root Mutation field runs inside the domain's unit of work
 * (`inUnitOfWork`, the one owner of transactions), committed when the resolver returns and rolled
 * back when it throws. The fields selected below the mutation are read afterwards, from committed
 * data, with fresh loaders. Queries run without a transaction.
 */
export function runMutationsInUnitsOfWork(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    if (field.resolve) field.resolve = inOwnUnitOfWork(field.resolve as GraphQLFieldResolver<unknown, GraphQLContext>);
  }
}
