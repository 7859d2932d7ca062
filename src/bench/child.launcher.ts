import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { httpClient, type HttpClient } from './http.client';

/**
 * The servers under load run in processes of their own, so that the load driver never shares an
 * event loop with them. Each is a compiled entry of this folder (`server.child.js`: scimgraph as
 * `npm start` builds it; `floor.child.js`: the floor), started with the scratch database's URL in
 * `DATABASE_URL`, listening on an ephemeral loopback port it reports over IPC.
 */

/** What a child sends its parent once it listens. */
export interface ReadyMessage {
  type: 'ready';
  port: number;
  /** The durability settings its database connection runs with, e.g. `journal_mode=wal, synchronous=2`. */
  durability: string;
}

/** What the parent sends a child to make it close its server and database and exit. */
export interface StopMessage {
  type: 'stop';
}

export interface ChildServer {
  name: string;
  client: HttpClient;
  durability: string;
  /** The CPU time the process has used so far, in milliseconds; null where /proc cannot tell (not Linux). */
  cpuMs(): number | null;
  /** Closes the server gracefully and waits for the process to exit (writing its CPU profile, if asked). */
  stop(): Promise<void>;
}

export interface ChildOptions {
  /** Clients that may call at once: the keep-alive agent's sockets. */
  sockets: number;
  /** Runs the child under `node --cpu-prof`, writing `<dir>/<name>.cpuprofile` when it exits. */
  profile?: { dir: string; name: string };
  /**
   * Runs the child under Valgrind's callgrind, which counts the instructions it executes and writes
   * the count to `outFile` when the process exits (`instructions.ts`). Node runs single-threaded
   * there, so that the JIT compiler's and the collector's work is done, and counted, on the main
   * thread.
   */
  callgrind?: { outFile: string };
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

function ready(child: ChildProcess, name: string): Promise<ReadyMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: not listening after ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name}: exited before listening (${signal ?? `code ${code}`})`));
    });
    child.on('message', (message: ReadyMessage) => {
      if (message?.type !== 'ready') return;
      clearTimeout(timer);
      resolve(message);
    });
  });
}

/** Starts `entry` (`server` or `floor`) over the database `databaseUrl` and waits until it listens. */
export async function startChild(entry: 'server' | 'ceiling' | 'floor', name: string, databaseUrl: string, options: ChildOptions): Promise<ChildServer> {
  const execArgv = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${options.profile.dir}`, `--cpu-prof-name=${options.profile.name}.cpuprofile`] : [];
  const env = { ...process.env, DATABASE_URL: databaseUrl, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'production', RATE_LIMIT_PER_TOKEN: '0', RATE_LIMIT_PER_ORG: '0' };
  // fork runs `execPath execArgv entry`: under callgrind, valgrind is the program and node its first argument.
  const under = options.callgrind
    ? { execPath: 'valgrind', execArgv: ['--quiet', '--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${options.callgrind.outFile}`, process.execPath, '--single-threaded', ...execArgv] }
    : { execArgv };
  // A child's own output goes to our stderr: stdout carries the report.
  const child = fork(join(__dirname, `${entry}.child.js`), [], { env, ...under, stdio: ['ignore', 2, 2, 'ipc'] });
  let message: ReadyMessage;
  try {
    message = await ready(child, name);
  } catch (error) {
    child.kill();
    throw error;
  }
  const client = httpClient(`http://127.0.0.1:${message.port}`, options.sockets);
  return {
    name,
    client,
    durability: message.durability,
    cpuMs: () => (child.pid === undefined ? null : processCpuMs(child.pid)),
    async stop() {
      client.close();
      const done = exited(child);
      // A child that died mid-run has no channel left; sending would raise an unhandled 'error'.
      if (child.connected) child.send({ type: 'stop' } satisfies StopMessage);
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
function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return null;
  }
}

/** In a child: waits for the parent's stop (or for the parent to go away), then runs `stop` and exits. */
export function onStop(stop: () => Promise<void>): void {
  let stopping = false;
  const exit = (): void => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`bench child: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('message', (message: StopMessage) => message?.type === 'stop' && exit());
  process.on('disconnect', exit);
}
