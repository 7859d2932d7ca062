import 'reflect-metadata';
import { cpus, totalmem } from 'node:os';
import { startBenchApp } from './harness';
import { indexImport } from './import';
import { timed, type Figure } from './measure';
import { dashboardStatements, membership, oktaCreateFlow, userNameLookup } from './scenarios';

/*
 * `npm run bench`: the figures of BENCHMARKS.md, on SQLite and, when DATABASE_URL names a
 * PostgreSQL server, on PostgreSQL too (in a scratch database of its own, dropped afterwards).
 * `--scale 0.1` shrinks every size for a quick run. Prints a Markdown report on stdout.
 */

/** How many users, teams and requests each scenario uses. */
interface Sizes {
  small: number;
  large: number;
  teams: number;
  flows: number;
  lookups: number;
  add: number;
  largeTeam: number;
  pageSize: number;
}

function sizesFor(scale: number): Sizes {
  const at = (n: number, min = 1): number => Math.max(min, Math.round(n * scale));
  return { small: at(1_000, 10), large: at(100_000, 100), teams: at(50, 2), flows: at(300, 10), lookups: 200, add: at(10_000, 10), largeTeam: at(50_000, 20), pageSize: 100 };
}

function scaleArgument(argv: readonly string[]): number {
  const index = argv.indexOf('--scale');
  const scale = index < 0 ? 1 : Number(argv[index + 1]);
  if (!(scale > 0 && scale <= 1)) throw new Error('--scale takes a number in (0, 1]');
  return scale;
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function runOn(postgresUrl: string | undefined, sizes: Sizes): Promise<Figure[]> {
  const app = await startBenchApp(postgresUrl);
  try {
    log(`[${app.driver}] seeding ${sizes.small.toLocaleString('en')} and ${sizes.large.toLocaleString('en')} users`);
    const seeding = await timed(async () => [await app.organization('Bench small', sizes.small), await app.organization('Bench large', sizes.large, sizes.teams)]);
    const [small, large] = seeding.value;
    const figures: Figure[] = [{ name: 'Setup: bulk seed (not measured below)', value: `${(seeding.ms / 1000).toFixed(1)} s`, detail: `${(sizes.small + sizes.large).toLocaleString('en')} users, ${large.seed.memberships.toLocaleString('en')} memberships` }];
    log(`[${app.driver}] userName lookups`);
    figures.push(await userNameLookup(small, sizes.lookups), await userNameLookup(large, sizes.lookups));
    log(`[${app.driver}] dashboard query`);
    figures.push(await dashboardStatements(app, large));
    log(`[${app.driver}] index-paged import`);
    figures.push(...(await indexImport(large, sizes.pageSize)));
    log(`[${app.driver}] membership`);
    figures.push(...(await membership(app, large, sizes.add, sizes.largeTeam)));
    log(`[${app.driver}] Okta create flow`);
    figures.push(...(await oktaCreateFlow(large, sizes.flows)));
    return figures;
  } finally {
    await app.close();
  }
}

function table(title: string, figures: readonly Figure[]): string {
  const rows = figures.map((f) => `| ${f.name} | ${f.value} | ${f.detail ?? ''} |`);
  return [`### ${title}`, '', '| measurement | figure | detail |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

async function main(): Promise<void> {
  const scale = scaleArgument(process.argv.slice(2));
  const sizes = sizesFor(scale);
  const url = process.env.DATABASE_URL;
  const postgres = url && /^postgres(ql)?:\/\//.test(url) ? url : undefined;
  const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
  const out = [`## npm run bench${scale === 1 ? '' : ` --scale ${scale}`} (${new Date().toISOString().slice(0, 10)}; ${machine})`, ''];
  out.push(table('SQLite (file in a temporary folder)', await runOn(undefined, sizes)));
  if (postgres) out.push(table('PostgreSQL (scratch database)', await runOn(postgres, sizes)));
  else out.push('PostgreSQL: skipped (set DATABASE_URL=postgres://… to include it).', '');
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
