import type { MiddlewareFn } from 'type-graphql';
import { resetReads, type GraphQLContext } from './context';

/**
 * One mutation = one transaction: each root Mutation field runs inside its own database
 * transaction, committed when the resolver returns and rolled back when it throws. The fields
 * selected below the mutation are read afterwards, from committed data, with fresh loaders.
 */
export const TransactionPerMutation: MiddlewareFn<GraphQLContext> = async ({ context, info }, next) => {
  if (info.parentType.name !== 'Mutation') return next();
  const outer = context.em;
  try {
    return await outer.transactional(async (em) => {
      context.em = em;
      return next();
    });
  } finally {
    context.em = outer;
    resetReads(context);
  }
};
