import type { MikroORM } from '@mikro-orm/core';
import { parseDatabaseUrl, type DatabaseConfig } from '../../src/config';
import { connectOrm, migrate, type OrmOptions } from '../../src/db/orm';
import type { DomainContext } from '../../src/domain/context';
import { inTransaction } from '../../src/domain/query/sql';
import { createEmptyPostgresDatabase } from './pg';

/** A migrated database for one test file: in-memory SQLite, or a fresh PostgreSQL database. */
export interface TestDatabase {
  orm: MikroORM;
  config: DatabaseConfig;
  close(): Promise<void>;
}

export interface TestDatabaseSetup {
  /** Apply only the first (initial) migration, so a test can run the later ones over its own rows. */
  onlyFirstMigration?: boolean;
}

async function prepare(orm: MikroORM, setup: TestDatabaseSetup): Promise<void> {
  if (!setup.onlyFirstMigration) {
    await migrate(orm);
    return;
  }
  const [first] = await orm.getMigrator().getPendingMigrations();
  await orm.getMigrator().up({ to: first.name });
}

export async function createTestDatabase(options: OrmOptions = {}, setup: TestDatabaseSetup = {}): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const config: DatabaseConfig = { driver: 'sqlite', path: ':memory:' };
    const orm = await connectOrm(config, options);
    await prepare(orm, setup);
    return { orm, config, close: () => orm.close(true) };
  }
  const database = await createEmptyPostgresDatabase(url);
  const config = parseDatabaseUrl(database.url);
  const orm = await connectOrm(config, options);
  await prepare(orm, setup);
  return {
    orm,
    config,
    close: async () => {
      await orm.close(true);
      await database.drop();
    },
  };
}

/** Another connection to a database that exists (a second app instance on the same data); `close` leaves it. */
export async function connectTestDatabase(config: DatabaseConfig, options: OrmOptions = {}): Promise<TestDatabase> {
  const orm = await connectOrm(config, options);
  await migrate(orm);
  return { orm, config, close: () => orm.close(true) };
}

/** A transaction left open across awaits, for tests that interleave two writers. */
export interface OpenTransaction {
  /** The context whose statements run in the transaction. */
  ctx: DomainContext;
  commit(): Promise<void>;
}

/** Opens a transaction (the domain's own, `inTransaction`) and keeps it open until `commit`. */
export async function openTransaction(ctx: DomainContext): Promise<OpenTransaction> {
  let finish!: () => void;
  let inside!: DomainContext;
  let done!: Promise<void>;
  await new Promise<void>((opened) => {
    done = inTransaction(ctx, async (tx) => {
      inside = tx;
      opened();
      await new Promise<void>((release) => (finish = release));
    });
  });
  return { ctx: inside, commit: async () => { finish(); await done; } };
}
