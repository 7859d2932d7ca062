import { statSync } from 'node:fs';
import type { MikroORM } from '@mikro-orm/core';
import { Router } from 'express';
import type { Logger } from 'pino';
import { systemContext } from '../domain/context';
import { RETRY_AFTER_SECONDS } from '../domain/db-errors';
import { selectFirst } from '../domain/query/sql';
import type { AppMetrics } from './metrics';

/** How long `/readyz` waits for the database before calling it unreachable. */
const READY_TIMEOUT_MS = 3000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether a SQLite file is still the one the process opened (same device and inode). A file deleted
 * or replaced under a running server takes every write after it nowhere: SQLite keeps writing to
 * the unlinked file and answers as if nothing happened, and all of it is gone at the next start.
 */
function sameFile(path: string): () => boolean {
  const identity = (): string | null => {
    try {
      const stat = statSync(path);
      return `${stat.dev}:${stat.ino}`;
    } catch {
      return null;
    }
  };
  const opened = identity();
  // A file that could not be read at start (another kind of path) is not watched.
  return () => opened === null || identity() === opened;
}

/** Whether the process is stopping: set at SIGTERM, read by `/readyz`. */
export interface Lifecycle {
  draining: boolean;
}

/**
 * Operations endpoints, unauthenticated (keep them off the public network if that matters):
 * `/healthz` says the process is up, `/readyz` that the database answers and the process is not
 * stopping (a load balancer then sends it nothing new), `/metrics` is Prometheus.
 */
export function opsRouter(deps: { orm: MikroORM; metrics: AppMetrics; logger: Logger; lifecycle?: Lifecycle; sqliteFile?: string }): Router {
  const router = Router();
  const fileKept = deps.sqliteFile && deps.sqliteFile !== ':memory:' ? sameFile(deps.sqliteFile) : () => true;
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (deps.lifecycle?.draining) {
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(503).json({ status: 'stopping' });
      return;
    }
    if (!fileKept()) {
      deps.logger.error('readiness check failed: the SQLite file was deleted or replaced since the process opened it; writes are lost until it restarts');
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(503).json({ status: 'unavailable', database: 'file missing' });
      return;
    }
    try {
      // Through the domain's statements, as requests go: on SQLite the lease keeps its connection
      // (an ORM query would take it back from the lease and have the pool reopen it).
      await withTimeout(selectFirst(systemContext(deps.orm.em, null, 'system'), 'select 1 as ready', []), READY_TIMEOUT_MS);
      res.json({ status: 'ready', database: 'ok' });
    } catch (error) {
      deps.logger.warn({ err: error }, 'readiness check failed: database unreachable');
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });
  router.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', deps.metrics.registry.contentType);
    res.send(await deps.metrics.registry.metrics());
  });
  return router;
}
