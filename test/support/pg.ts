import { parseDatabaseUrl } from '../../src/config';
import { connectOrm } from '../../src/db/orm';

/** A PostgreSQL database of its own for one test file, empty until migrated. */
export interface EmptyPostgresDatabase {
  url: string;
  drop(): Promise<void>;
}

let counter = 0;

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

/** Creates `scimgraph_test_<pid>_<n>` on the server named by `serverUrl` (e.g. TEST_DATABASE_URL). */
export async function createEmptyPostgresDatabase(serverUrl: string): Promise<EmptyPostgresDatabase> {
  counter += 1;
  const name = `scimgraph_test_${process.pid}_${counter}`;
  const admin = withDatabase(serverUrl, 'postgres');
  await adminQuery(admin, `drop database if exists ${name}`);
  await adminQuery(admin, `create database ${name}`);
  return {
    url: withDatabase(serverUrl, name),
    drop: () => adminQuery(admin, `drop database if exists ${name} with (force)`),
  };
}
