"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const database_suite_1 = require("./database.suite");
const report_table_1 = require("./report.table");
function parseArguments(argv) {
    const options = { scale: 1 };
    for (let i = 0; i < argv.length; i += 1) {
        if (argv[i] === '--scale') {
            options.scale = Number(argv[(i += 1)]);
            if (!(options.scale > 0 && options.scale <= 1))
                throw new Error('--scale takes a number in (0, 1]');
        }
        else if (argv[i] === '--profile') {
            const dir = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[(i += 1)] : (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'scimgraph-profile-'));
            options.profileDir = (0, node_path_1.resolve)(dir);
            (0, node_fs_1.mkdirSync)(options.profileDir, { recursive: true });
        }
        else if (argv[i] === '--only') {
            options.only = (argv[(i += 1)] ?? '').split(',').filter(Boolean);
        }
        else {
            throw new Error(`unknown argument ${argv[i]} (npm run bench -- [--scale 0.1] [--profile [dir]] [--only group,…])`);
        }
    }
    return options;
}
const log = (line) => {
    process.stderr.write(`${line}\n`);
};
const TITLES = { sqlite: 'SQLite (file in a temporary folder, WAL)', postgresql: 'PostgreSQL (scratch database)' };
function render(result) {
    return (0, report_table_1.table)(TITLES[result.driver] ?? result.driver, result.notes, result.figures);
}
async function main() {
    const options = parseArguments(process.argv.slice(2));
    const sizes = (0, database_suite_1.sizesFor)(options.scale);
    const url = process.env.DATABASE_URL;
    const postgres = url && /^postgres(ql)?:\/\//.test(url) ? url : undefined;
    const machine = `Node ${process.version}, ${(0, node_os_1.cpus)().length} × ${(0, node_os_1.cpus)()[0]?.model ?? 'CPU'}, ${((0, node_os_1.totalmem)() / 2 ** 30).toFixed(0)} GiB`;
    // Other work on the machine shows in the figures (alternation spreads it over both servers): say how much there was.
    const load = () => (0, node_os_1.loadavg)()[0].toFixed(1);
    const loadAtStart = load();
    const out = [`## npm run bench${options.scale === 1 ? '' : ` --scale ${options.scale}`} (${new Date().toISOString().slice(0, 10)}; ${machine})`, ''];
    const results = [await (0, database_suite_1.runSuite)(undefined, sizes, { profileDir: options.profileDir, only: options.only, log })];
    out.push(render(results[0]));
    if (postgres) {
        results.push(await (0, database_suite_1.runSuite)(postgres, sizes, { profileDir: options.profileDir, only: options.only, log }));
        out.push(render(results[1]));
    }
    else {
        out.push('PostgreSQL: skipped (set DATABASE_URL=postgres://… to include it).', '');
    }
    out.push(`Load average (1 min) at the start: ${loadAtStart}; at the end: ${load()}.`, '');
    const profiles = results.flatMap((r) => r.profiles);
    if (profiles.length > 0)
        out.push('CPU profiles of the scimgraph server (open in Chrome DevTools or speedscope):', '', ...profiles.map((p) => `- ${p}`), '');
    process.stdout.write(`${out.join('\n')}\n`);
}
main().catch((error) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
});
//# sourceMappingURL=main.js.map