import type { MikroORM } from '@mikro-orm/core';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { applyMigrations, connectOrm, withMigrationLock } from '../db/orm';
import { systemContext } from '../domain/context';
import type { Organization } from '../domain/organization/organization.entity';
import { ensureDefaultOrganization } from '../domain/organization/organization.service';
import { createSchema } from '../graphql/schema';
import { createApp } from './app';

/** How long a stop waits for in-flight requests before closing their connections. */
const STOP_GRACE_MS = 10_000;

export interface RunningServer {
  server: Server;
  orm: MikroORM;
  /** Where the server listens, e.g. `http://127.0.0.1:4000` (the real port when 0 was asked). */
  url: string;
  /** The organization created on this first run, if any. */
  createdOrganization: Organization | null;
  /** Stops accepting, lets in-flight requests finish, then closes the ORM. */
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

/** Connects, migrates, creates the default organization on a first run, and listens. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const orm = await connectOrm(config.database);
  try {
    // Under the migration lock, so that instances starting at once neither race on the tables nor
    // both create the default organization.
    const { applied, createdOrganization } = await withMigrationLock(orm, async () => ({
      applied: await applyMigrations(orm),
      createdOrganization: await ensureDefaultOrganization(systemContext(orm.em, null, 'system')),
    }));
    if (applied.length > 0) logger.info({ migrations: applied }, 'applied database migrations');
    if (createdOrganization) logger.info({ organizationId: createdOrganization.id }, 'created the default organization');
    const app = await createApp({ orm, schema: await createSchema(), config, logger });
    const server = createServer(app);
    let stopping = false;
    // Keep-alive connections would hold a stop open: what is in flight is answered with
    // `Connection: close`, so each connection ends with its last response.
    const inFlight = new Set<ServerResponse>();
    server.on('request', (_req, res: ServerResponse) => {
      if (stopping) res.setHeader('Connection', 'close');
      inFlight.add(res);
      res.on('close', () => inFlight.delete(res));
    });
    await listen(server, config.port, config.host);
    const { port } = server.address() as AddressInfo;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const stop = async (): Promise<void> => {
      stopping = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      await orm.close();
    };
    return { server, orm, url: `http://${host}:${port}`, createdOrganization, stop };
  } catch (error) {
    await orm.close(true);
    throw error;
  }
}
