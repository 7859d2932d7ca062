import type { MikroORM } from '@mikro-orm/core';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config, HttpTimeouts } from '../config';
import { applyMigrations, connectOrm, withMigrationOrm } from '../db/orm';
import { systemContext } from '../domain/context';
import type { Organization } from '../domain/organization/organization.entity';
import { ensureDefaultOrganization } from '../domain/organization/organization.service';
import { createSchema } from '../graphql/schema';
import { createApp } from './app';
import { connectRateLimiter, type RateLimiter } from './rate-limit';
import type { Lifecycle } from './ops';


export interface RunningServer {
  server: Server;
  orm: MikroORM;
  /** Where the server listens, e.g. `http://127.0.0.1:4000` (the real port when 0 was asked). */
  url: string;
  /** The organization created on this first run, if any. */
  createdOrganization: Organization | null;
  /**
   * Stops gracefully: `/readyz` answers 503 at once, new connections are still accepted for the
   * drain window, then the listener closes, in-flight requests finish (up to the grace period) and
   * the ORM closes.
   */
  stop(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Node's HTTP server timeouts (slow clients cannot hold connections open for ever). */
function applyHttpTimeouts(server: Server, http: HttpTimeouts): void {
  server.requestTimeout = http.requestMs;
  // Node requires headersTimeout ≤ requestTimeout.
  server.headersTimeout = Math.min(http.headersMs, http.requestMs);
  server.keepAliveTimeout = http.keepAliveMs;
}

/**
 * Closes the listener (new connections are refused from here on) and resolves once every
 * connection has ended: idle ones at once, busy ones after their response. Whatever is still open
 * after `graceMs` is closed.
 */
function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs).unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** Connects, migrates, creates the default organization on a first run, and listens. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const orm = await connectOrm(config.database);
  let rateLimiter: RateLimiter | undefined;
  try {
    // Under the migration lock, so that instances starting at once neither race on the tables nor
    // both create the default organization.
    const { applied, createdOrganization } = await withMigrationOrm(orm, config.database, async (migrating) => ({
      applied: await applyMigrations(migrating),
      createdOrganization: await ensureDefaultOrganization(systemContext(migrating.em, null, 'system')),
    }));
    if (applied.length > 0) logger.info({ migrations: applied }, 'applied database migrations');
    if (createdOrganization) logger.info({ organizationId: createdOrganization.id }, 'created the default organization');
    const limiter = (rateLimiter = await connectRateLimiter(config.rateLimits, logger));
    const lifecycle: Lifecycle = { draining: false };
    const app = await createApp({ orm, schema: await createSchema(), config, logger, rateLimiter: limiter, lifecycle });
    const server = createServer(app);
    applyHttpTimeouts(server, config.http);
    // Keep-alive connections would hold a stop open: from the drain on, every response says
    // `Connection: close`, so each connection ends with its last response.
    const inFlight = new Set<ServerResponse>();
    // Before the app's own listener, which may answer at once (`/healthz`).
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      if (lifecycle.draining) res.setHeader('Connection', 'close');
      inFlight.add(res);
      // A request pipelined behind others on a connection that closes never has its response closed.
      const forget = (): void => {
        inFlight.delete(res);
        req.socket.off('close', forget);
      };
      res.once('close', forget);
      req.socket.once('close', forget);
    });
    await listen(server, config.port, config.host);
    const { port } = server.address() as AddressInfo;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const stop = async (): Promise<void> => {
      lifecycle.draining = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      // The drain: `/readyz` answers 503 while new connections are still served, so a load balancer
      // stops sending before the listener closes and nothing it sent meanwhile is refused.
      await new Promise((resolve) => setTimeout(resolve, config.http.drainMs));
      await closeServer(server, config.http.stopGraceMs);
      await limiter.close();
      await orm.close();
    };
    return { server, orm, url: `http://${host}:${port}`, createdOrganization, stop };
  } catch (error) {
    await rateLimiter?.close();
    await orm.close(true);
    throw error;
  }
}
