"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startChild = startChild;
exports.onStop = onStop;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const http_client_1 = require("./http.client");
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
function exited(child) {
    return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}
function ready(child, name) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name}: not listening after ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
        child.once('exit', (code, signal) => {
            clearTimeout(timer);
            reject(new Error(`${name}: exited before listening (${signal ?? `code ${code}`})`));
        });
        child.on('message', (message) => {
            if (message?.type !== 'ready')
                return;
            clearTimeout(timer);
            resolve(message);
        });
    });
}
/** Starts `entry` (`server` or `floor`) over the database `databaseUrl` and waits until it listens. */
async function startChild(entry, name, databaseUrl, options) {
    const execArgv = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${options.profile.dir}`, `--cpu-prof-name=${options.profile.name}.cpuprofile`] : [];
    const env = { ...process.env, DATABASE_URL: databaseUrl, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'production', RATE_LIMIT_PER_TOKEN: '0', RATE_LIMIT_PER_ORG: '0' };
    // fork runs `execPath execArgv entry`: under callgrind, valgrind is the program and node its first argument.
    const under = options.callgrind
        ? { execPath: 'valgrind', execArgv: ['--quiet', '--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${options.callgrind.outFile}`, process.execPath, '--single-threaded', ...execArgv] }
        : { execArgv };
    // A child's own output goes to our stderr: stdout carries the report.
    const child = (0, node_child_process_1.fork)((0, node_path_1.join)(__dirname, `${entry}.child.js`), [], { env, ...under, stdio: ['ignore', 2, 2, 'ipc'] });
    let message;
    try {
        message = await ready(child, name);
    }
    catch (error) {
        child.kill();
        throw error;
    }
    const client = (0, http_client_1.httpClient)(`http://127.0.0.1:${message.port}`, options.sockets);
    return {
        name,
        client,
        durability: message.durability,
        cpuMs: () => (child.pid === undefined ? null : processCpuMs(child.pid)),
        async stop() {
            client.close();
            const done = exited(child);
            // A child that died mid-run has no channel left; sending would raise an unhandled 'error'.
            if (child.connected)
                child.send({ type: 'stop' });
            const timer = setTimeout(() => child.kill(), STOP_TIMEOUT_MS);
            await done;
            clearTimeout(timer);
        },
    };
}
/** Linux's USER_HZ: /proc counts CPU time in ticks of 10 ms on every mainstream kernel. */
const MS_PER_TICK = 10;
/**
 * A process's user and system CPU time from `/proc/<pid>/stat` (fields 14 and 15, after the
 * command name, which may hold spaces and parentheses). CPU time is what a shared machine's noise
 * disturbs least: another tenant's load stretches a request's latency, not the cycles it uses.
 */
function processCpuMs(pid) {
    try {
        const stat = (0, node_fs_1.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
    }
    catch {
        return null;
    }
}
/** In a child: waits for the parent's stop (or for the parent to go away), then runs `stop` and exits. */
function onStop(stop) {
    let stopping = false;
    const exit = () => {
        if (stopping)
            return;
        stopping = true;
        stop().then(() => process.exit(0), (error) => {
            process.stderr.write(`bench child: ${error instanceof Error ? error.message : String(error)}\n`);
            process.exit(1);
        });
    };
    process.on('message', (message) => message?.type === 'stop' && exit());
    process.on('disconnect', exit);
}
//# sourceMappingURL=child.launcher.js.map