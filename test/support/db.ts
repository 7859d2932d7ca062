import type { MikroORM } from '@mikro-orm/core';
import { parseDatabaseUrl, type DatabaseConfig } from '../../src/config';
import { connectOrm, migrate, type OrmOptions } from '../../src/db/orm';

/** A migrated database for one test file: in-memory SQLite, or a fresh PostgreSQL database. */
export interface TestDatabase {
  orm: MikroORM;
  config: DatabaseConfig;
  close(): Promise<void>;
}

let counter = 0;

/** Admin connection URL for the server named by TEST_DATABASE_URL, with another database name. */
function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const orm = await connectOrm(parseDatabaseUrl(url));
  try {
    await orm.em.getConnection().execute(sql);
  } finally {
    await orm.close(true);
  }
}

export async function createTestDatabase(options: OrmOptions = {}): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const config: DatabaseConfig = { driver: 'sqlite', path: ':memory:' };
    const orm = await connectOrm(config, options);
    await migrate(orm);
    return { orm, config, close: () => orm.close(true) };
  }
  counter += 1;
  const name = `scimgraph_test_${process.pid}_${counter}`;
  const admin = withDatabase(url, 'postgres');
  await adminQuery(admin, `drop database if exists ${name}`);
  await adminQuery(admin, `create database ${name}`);
  const config = parseDatabaseUrl(withDatabase(url, name));
  const orm = await connectOrm(config, options);
  await migrate(orm);
  return {
    orm,
    config,
    close: async () => {
      await orm.close(true);
      await adminQuery(admin, `drop database if exists ${name} with (force)`);
    },
  };
}
