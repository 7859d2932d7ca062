import type { MikroORM } from '@mikro-orm/core';
import type { DatabaseConfig } from '../../src/config';

/** One SQL statement as the driver ran it, with its bound values. */
export interface Statement {
  sql: string;
  bindings: unknown[];
}

/**
 * The SQL statements `work` issues through `orm` (knex's query events, transactions included);
 * `onStatement` sees each as it is about to run.
 */
export async function statementsRun(orm: MikroORM, work: () => Promise<unknown>, onStatement?: (sql: string) => void): Promise<Statement[]> {
  const knex = (orm.em.getConnection() as unknown as { getKnex(): NodeJS.EventEmitter }).getKnex();
  const seen: Statement[] = [];
  const listener = (query: { sql: string; bindings?: unknown[] }): void => {
    seen.push({ sql: query.sql, bindings: query.bindings ?? [] });
    onStatement?.(query.sql);
  };
  knex.on('query', listener);
  try {
    await work();
    return seen;
  } finally {
    knex.off('query', listener);
  }
}

/** The database's plan for `statement`: EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL, one line per step. */
export async function planOf(orm: MikroORM, driver: DatabaseConfig['driver'], statement: Statement): Promise<string> {
  const connection = orm.em.getConnection();
  if (driver === 'sqlite') {
    const rows: { detail: string }[] = await connection.execute(`explain query plan ${statement.sql}`, statement.bindings as never[]);
    return rows.map((row) => row.detail).join('\n');
  }
  const rows: { 'QUERY PLAN': string }[] = await connection.execute(`explain ${statement.sql}`, statement.bindings as never[]);
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}
