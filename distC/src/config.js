"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BURST_REFILL_SECONDS = void 0;
exports.parseRateBudget = parseRateBudget;
exports.parseDatabaseUrl = parseDatabaseUrl;
exports.loadConfig = loadConfig;
const node_crypto_1 = require("node:crypto");
const zod_1 = require("zod");
/** How long a spent burst allowance takes to come back, whole (seconds). */
exports.BURST_REFILL_SECONDS = 60;
const DEFAULT_SQLITE_PATH = './data/scimgraph.sqlite';
const BUDGET = /^\s*(\d{1,6})\s*(?::\s*(\d{1,7})\s*)?$/;
/**
 * `RATE[:BURST]` → a budget: RATE requests per second and BURST more on top of it (refilled over
 * a minute; 0 when omitted). A RATE of 0 turns the limit off.
 */
function parseRateBudget(value) {
    const match = BUDGET.exec(value);
    if (!match)
        return undefined;
    const perSecond = Number(match[1]);
    return perSecond === 0 ? null : { perSecond, burst: Number(match[2] ?? 0) };
}
const rateBudget = (fallback) => zod_1.z
    .string()
    .default(fallback)
    .transform((value, ctx) => {
    const budget = parseRateBudget(value);
    if (budget !== undefined)
        return budget;
    ctx.addIssue({ code: 'custom', message: 'expected RATE or RATE:BURST in requests per second (e.g. 50:200), or 0 for no limit' });
    return zod_1.z.NEVER;
});
/** A positive duration in seconds (fractions allowed), at most an hour. */
const seconds = (fallback) => zod_1.z.coerce.number().positive().max(3600).default(fallback);
const schema = zod_1.z.object({
    PORT: zod_1.z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: zod_1.z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: zod_1.z.string().optional(),
    LOG_LEVEL: zod_1.z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PUBLIC_URL: zod_1.z.string().url().optional(),
    MAX_BODY_BYTES: zod_1.z.coerce.number().int().positive().default(5 * 1024 * 1024),
    MAX_QUERY_COST: zod_1.z.coerce.number().int().positive().default(50_000),
    MAX_QUERY_DEPTH: zod_1.z.coerce.number().int().positive().default(12),
    NODE_ENV: zod_1.z.string().default('production'),
    // Entra asks a gallery app to take at least 25 requests/s per tenant and was seen peaking near
    // 17/s; Okta documents no rate, and retries after a 429's Retry-After. One token gets twice
    // Entra's requirement, an organization (an IdP plus dashboards and scripts) four times: far
    // below the few hundred writes per second one instance sustains (BENCHMARKS.md).
    RATE_LIMIT_PER_TOKEN: rateBudget('50:200'),
    RATE_LIMIT_PER_ORG: rateBudget('100:400'),
    REDIS_URL: zod_1.z
        .string()
        .regex(/^rediss?:\/\/\S+$/, 'must be redis://… or rediss://…')
        .optional(),
    DB_CONNECT_TIMEOUT_SECONDS: seconds(5),
    DB_ACQUIRE_TIMEOUT_SECONDS: seconds(5),
    DB_STATEMENT_TIMEOUT_SECONDS: seconds(10),
    DB_QUERY_TIMEOUT_SECONDS: seconds(15),
    DB_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS: seconds(15),
    HTTP_HEADERS_TIMEOUT_SECONDS: seconds(20),
    HTTP_REQUEST_TIMEOUT_SECONDS: seconds(60),
    HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: seconds(5),
    SHUTDOWN_DRAIN_SECONDS: zod_1.z.coerce.number().min(0).max(600).default(5),
    SHUTDOWN_GRACE_SECONDS: seconds(30),
    CONSOLE_SESSION_SECRET: zod_1.z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 48)').optional(),
    CONSOLE_SESSION_MINUTES: zod_1.z.coerce.number().int().min(1).max(24 * 60).default(30),
});
/** Parses a `DATABASE_URL` value; unset means the default SQLite file. */
function parseDatabaseUrl(url, timeouts) {
    if (!url || url.trim() === '')
        return { driver: 'sqlite', path: DEFAULT_SQLITE_PATH };
    if (url.startsWith('sqlite:')) {
        const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
        if (path === '')
            throw new Error('DATABASE_URL: sqlite: needs a path or :memory:');
        return { driver: 'sqlite', path };
    }
    if (/^postgres(ql)?:\/\//.test(url))
        return timeouts ? { driver: 'postgresql', url, timeouts } : { driver: 'postgresql', url };
    throw new Error('DATABASE_URL must be sqlite:PATH, sqlite::memory: or postgres://…');
}
/** Reads and validates the environment; throws one readable message listing every problem. */
function loadConfig(env = process.env) {
    const parsed = schema.safeParse(env);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
        throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    }
    const e = parsed.data;
    const shownHost = e.HOST === '0.0.0.0' || e.HOST === '::' ? 'localhost' : e.HOST;
    const ms = (value) => Math.round(value * 1000);
    const timeouts = {
        connectMs: ms(e.DB_CONNECT_TIMEOUT_SECONDS),
        acquireMs: ms(e.DB_ACQUIRE_TIMEOUT_SECONDS),
        statementMs: ms(e.DB_STATEMENT_TIMEOUT_SECONDS),
        queryMs: ms(e.DB_QUERY_TIMEOUT_SECONDS),
        idleInTransactionMs: ms(e.DB_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS),
    };
    return {
        port: e.PORT,
        host: e.HOST,
        database: parseDatabaseUrl(e.DATABASE_URL, timeouts),
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
        http: {
            headersMs: ms(e.HTTP_HEADERS_TIMEOUT_SECONDS),
            requestMs: ms(e.HTTP_REQUEST_TIMEOUT_SECONDS),
            keepAliveMs: ms(e.HTTP_KEEP_ALIVE_TIMEOUT_SECONDS),
            drainMs: ms(e.SHUTDOWN_DRAIN_SECONDS),
            stopGraceMs: ms(e.SHUTDOWN_GRACE_SECONDS),
        },
        console: {
            // Without a configured secret each process signs with its own random key: sessions end
            // with a restart and work on one instance only (README, "Configuration").
            sessionSecret: e.CONSOLE_SESSION_SECRET ?? (0, node_crypto_1.randomBytes)(48).toString('base64url'),
            sessionSecretGenerated: e.CONSOLE_SESSION_SECRET === undefined,
            sessionMinutes: e.CONSOLE_SESSION_MINUTES,
        },
    };
}
//# sourceMappingURL=config.js.map