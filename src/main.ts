import 'reflect-metadata';
import pino from 'pino';
import { loadConfig, type Config } from './config';
import { systemContext } from './domain/context';
import { listOrganizations } from './domain/organization/organization.service';
import { tokenHint } from './http/startup';
import { safeError } from './http/log-safety';
import { startServer, type RunningServer } from './http/server';

/** The process entry of `npm start`: config → ORM → migrations → app → listen; stops gracefully. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`scimgraph: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const logger = pino({ level: config.logLevel, serializers: { err: (error: unknown) => safeError(error) } });
  let running: RunningServer;
  try {
    running = await startServer(config, logger);
  } catch (error) {
    logger.fatal({ err: error }, 'scimgraph could not start');
    process.exit(1);
  }
  const where = config.database.driver === 'sqlite' ? config.database.path : 'PostgreSQL';
  logger.info({ url: running.url, database: where }, 'scimgraph is listening');
  if (config.console.sessionSecretGenerated) {
    logger.warn('CONSOLE_SESSION_SECRET is not set: console sessions are signed with a random key of this process, end when it restarts and work on this instance only');
  }
  process.stdout.write(
    [
      '',
      `  GraphQL endpoint:                ${config.publicUrl}/graphql`,
      `  GraphQL playground (a browser):  ${config.publicUrl}/playground (also ${config.publicUrl}/graphql)`,
      `  Org admin console:               ${config.publicUrl}/console`,
      `  SCIM 2.0 base URL for your IdP:  ${config.publicUrl}/scim/v2`,
      tokenHint((await listOrganizations(systemContext(running.orm.em, null, 'system'))).map((org) => org.slug)),
      '',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal, drainSeconds: config.http.drainMs / 1000 }, 'stopping: /readyz answers 503; draining, then finishing in-flight requests');
    running.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
