import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from './child.launcher';
import { lookup, oktaFlow, preCheck } from './floor.scenarios';
import { startBenchApp, type BenchOrganization } from './harness';
import { floorDoor, scimgraphDoor, type Door } from './load.driver';

/*
 * `npm run bench:instructions`: the instructions one request costs each server (scimgraph, the
 * stack ceiling, the floor), counted by Valgrind's callgrind, on a scratch SQLite database. On a
 * shared machine a request's time moves by ±15 % between runs; on a quiet one its instruction
 * count moves by 1–2 % (V8 takes some decisions by the clock, so other load on the machine moves it
 * more): this is the figure to compare when a change is meant to make a request cheaper. It is no
 * substitute for `npm run bench` (no concurrency, no sync of the disk, no caches missed).
 *
 * Each server runs twice, one request at a time: `warm` steps, then `warm + steps` steps. The
 * difference of the two counts, divided by `steps`, leaves out start-up and warm-up. Under
 * callgrind a server runs about fifty times slower: a scenario takes a few minutes.
 *
 *   npm run bench:instructions -- [--steps 1000] [--warm 300] [--doors scimgraph,ceiling,floor] [scenario …]
 *
 * Scenarios: lookup-hit (default: `userName eq` that finds its user), lookup-miss (Okta's
 * pre-check, which finds nobody), flow (the pre-check, then POST /Users).
 */

const SCENARIOS = ['lookup-hit', 'lookup-miss', 'flow'] as const;
type Scenario = (typeof SCENARIOS)[number];
const DOORS = ['scimgraph', 'ceiling', 'floor'] as const;
type DoorName = (typeof DOORS)[number];

interface Options {
  steps: number;
  warm: number;
  doors: DoorName[];
  scenarios: Scenario[];
}

function parseArguments(argv: readonly string[]): Options {
  const options: Options = { steps: 1000, warm: 300, doors: [...DOORS], scenarios: [] };
  const count = (value: string | undefined, name: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} takes a whole number above 0`);
    return n;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i];
    if (argument === '--steps') options.steps = count(argv[(i += 1)], '--steps');
    else if (argument === '--warm') options.warm = count(argv[(i += 1)], '--warm');
    else if (argument === '--doors') {
      const doors = (argv[(i += 1)] ?? '').split(',');
      if (!doors.every((d): d is DoorName => (DOORS as readonly string[]).includes(d))) throw new Error(`--doors takes some of ${DOORS.join(',')}`);
      options.doors = doors;
    } else if ((SCENARIOS as readonly string[]).includes(argument)) options.scenarios.push(argument as Scenario);
    else throw new Error(`unknown argument ${argument} (npm run bench:instructions -- [--steps N] [--warm N] [--doors a,b] [${SCENARIOS.join('|')} …])`);
  }
  if (options.scenarios.length === 0) options.scenarios = ['lookup-hit'];
  return options;
}

/** Step `n` of a scenario; `run` keeps the userNames of each run apart. */
function stepOf(scenario: Scenario, orgs: { small: BenchOrganization; run: BenchOrganization }, run: string) {
  const name = (door: Door, n: number) => `ir.${door.name}.${run}.${n}@bench.example`;
  return async (door: Door, n: number): Promise<void> => {
    if (scenario === 'lookup-hit') await lookup(door, orgs.small, n % orgs.small.seed.users);
    else if (scenario === 'lookup-miss') await preCheck(door, orgs.small, name(door, n));
    else await oktaFlow(door, orgs.run, name(door, n), n);
  };
}

/** The instructions callgrind counted, from the `summary:` (or `totals:`) line of its output. */
function countedInstructions(outFile: string): number {
  const text = readFileSync(outFile, 'utf8');
  const match = /^(?:summary|totals): (\d+)/m.exec(text);
  if (!match) throw new Error(`${outFile} holds no instruction count`);
  return Number(match[1]);
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('valgrind is not installed (Debian: apt-get install valgrind)');
  }
  const app = await startBenchApp();
  const scratch = mkdtempSync(join(tmpdir(), 'scimgraph-callgrind-'));
  try {
    const orgs = { small: await app.organization('Instructions small', 1_000, 10), run: await app.organization('Instructions run', 0) };
    /** Instructions of one server process over `steps` steps of `scenario`. */
    const counted = async (scenario: Scenario, doorName: DoorName, steps: number): Promise<number> => {
      const outFile = join(scratch, `${scenario}-${doorName}-${steps}.out`);
      const entry = doorName === 'scimgraph' ? 'server' : doorName;
      const server = await startChild(entry, doorName, app.database.url, { sockets: 1, callgrind: { outFile } });
      const door = doorName === 'scimgraph' ? scimgraphDoor(server) : floorDoor(server, doorName);
      const step = stepOf(scenario, orgs, String(steps));
      try {
        for (let n = 0; n < steps; n += 1) await step(door, n);
      } finally {
        await server.stop();
      }
      return countedInstructions(outFile);
    };
    const rows: string[] = [];
    for (const scenario of options.scenarios) {
      const perStep = new Map<DoorName, number>();
      for (const doorName of options.doors) {
        log(`${scenario}: ${doorName}`);
        const warm = await counted(scenario, doorName, options.warm);
        const both = await counted(scenario, doorName, options.warm + options.steps);
        perStep.set(doorName, (both - warm) / options.steps);
      }
      const cell = (name: DoorName) => (perStep.has(name) ? `${((perStep.get(name) ?? 0) / 1e6).toFixed(2)} M` : '');
      const times = (a: DoorName, b: DoorName) => (perStep.has(a) && perStep.has(b) ? `${((perStep.get(a) ?? 0) / (perStep.get(b) ?? 1)).toFixed(2)}×` : '');
      rows.push(`| ${scenario} | ${DOORS.map(cell).join(' | ')} | ${times('scimgraph', 'ceiling')} | ${times('scimgraph', 'floor')} |`);
    }
    const header = [
      `## npm run bench:instructions (${new Date().toISOString().slice(0, 10)}; SQLite; ${options.steps} steps after ${options.warm})`,
      '',
      '| instructions per step | scimgraph | stack ceiling | floor | scimgraph / ceiling | scimgraph / floor |',
      '| --- | --- | --- | --- | --- | --- |',
    ];
    process.stdout.write(`${[...header, ...rows].join('\n')}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:instructions failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
