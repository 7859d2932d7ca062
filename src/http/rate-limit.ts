import Redis from 'ioredis';
import type { Logger } from 'pino';
import {
  BurstyRateLimiter,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { DomainError } from '../common/errors';
import { BURST_REFILL_SECONDS, type RateBudget, type RateLimitConfig } from '../config';
import type { Actor } from '../domain/context';

/**
 * The request budgets of DESIGN.md's "limits" row: every authenticated request spends one request
 * of its token's budget and one of its organization's. Keys are the token's id and the
 * organization's id, never the secret. In process by default; with `REDIS_URL`, the counts live
 * in Redis, so every instance spends from the same budget.
 */
export interface RateLimiter {
  /** Spends one request of the actor's budgets; rejects with RATE_LIMITED (`retryAfter` in seconds) when one is spent. */
  check(actor: Actor): Promise<void>;
  close(): Promise<void>;
}

interface Limiter {
  consume(key: string): Promise<RateLimiterRes>;
}

/** Where the counts live: this process, or a Redis shared by every instance. */
type Store = { kind: 'memory' } | { kind: 'redis'; client: Redis };

const KEY_PREFIX = 'scimgraph:rl';

function fixedWindow(store: Store, name: string, points: number, duration: number): RateLimiterAbstract {
  const options: IRateLimiterOptions = { keyPrefix: `${KEY_PREFIX}:${name}`, points, duration };
  if (store.kind === 'memory') return new RateLimiterMemory(options);
  // While Redis is out of reach, each instance counts on its own rather than failing requests.
  return new RateLimiterRedis({ ...options, storeClient: store.client, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
}

/** A steady rate per second, and a burst allowance on top of it that refills over BURST_REFILL_SECONDS. */
function budgetLimiter(store: Store, name: string, budget: RateBudget): Limiter {
  const steady = fixedWindow(store, name, budget.perSecond, 1);
  if (budget.burst === 0) return steady;
  return new BurstyRateLimiter(steady, fixedWindow(store, `${name}:burst`, budget.burst, BURST_REFILL_SECONDS));
}

function limiterOf(limits: RateLimitConfig, store: Store, logger: Logger | null, close: () => Promise<void>): RateLimiter {
  const token = limits.perToken && budgetLimiter(store, 'token', limits.perToken);
  const organization = limits.perOrganization && budgetLimiter(store, 'org', limits.perOrganization);
  const spend = async (limiter: Limiter, key: string, what: 'token' | 'organization'): Promise<void> => {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        // The store failed in a way its fallback did not cover: serve rather than refuse.
        logger?.warn({ err: rejection, limit: what }, 'rate limit not checked');
        return;
      }
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new DomainError('RATE_LIMITED', `Too many requests for this ${what}; retry after ${retryAfter} s`, { retryAfter, limit: what });
    }
  };
  return {
    async check(actor) {
      if (token && actor.kind === 'token' && actor.id) await spend(token, actor.id, 'token');
      if (organization && actor.organizationId) await spend(organization, actor.organizationId, 'organization');
    },
    close,
  };
}

/** Budgets counted in this process (`REDIS_URL` is for `connectRateLimiter`). */
export function createRateLimiter(limits: RateLimitConfig, logger: Logger | null = null): RateLimiter {
  return limiterOf(limits, { kind: 'memory' }, logger, async () => undefined);
}

/**
 * The process's limiter: in memory, or on the Redis of `REDIS_URL`, connected before the first
 * request (an unreachable Redis is logged, and each instance counts alone until it answers).
 */
export async function connectRateLimiter(limits: RateLimitConfig, logger: Logger): Promise<RateLimiter> {
  if (!limits.redisUrl || (!limits.perToken && !limits.perOrganization)) return createRateLimiter(limits, logger);
  // commandTimeout: a Redis that stops answering (a silent partition) fails a count in half a second,
  // and the insurance limiter counts in this process instead of every request hanging.
  const client = new Redis(limits.redisUrl, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    disconnectTimeout: 100,
    commandTimeout: 500,
    keepAlive: 10_000,
  });
  let reported = false;
  client.on('error', (error: Error) => {
    if (!reported) logger.warn({ err: { message: error.message } }, 'Redis for rate limits is out of reach; counting in this process');
    reported = true;
  });
  client.on('ready', () => (reported = false));
  await client.connect().catch(() => undefined);
  return limiterOf(limits, { kind: 'redis', client }, logger, async () => {
    await client.quit().catch(() => client.disconnect());
  });
}
