import type { DomainContext } from '../context';

/**
 * Plain SQL that SQLite and PostgreSQL both accept, run inside the context's transaction when there
 * is one. For reads and writes the entity API cannot express without loading rows (membership
 * deltas, version bumps, grouped grants).
 */

/** Rows of a SELECT. */
export async function selectRows<T = Record<string, unknown>>(ctx: DomainContext, sql: string, params: readonly unknown[]): Promise<T[]> {
  return ctx.em.getConnection().execute(sql, [...params], 'all', ctx.em.getTransactionContext());
}

/** Runs a write; returns the number of rows it changed. */
export async function runStatement(ctx: DomainContext, sql: string, params: readonly unknown[]): Promise<number> {
  const result = await ctx.em.getConnection().execute(sql, [...params], 'run', ctx.em.getTransactionContext());
  return Number(result.affectedRows ?? 0);
}
