import type { MikroORM } from '@mikro-orm/core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig, parseDatabaseUrl, type DatabaseConfig } from '../config';
import { connectOrm, migrate } from '../db/orm';
import { systemContext, type DomainContext } from '../domain/context';
import { createOrganization } from '../domain/organization/organization.service';
import { seedOrganization, type SeedResult } from '../domain/seed/seed.service';
import { createApiToken } from '../domain/token/token.service';
import { createSchema } from '../graphql/schema';
import { createApp } from '../http/app';
import { httpClient, type BenchResponse, type HttpClient } from './http.client';

/** A database made for one run, shared by every process of the run, dropped afterwards. */
export interface ScratchDatabase {
  config: DatabaseConfig;
  /** The same database as a `DATABASE_URL`, for the server and floor processes. */
  url: string;
  drop(): Promise<void>;
}

/**
 * The bench's own process on the scratch database: it migrates it, creates and seeds the
 * organizations, and serves the real app in-process with every SQL statement counted (the
 * statement figures are taken here, one request at a time; timings come from the child processes).
 */
export interface BenchApp {
  /** `sqlite` or `postgresql`. */
  driver: DatabaseConfig['driver'];
  database: ScratchDatabase;
  orm: MikroORM;
  /** SQL statements this process has issued (the ORM's query log). */
  statements(): number;
  /** A new organization with a scim and an admin token, seeded with `users` users and `teams` teams. */
  organization(name: string, users: number, teams?: number): Promise<BenchOrganization>;
  close(): Promise<void>;
}

/** An organization of the run and how to call a server as its IdP (scim token) or its admin (admin token). */
export interface BenchOrganization {
  id: string;
  slug: string;
  seed: SeedResult;
  scimToken: string;
  adminToken: string;
  scim(method: string, path: string, body?: unknown): Promise<BenchResponse>;
  graphql(query: string, variables?: Record<string, unknown>): Promise<BenchResponse>;
  /** The same organization, calling the server `client` talks to. */
  on(client: HttpClient): BenchOrganization;
}

/** A SQLite file in a fresh temporary folder, removed afterwards. */
function scratchSqlite(): ScratchDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'scimgraph-bench-'));
  const path = join(folder, 'bench.sqlite');
  return { config: { driver: 'sqlite', path }, url: `sqlite:${path}`, drop: async () => rmSync(folder, { recursive: true, force: true }) };
}

/** A database of its own on the PostgreSQL server `url` names, dropped afterwards: the bench never writes into an existing one. */
async function scratchPostgres(url: string): Promise<ScratchDatabase> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const name = `scimgraph_bench_${process.pid}`;
  const run = async (sql: string): Promise<void> => {
    const orm = await connectOrm(parseDatabaseUrl(admin.toString()));
    try {
      await orm.em.getConnection().execute(sql);
    } finally {
      await orm.close(true);
    }
  };
  await run(`drop database if exists ${name}`);
  await run(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return { config: { driver: 'postgresql', url: target.toString() }, url: target.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

/** The headers of a SCIM request with `token`. */
export const scimHeaders = (token: string): Record<string, string> => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json; charset=utf-8' });

function bindOrganization(data: Omit<BenchOrganization, 'scim' | 'graphql' | 'on'>, client: HttpClient): BenchOrganization {
  return {
    ...data,
    scim: (method, path, body) => client.send(method, `/scim/v2${path}`, scimHeaders(data.scimToken), body),
    graphql: (query, variables = {}) => client.send('POST', '/graphql', { ...scimHeaders(data.adminToken), 'Content-Type': 'application/json' }, { query, variables }),
    on: (other) => bindOrganization(data, other),
  };
}

let organizations = 0;

/**
 * Makes a scratch database (SQLite when `postgresUrl` is undefined), migrates it, and serves the app
 * in-process over it. A SQLite file is switched to WAL here, once: the mode is kept in the file,
 * so the server and the floor processes open it in the same journal mode.
 */
export async function startBenchApp(postgresUrl?: string): Promise<BenchApp> {
  const database = postgresUrl ? await scratchPostgres(postgresUrl) : scratchSqlite();
  let statements = 0;
  const orm = await connectOrm(database.config, { onQuery: () => (statements += 1) });
  await migrate(orm);
  if (database.config.driver === 'sqlite') await orm.em.getConnection().execute('pragma journal_mode = WAL');
  const config = { ...loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_TOKEN: '0', RATE_LIMIT_PER_ORG: '0' }), database: database.config };
  const app = await createApp({ orm, schema: await createSchema(), config, logger: pino({ level: 'silent' }) });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = httpClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 1);
  const context = (organizationId: string | null): DomainContext => systemContext(orm.em, organizationId);

  return {
    driver: database.config.driver,
    database,
    orm,
    statements: () => statements,
    async organization(name, users, teams = 0) {
      organizations += 1;
      const org = await createOrganization(context(null), { name, slug: `bench-${organizations}` });
      const seed = await seedOrganization(context(org.id), { users, teams });
      // PostgreSQL plans from statistics, which autovacuum gathers after a bulk load like this one; gather them now.
      if (database.config.driver === 'postgresql') await orm.em.fork().getConnection().execute('analyze');
      const scimToken = (await createApiToken(context(org.id), { organizationId: org.id, name: 'bench idp', scope: 'scim' })).secret;
      const adminToken = (await createApiToken(context(org.id), { organizationId: org.id, name: 'bench admin', scope: 'admin' })).secret;
      return bindOrganization({ id: org.id, slug: org.slug, seed, scimToken, adminToken }, client);
    },
    async close() {
      client.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await orm.close(true);
      await database.drop();
    },
  };
}
