import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** Where the data lives, parsed from `DATABASE_URL`. */
export type DatabaseConfig =
  | { driver: 'sqlite'; path: string }
  | { driver: 'postgresql'; url: string };

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: string;
  /** Public base URL used in SCIM `location` values; derived from HOST/PORT when unset. */
  publicUrl: string;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** Largest accepted GraphQL query cost (see graphql/complexity). */
  maxQueryCost: number;
  maxQueryDepth: number;
  production: boolean;
  /** The org admin console's session cookies. */
  console: ConsoleConfig;
}

export interface ConsoleConfig {
  /** HMAC key of the session cookie. */
  sessionSecret: string;
  /** True when CONSOLE_SESSION_SECRET was unset and a random per-process key is used instead. */
  sessionSecretGenerated: boolean;
  /** How long a console session lasts after sign-in. */
  sessionMinutes: number;
}

const DEFAULT_SQLITE_PATH = './data/scimgraph.sqlite';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.string().url().optional(),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  MAX_QUERY_COST: z.coerce.number().int().positive().default(50_000),
  MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(12),
  NODE_ENV: z.string().default('production'),
  CONSOLE_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 48)').optional(),
  CONSOLE_SESSION_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
});

/** Parses a `DATABASE_URL` value; unset means the default SQLite file. */
export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  if (!url || url.trim() === '') return { driver: 'sqlite', path: DEFAULT_SQLITE_PATH };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (path === '') throw new Error('DATABASE_URL: sqlite: needs a path or :memory:');
    return { driver: 'sqlite', path };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { driver: 'postgresql', url };
  throw new Error('DATABASE_URL must be sqlite:PATH, sqlite::memory: or postgres://…');
}

/** Reads and validates the environment; throws one readable message listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const shownHost = e.HOST === '0.0.0.0' || e.HOST === '::' ? 'localhost' : e.HOST;
  return {
    port: e.PORT,
    host: e.HOST,
    database: parseDatabaseUrl(e.DATABASE_URL),
    logLevel: e.LOG_LEVEL,
    publicUrl: (e.PUBLIC_URL ?? `http://${shownHost}:${e.PORT}`).replace(/\/$/, ''),
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxQueryCost: e.MAX_QUERY_COST,
    maxQueryDepth: e.MAX_QUERY_DEPTH,
    production: e.NODE_ENV === 'production',
    console: {
      // Without a configured secret each process signs with its own random key: sessions end
      // with a restart and work on one instance only (README, "Configuration").
      sessionSecret: e.CONSOLE_SESSION_SECRET ?? randomBytes(48).toString('base64url'),
      sessionSecretGenerated: e.CONSOLE_SESSION_SECRET === undefined,
      sessionMinutes: e.CONSOLE_SESSION_MINUTES,
    },
  };
}
