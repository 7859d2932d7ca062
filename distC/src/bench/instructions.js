"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const child_launcher_1 = require("./child.launcher");
const floor_scenarios_1 = require("./floor.scenarios");
const harness_1 = require("./harness");
const load_driver_1 = require("./load.driver");
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
const SCENARIOS = ['lookup-hit', 'lookup-miss', 'flow'];
const DOORS = ['scimgraph', 'ceiling', 'floor'];
function parseArguments(argv) {
    const options = { steps: 1000, warm: 300, doors: [...DOORS], scenarios: [] };
    const count = (value, name) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1)
            throw new Error(`${name} takes a whole number above 0`);
        return n;
    };
    for (let i = 0; i < argv.length; i += 1) {
        const argument = argv[i];
        if (argument === '--steps')
            options.steps = count(argv[(i += 1)], '--steps');
        else if (argument === '--warm')
            options.warm = count(argv[(i += 1)], '--warm');
        else if (argument === '--doors') {
            const doors = (argv[(i += 1)] ?? '').split(',');
            if (!doors.every((d) => DOORS.includes(d)))
                throw new Error(`--doors takes some of ${DOORS.join(',')}`);
            options.doors = doors;
        }
        else if (SCENARIOS.includes(argument))
            options.scenarios.push(argument);
        else
            throw new Error(`unknown argument ${argument} (npm run bench:instructions -- [--steps N] [--warm N] [--doors a,b] [${SCENARIOS.join('|')} …])`);
    }
    if (options.scenarios.length === 0)
        options.scenarios = ['lookup-hit'];
    return options;
}
/** Step `n` of a scenario; `run` keeps the userNames of each run apart. */
function stepOf(scenario, orgs, run) {
    const name = (door, n) => `ir.${door.name}.${run}.${n}@bench.example`;
    return async (door, n) => {
        if (scenario === 'lookup-hit')
            await (0, floor_scenarios_1.lookup)(door, orgs.small, n % orgs.small.seed.users);
        else if (scenario === 'lookup-miss')
            await (0, floor_scenarios_1.preCheck)(door, orgs.small, name(door, n));
        else
            await (0, floor_scenarios_1.oktaFlow)(door, orgs.run, name(door, n), n);
    };
}
/** The instructions callgrind counted, from the `summary:` (or `totals:`) line of its output. */
function countedInstructions(outFile) {
    const text = (0, node_fs_1.readFileSync)(outFile, 'utf8');
    const match = /^(?:summary|totals): (\d+)/m.exec(text);
    if (!match)
        throw new Error(`${outFile} holds no instruction count`);
    return Number(match[1]);
}
const log = (line) => {
    process.stderr.write(`${line}\n`);
};
async function main() {
    const options = parseArguments(process.argv.slice(2));
    try {
        (0, node_child_process_1.execFileSync)('valgrind', ['--version'], { stdio: 'ignore' });
    }
    catch {
        throw new Error('valgrind is not installed (Debian: apt-get install valgrind)');
    }
    const app = await (0, harness_1.startBenchApp)();
    const scratch = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'scimgraph-callgrind-'));
    try {
        const orgs = { small: await app.organization('Instructions small', 1_000, 10), run: await app.organization('Instructions run', 0) };
        /** Instructions of one server process over `steps` steps of `scenario`. */
        const counted = async (scenario, doorName, steps) => {
            const outFile = (0, node_path_1.join)(scratch, `${scenario}-${doorName}-${steps}.out`);
            const entry = doorName === 'scimgraph' ? 'server' : doorName;
            const server = await (0, child_launcher_1.startChild)(entry, doorName, app.database.url, { sockets: 1, callgrind: { outFile } });
            const door = doorName === 'scimgraph' ? (0, load_driver_1.scimgraphDoor)(server) : (0, load_driver_1.floorDoor)(server, doorName);
            const step = stepOf(scenario, orgs, String(steps));
            try {
                for (let n = 0; n < steps; n += 1)
                    await step(door, n);
            }
            finally {
                await server.stop();
            }
            return countedInstructions(outFile);
        };
        const rows = [];
        for (const scenario of options.scenarios) {
            const perStep = new Map();
            for (const doorName of options.doors) {
                log(`${scenario}: ${doorName}`);
                const warm = await counted(scenario, doorName, options.warm);
                const both = await counted(scenario, doorName, options.warm + options.steps);
                perStep.set(doorName, (both - warm) / options.steps);
            }
            const cell = (name) => (perStep.has(name) ? `${((perStep.get(name) ?? 0) / 1e6).toFixed(2)} M` : '');
            const times = (a, b) => (perStep.has(a) && perStep.has(b) ? `${((perStep.get(a) ?? 0) / (perStep.get(b) ?? 1)).toFixed(2)}×` : '');
            rows.push(`| ${scenario} | ${DOORS.map(cell).join(' | ')} | ${times('scimgraph', 'ceiling')} | ${times('scimgraph', 'floor')} |`);
        }
        const header = [
            `## npm run bench:instructions (${new Date().toISOString().slice(0, 10)}; SQLite; ${options.steps} steps after ${options.warm})`,
            '',
            '| instructions per step | scimgraph | stack ceiling | floor | scimgraph / ceiling | scimgraph / floor |',
            '| --- | --- | --- | --- | --- | --- |',
        ];
        process.stdout.write(`${[...header, ...rows].join('\n')}\n`);
    }
    finally {
        (0, node_fs_1.rmSync)(scratch, { recursive: true, force: true });
        await app.close();
    }
}
main().catch((error) => {
    process.stderr.write(`bench:instructions failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
});
//# sourceMappingURL=instructions.js.map