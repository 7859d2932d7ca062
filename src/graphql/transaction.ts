import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { inUnitOfWork } from '../domain/context';
import { assertHolderStanding } from '../domain/token/token.service';
import { resetReads, type GraphQLContext } from './context';

/** Operations whose first mutation has run: a later one checks its token's user again. */
const mutated = new WeakSet<GraphQLContext>();

/**
 * A root Mutation field run as one unit of work; the reads of its selection start afresh. After
 * the operation's first mutation, each one first checks that the token's user still may hold it
 * (`assertHolderStanding`): a request whose first mutation demoted or deactivated that user writes
 * nothing more.
 */
function inOwnUnitOfWork(resolve: GraphQLFieldResolver<unknown, GraphQLContext>): GraphQLFieldResolver<unknown, GraphQLContext> {
  return async (source, args, context, info) => {
    try {
      return await inUnitOfWork(context, async (unit) => {
        // Set already: the unit is run again (it lost a deadlock), and what it read then was rolled back.
        if (context.transaction) resetReads(context);
        context.transaction = unit.transaction;
        if (mutated.has(context)) await assertHolderStanding(unit);
        mutated.add(context);
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
