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

/**
 * The benchmark's service: the real app (createApp) over a scratch database, listening on an
 * ephemeral loopback port, driven over HTTP like an IdP would. Every SQL statement is counted.
 */
export interface BenchApp {
  /** `sqlite` or `postgresql`. */
  driver: DatabaseConfig['driver'];
  baseUrl: string;
  orm: MikroORM;
  /** SQL statements issued since the process started (the ORM's query log). */
  statements(): number;
  /** A new organization with a scim and an admin token, seeded with `users` users and `teams` teams. */
  organization(name: string, users: number, teams?: number): Promise<BenchOrganization>;
  close(): Promise<void>;
}

export interface BenchOrganization {
  id: string;
  slug: string;
  seed: SeedResult;
  scim(method: string, path: string, body?: unknown): Promise<BenchResponse>;
  graphql(query: string, variables?: Record<string, unknown>): Promise<BenchResponse>;
}

export interface BenchResponse {
  status: number;
  body: any;
}

interface ScratchDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** A SQLite file in a fresh temporary folder, removed afterwards. */
function scratchSqlite(): ScratchDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'scimgraph-bench-'));
  return { config: { driver: 'sqlite', path: join(folder, 'bench.sqlite') }, drop: async () => rmSync(folder, { recursive: true, force: true }) };
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
  return { config: { driver: 'postgresql', url: target.toString() }, drop: () => run(`drop database if exists ${name} with (force)`) };
}

async function call(url: string, init: { method: string; headers: Record<string, string>; body?: unknown }): Promise<BenchResponse> {
  const response = await fetch(url, { method: init.method, headers: init.headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

let organizations = 0;

/** Starts the app over a scratch database: SQLite when `postgresUrl` is undefined. */
export async function startBenchApp(postgresUrl?: string): Promise<BenchApp> {
  const scratch = postgresUrl ? await scratchPostgres(postgresUrl) : scratchSqlite();
  let statements = 0;
  const orm = await connectOrm(scratch.config, { onQuery: () => (statements += 1) });
  await migrate(orm);
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), database: scratch.config };
  const app = await createApp({ orm, schema: await createSchema(), config, logger: pino({ level: 'silent' }) });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = (organizationId: string | null): DomainContext => systemContext(orm.em, organizationId);

  return {
    driver: scratch.config.driver,
    baseUrl,
    orm,
    statements: () => statements,
    async organization(name, users, teams = 0) {
      organizations += 1;
      const org = await createOrganization(context(null), { name, slug: `bench-${organizations}` });
      const seed = await seedOrganization(context(org.id), { users, teams });
      // PostgreSQL plans from statistics, which autovacuum gathers after a bulk load like this one; gather them now.
      if (scratch.config.driver === 'postgresql') await orm.em.fork().getConnection().execute('analyze');
      const scimToken = (await createApiToken(context(org.id), { organizationId: org.id, name: 'bench idp', scope: 'scim' })).secret;
      const adminToken = (await createApiToken(context(org.id), { organizationId: org.id, name: 'bench admin', scope: 'admin' })).secret;
      const headers = (token: string) => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json; charset=utf-8' });
      return {
        id: org.id,
        slug: org.slug,
        seed,
        scim: (method, path, body) => call(`${baseUrl}/scim/v2${path}`, { method, headers: headers(scimToken), body }),
        graphql: (query, variables = {}) => call(`${baseUrl}/graphql`, { method: 'POST', headers: { ...headers(adminToken), 'Content-Type': 'application/json' }, body: { query, variables } }),
      };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await orm.close(true);
      await scratch.drop();
    },
  };
}
