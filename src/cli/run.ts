import { Command, CommanderError } from 'commander';
import { isDomainError } from '../common/errors';
import { scrubMessage } from '../common/scrub';
import { ConfigError, printJsonError, UsageError, type CliIo } from './io';
import { registerMigrateCommand } from './migrate.command';
import { registerOrgCommands } from './org.command';
import { registerSeedCommand } from './seed.command';
import { registerTokenCommands } from './token.command';

/** Exit statuses: 0 success, 1 the command failed (DomainError or database), 2 usage error. */
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

function buildProgram(io: CliIo): Command {
  const program = new Command('scimgraph')
    .description('scimgraph administration: organizations, API tokens, migrations, test data')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  registerOrgCommands(program, io);
  registerTokenCommands(program, io);
  registerMigrateCommand(program, io);
  registerSeedCommand(program, io);
  return program;
}

/**
 * Runs one `scimgraph` command line (`argv` without node and script) and returns the exit
 * status. Results go to `io.stdout`; logs, progress and error messages to `io.stderr`; with
 * `--json` a failure also prints `{"error":{"code","message"}}` on stdout.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  try {
    await buildProgram(io).parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return reportFailure(io, error, json);
  }
}

function reportFailure(io: CliIo, error: unknown, json: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has already written its message (or the help) to stderr/stdout.
    if (error.exitCode === 0) return EXIT_OK;
    if (json) printJsonError(io, 'USAGE', error.message.replace(/^error: /, ''));
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UsageError) {
    io.stderr.write(`error: ${message}\n`);
    if (json) printJsonError(io, 'USAGE', message);
    return EXIT_USAGE;
  }
  const code = isDomainError(error) ? error.code : error instanceof ConfigError ? 'CONFIG' : 'INTERNAL';
  // The domain's and the configuration's messages are written for the operator; a driver's may
  // quote the rows it was given (knex writes a failed INSERT's values into its message).
  const told = code === 'INTERNAL' ? scrubMessage(message) : message;
  io.stderr.write(`error: ${told}\n`);
  if (json) printJsonError(io, code, told);
  return EXIT_FAILED;
}
