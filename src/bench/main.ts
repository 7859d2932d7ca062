import 'reflect-metadata';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { runSuite, sizesFor, type SuiteResult } from './database.suite';
import { table } from './report.table';

/*
 * `npm run bench`: the figures of BENCHMARKS.md, on SQLite and, when DATABASE_URL names a
 * PostgreSQL server, on PostgreSQL too (in a scratch database of its own, dropped afterwards),
 * each against a floor server (`floor.child.ts`) and the stack's ceiling (`ceiling.child.ts`)
 * measured in the same run. Prints a Markdown report on stdout.
 *
 *   --scale 0.1        every size × 0.1, for a quick check
 *   --profile [dir]    CPU profiles of the scimgraph server processes, one per group of figures
 *   --only a,b         only these groups of figures (create-flow, lookup, bulk-create, dashboard,
 *                      group-patch, responsiveness, statements, index-import, membership)
 */

interface Options {
  scale: number;
  profileDir?: string;
  only?: string[];
}

function parseArguments(argv: readonly string[]): Options {
  const options: Options = { scale: 1 };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--scale') {
      options.scale = Number(argv[(i += 1)]);
      if (!(options.scale > 0 && options.scale <= 1)) throw new Error('--scale takes a number in (0, 1]');
    } else if (argv[i] === '--profile') {
      const dir = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[(i += 1)] : mkdtempSync(join(tmpdir(), 'scimgraph-profile-'));
      options.profileDir = resolve(dir);
      mkdirSync(options.profileDir, { recursive: true });
    } else if (argv[i] === '--only') {
      options.only = (argv[(i += 1)] ?? '').split(',').filter(Boolean);
    } else {
      throw new Error(`unknown argument ${argv[i]} (npm run bench -- [--scale 0.1] [--profile [dir]] [--only group,…])`);
    }
  }
  return options;
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

const TITLES: Record<string, string> = { sqlite: 'SQLite (file in a temporary folder, WAL)', postgresql: 'PostgreSQL (scratch database)' };

function render(result: SuiteResult): string {
  return table(TITLES[result.driver] ?? result.driver, result.notes, result.figures);
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const sizes = sizesFor(options.scale);
  const url = process.env.DATABASE_URL;
  const postgres = url && /^postgres(ql)?:\/\//.test(url) ? url : undefined;
  const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
  // Other work on the machine shows in the figures (alternation spreads it over both servers): say how much there was.
  const load = () => loadavg()[0].toFixed(1);
  const loadAtStart = load();
  const out = [`## npm run bench${options.scale === 1 ? '' : ` --scale ${options.scale}`} (${new Date().toISOString().slice(0, 10)}; ${machine})`, ''];
  const results = [await runSuite(undefined, sizes, { profileDir: options.profileDir, only: options.only, log })];
  out.push(render(results[0]));
  if (postgres) {
    results.push(await runSuite(postgres, sizes, { profileDir: options.profileDir, only: options.only, log }));
    out.push(render(results[1]));
  } else {
    out.push('PostgreSQL: skipped (set DATABASE_URL=postgres://… to include it).', '');
  }
  out.push(`Load average (1 min) at the start: ${loadAtStart}; at the end: ${load()}.`, '');
  const profiles = results.flatMap((r) => r.profiles);
  if (profiles.length > 0) out.push('CPU profiles of the scimgraph server (open in Chrome DevTools or speedscope):', '', ...profiles.map((p) => `- ${p}`), '');
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
