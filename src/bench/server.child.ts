import 'reflect-metadata';
import pino from 'pino';
import { loadConfig } from '../config';
import { startServer } from '../http/server';
import { onStop, type ReadyMessage } from './child.launcher';
import { readDurability } from './durability';

/**
 * The bench's scimgraph process: the server exactly as `npm start` builds it (`startServer`:
 * config from the environment, ORM, migrations, `createApp`, node:http), with logging off,
 * over the database and port its parent gives in `DATABASE_URL` and `PORT` (0: any free port).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const running = await startServer(config, pino({ level: 'silent' }));
  const connection = running.orm.em.fork().getConnection();
  const durability = await readDurability(config.database.driver, (sql) => connection.execute(sql));
  onStop(() => running.stop());
  process.send?.({ type: 'ready', port: Number(new URL(running.url).port), durability } satisfies ReadyMessage);
}

main().catch((error: unknown) => {
  process.stderr.write(`scimgraph bench server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
