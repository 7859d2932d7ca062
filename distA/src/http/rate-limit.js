"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createRateLimiter = createRateLimiter;
exports.connectRateLimiter = connectRateLimiter;
const ioredis_1 = __importDefault(require("ioredis"));
const rate_limiter_flexible_1 = require("rate-limiter-flexible");
const errors_1 = require("../common/errors");
const config_1 = require("../config");
const KEY_PREFIX = 'scimgraph:rl';
function fixedWindow(store, name, points, duration) {
    const options = { keyPrefix: `${KEY_PREFIX}:${name}`, points, duration };
    if (store.kind === 'memory')
        return new rate_limiter_flexible_1.RateLimiterMemory(options);
    // While Redis is out of reach, each instance counts on its own rather than failing requests.
    return new rate_limiter_flexible_1.RateLimiterRedis({ ...options, storeClient: store.client, rejectIfRedisNotReady: true, insuranceLimiter: new rate_limiter_flexible_1.RateLimiterMemory(options) });
}
/** A steady rate per second, and a burst allowance on top of it that refills over BURST_REFILL_SECONDS. */
function budgetLimiter(store, name, budget) {
    const steady = fixedWindow(store, name, budget.perSecond, 1);
    if (budget.burst === 0)
        return steady;
    return new rate_limiter_flexible_1.BurstyRateLimiter(steady, fixedWindow(store, `${name}:burst`, budget.burst, config_1.BURST_REFILL_SECONDS));
}
function limiterOf(limits, store, logger, close) {
    const token = limits.perToken && budgetLimiter(store, 'token', limits.perToken);
    const organization = limits.perOrganization && budgetLimiter(store, 'org', limits.perOrganization);
    const spend = async (limiter, key, what) => {
        try {
            await limiter.consume(key);
        }
        catch (rejection) {
            if (!(rejection instanceof rate_limiter_flexible_1.RateLimiterRes)) {
                // The store failed in a way its fallback did not cover: serve rather than refuse.
                logger?.warn({ err: rejection, limit: what }, 'rate limit not checked');
                return;
            }
            const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
            throw new errors_1.DomainError('RATE_LIMITED', `Too many requests for this ${what}; retry after ${retryAfter} s`, { retryAfter, limit: what });
        }
    };
    return {
        async check(actor) {
            if (token && actor.kind === 'token' && actor.id)
                await spend(token, actor.id, 'token');
            if (organization && actor.organizationId)
                await spend(organization, actor.organizationId, 'organization');
        },
        close,
    };
}
/** Budgets counted in this process (`REDIS_URL` is for `connectRateLimiter`). */
function createRateLimiter(limits, logger = null) {
    return limiterOf(limits, { kind: 'memory' }, logger, async () => undefined);
}
/**
 * The process's limiter: in memory, or on the Redis of `REDIS_URL`, connected before the first
 * request (an unreachable Redis is logged, and each instance counts alone until it answers).
 */
async function connectRateLimiter(limits, logger) {
    if (!limits.redisUrl || (!limits.perToken && !limits.perOrganization))
        return createRateLimiter(limits, logger);
    // commandTimeout: a Redis that stops answering (a silent partition) fails a count in half a second,
    // and the insurance limiter counts in this process instead of every request hanging.
    const client = new ioredis_1.default(limits.redisUrl, {
        lazyConnect: true,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 2_000,
        disconnectTimeout: 100,
        commandTimeout: 500,
        keepAlive: 10_000,
    });
    let reported = false;
    client.on('error', (error) => {
        if (!reported)
            logger.warn({ err: { message: error.message } }, 'Redis for rate limits is out of reach; counting in this process');
        reported = true;
    });
    client.on('ready', () => (reported = false));
    await client.connect().catch(() => undefined);
    return limiterOf(limits, { kind: 'redis', client }, logger, async () => {
        await client.quit().catch(() => client.disconnect());
    });
}
//# sourceMappingURL=rate-limit.js.map