import type { MikroORM } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { loadConfig, type Config } from '../config';
import { applyMigrations, connectOrm, withMigrationOrm } from '../db/orm';
import { systemContext, type DomainContext } from '../domain/context';
import { ConfigError, type CliIo } from './io';

/** An open, migrated database for one CLI command. */
export interface CliDatabase {
  orm: MikroORM;
  /** Migrations applied when the database was opened. */
  applied: string[];
  /** A fresh unit of work acting as the CLI inside `organizationId` (null: every organization). */
  context(organizationId: string | null): DomainContext;
}

/**
 * Opens the database named by DATABASE_URL (parsed as the server parses it), applies pending
 * migrations so that a fresh clone's first command works before the server ever ran, runs
 * `work` and closes the ORM whatever happens.
 */
export async function withDatabase<T>(io: CliIo, work: (db: CliDatabase) => Promise<T>): Promise<T> {
  const config = readConfig(io);
  const orm = await connectOrm(config.database);
  try {
    const applied = await withMigrationOrm(orm, config.database, (migrating) => applyMigrations(migrating));
    const requestId = `cli-${randomUUID()}`;
    return await work({
      orm,
      applied,
      context: (organizationId) => systemContext(orm.em, organizationId, 'cli', { requestId }),
    });
  } finally {
    await orm.close(true);
  }
}

function readConfig(io: CliIo): Config {
  try {
    return loadConfig(io.env);
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
}

/** Mentions on stderr the migrations a command applied before doing its work. */
export function reportMigrations(io: CliIo, applied: string[]): void {
  if (applied.length > 0) io.stderr.write(`Applied ${applied.length} pending migration(s): ${applied.join(', ')}\n`);
}
