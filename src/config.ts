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
  /** NODE_ENV is exactly `development`: stack traces in GraphQL error responses. Anything else is production. */
  development: boolean;
  rateLimits: RateLimitConfig;
}

/** A request budget: a steady rate, and how many more requests a short burst may add. */
export interface RateBudget {
  /** Requests per second, sustained. */
  perSecond: number;
  /** Requests allowed beyond the steady rate, refilled over `BURST_REFILL_SECONDS`. */
  burst: number;
}

/** Request budgets per token and per organization (null: that limit is off), shared through Redis when `redisUrl` is set. */
export interface RateLimitConfig {
  perToken: RateBudget | null;
  perOrganization: RateBudget | null;
  redisUrl: string | null;
}

/** How long a spent burst allowance takes to come back, whole (seconds). */
export const BURST_REFILL_SECONDS = 60;

const DEFAULT_SQLITE_PATH = './data/scimgraph.sqlite';

const BUDGET = /^\s*(\d{1,6})\s*(?::\s*(\d{1,7})\s*)?$/;

/**
 * `RATE[:BURST]` → a budget: RATE requests per second and BURST more on top of it (refilled over
 * a minute; 0 when omitted). A RATE of 0 turns the limit off.
 */
export function parseRateBudget(value: string): RateBudget | null | undefined {
  const match = BUDGET.exec(value);
  if (!match) return undefined;
  const perSecond = Number(match[1]);
  return perSecond === 0 ? null : { perSecond, burst: Number(match[2] ?? 0) };
}

const rateBudget = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, ctx) => {
      const budget = parseRateBudget(value);
      if (budget !== undefined) return budget;
      ctx.addIssue({ code: 'custom', message: 'expected RATE or RATE:BURST in requests per second (e.g. 50:200), or 0 for no limit' });
      return z.NEVER;
    });

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
  // Entra asks a gallery app to take at least 25 requests/s per tenant and was seen peaking near
  // 17/s; Okta documents no rate, and retries after a 429's Retry-After. One token gets twice
  // Entra's requirement, an organization (an IdP plus dashboards and scripts) four times: far
  // below the few hundred writes per second one instance sustains (BENCHMARKS.md).
  RATE_LIMIT_PER_TOKEN: rateBudget('50:200'),
  RATE_LIMIT_PER_ORG: rateBudget('100:400'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'must be redis://… or rediss://…')
    .optional(),
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
    development: e.NODE_ENV === 'development',
    rateLimits: {
      perToken: e.RATE_LIMIT_PER_TOKEN,
      perOrganization: e.RATE_LIMIT_PER_ORG,
      redisUrl: e.REDIS_URL ?? null,
    },
  };
}
