import type { MikroORM } from '@mikro-orm/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli';
import type { CliStream } from '../../src/cli/io';
import { parseDatabaseUrl } from '../../src/config';
import { connectOrm } from '../../src/db/orm';
import { createEmptyPostgresDatabase } from '../support/pg';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as the one JSON object `--json` promises (fails the test otherwise). */
  json: Record<string, any>;
}

/** A database the CLI has never touched (a temporary SQLite file, or an empty PostgreSQL database). */
export interface CliHarness {
  databaseUrl: string;
  env: NodeJS.ProcessEnv;
  run(...argv: string[]): Promise<CliRun>;
  /** An ORM on the same database, to check what the CLI wrote; opened on first use. */
  orm(): Promise<MikroORM>;
  close(): Promise<void>;
}

const capture = (isTTY: boolean): CliStream & { text: () => string } => {
  const chunks: string[] = [];
  return { isTTY, write: (chunk: string) => chunks.push(chunk), text: () => chunks.join('') };
};

function parseSingleJson(stdout: string): Record<string, any> {
  const lines = stdout.split('\n').filter((l) => l !== '');
  if (lines.length !== 1) throw new Error(`expected exactly one line of JSON on stdout, got:\n${stdout}`);
  return JSON.parse(lines[0]);
}

export async function createCliHarness(): Promise<CliHarness> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const pg = serverUrl ? await createEmptyPostgresDatabase(serverUrl) : null;
  const dir = pg ? null : mkdtempSync(join(tmpdir(), 'scimgraph-cli-'));
  const databaseUrl = pg ? pg.url : `sqlite:${join(dir as string, 'scimgraph.sqlite')}`;
  const env: NodeJS.ProcessEnv = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' };
  let orm: MikroORM | null = null;
  return {
    databaseUrl,
    env,
    async run(...argv) {
      const stdout = capture(false);
      const stderr = capture(false);
      const code = await runCli(argv, { stdout, stderr, env });
      return {
        code,
        stdout: stdout.text(),
        stderr: stderr.text(),
        get json() {
          return parseSingleJson(stdout.text());
        },
      };
    },
    async orm() {
      orm ??= await connectOrm(parseDatabaseUrl(databaseUrl));
      return orm;
    },
    async close() {
      await orm?.close(true);
      if (pg) await pg.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
