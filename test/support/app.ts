import type { MikroORM } from '@mikro-orm/core';
import type { Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import pino from 'pino';
import request from 'supertest';
import { loadConfig, type Config, type DatabaseConfig } from '../../src/config';
import { systemActor, type DomainContext } from '../../src/domain/context';
import type { Organization } from '../../src/domain/organization/organization.entity';
import { createOrganization } from '../../src/domain/organization/organization.service';
import type { TokenScope } from '../../src/domain/token/token.entity';
import { createApiToken } from '../../src/domain/token/token.service';
import { createApp } from '../../src/http/app';
import type { RateLimiter } from '../../src/http/rate-limit';
import { connectTestDatabase, createTestDatabase } from './db';
import { testSchema } from './graphql';

export interface TestAppOptions {
  /**
   * Overrides of the configuration (defaults: not development, limits from `loadConfig`, but no request
   * budgets: suites send bursts; the rate-limit tests set their own).
   */
  config?: Partial<Config>;
  /** Another schema (e.g. the real one plus a failing field); the app validates the SCIM façade's documents against it. */
  schema?: GraphQLSchema;
  now?: () => Date;
  /** An existing database to serve (another instance's): migrated if needed, never dropped by `close`. */
  database?: DatabaseConfig;
  /** The request budgets' limiter (one on Redis, shared by two apps); built from the config when omitted. */
  rateLimiter?: RateLimiter;
}

export interface TestApp {
  app: Express;
  orm: MikroORM;
  schema: GraphQLSchema;
  config: Config;
  /** Every log line the app wrote, as parsed JSON. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
  /** A new organization with a unique name and slug (`<prefix>-<n>`). */
  createOrganization(prefix?: string): Promise<Organization>;
  /** A new token; returns its bearer secret. `organizationId` null only for `internal`. */
  createToken(organizationId: string | null, scope: TokenScope, name?: string): Promise<{ id: string; secret: string }>;
  /** POST /graphql with a bearer secret (a supertest request: chain `.expect`, `.set`). */
  graphql(secret: string, query: string, variables?: Record<string, unknown>): request.Test;
}

let counter = 0;

const NO_BUDGETS: Config['rateLimits'] = { perToken: null, perOrganization: null, redisUrl: null };

/** The real app over a fresh test database (in-memory SQLite, or PostgreSQL with TEST_DATABASE_URL). */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = options.database ? await connectTestDatabase(options.database) : await createTestDatabase();
  const config: Config = { ...loadConfig({}), database: db.config, rateLimits: NO_BUDGETS, ...options.config };
  const schema = options.schema ?? (await testSchema());
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });
  const app = await createApp({ orm: db.orm, schema, config, logger, now: options.now, rateLimiter: options.rateLimiter });
  const context = (organizationId: string | null): DomainContext => ({
    em: db.orm.em.fork(),
    actor: systemActor(organizationId),
    requestId: null,
    now: () => new Date(),
  });
  return {
    app,
    orm: db.orm,
    schema,
    config,
    logs,
    close: () => db.close(),
    async createOrganization(prefix = 'org') {
      counter += 1;
      return createOrganization(context(null), { name: `${prefix} ${counter}`, slug: `${prefix}-${counter}` });
    },
    async createToken(organizationId, scope, name = `${scope} token`) {
      const { token, secret } = await createApiToken(context(organizationId), { organizationId, name, scope });
      return { id: token.id, secret };
    },
    graphql(secret, query, variables = {}) {
      return request(app).post('/graphql').set('Authorization', `Bearer ${secret}`).send({ query, variables });
    },
  };
}
