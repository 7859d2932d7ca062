"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runCli = runCli;
const commander_1 = require("commander");
const errors_1 = require("../common/errors");
const scrub_1 = require("../common/scrub");
const io_1 = require("./io");
const migrate_command_1 = require("./migrate.command");
const org_command_1 = require("./org.command");
const seed_command_1 = require("./seed.command");
const token_command_1 = require("./token.command");
/** Exit statuses: 0 success, 1 the command failed (DomainError or database), 2 usage error. */
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
function buildProgram(io) {
    const program = new commander_1.Command('scimgraph')
        .description('scimgraph administration: organizations, API tokens, migrations, test data')
        .exitOverride()
        .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
    (0, org_command_1.registerOrgCommands)(program, io);
    (0, token_command_1.registerTokenCommands)(program, io);
    (0, migrate_command_1.registerMigrateCommand)(program, io);
    (0, seed_command_1.registerSeedCommand)(program, io);
    return program;
}
/**
 * Runs one `scimgraph` command line (`argv` without node and script) and returns the exit
 * status. Results go to `io.stdout`; logs, progress and error messages to `io.stderr`; with
 * `--json` a failure also prints `{"error":{"code","message"}}` on stdout.
 */
async function runCli(argv, io) {
    const json = argv.includes('--json');
    try {
        await buildProgram(io).parseAsync(argv, { from: 'user' });
        return EXIT_OK;
    }
    catch (error) {
        return reportFailure(io, error, json);
    }
}
function reportFailure(io, error, json) {
    if (error instanceof commander_1.CommanderError) {
        // Commander has already written its message (or the help) to stderr/stdout.
        if (error.exitCode === 0)
            return EXIT_OK;
        if (json)
            (0, io_1.printJsonError)(io, 'USAGE', error.message.replace(/^error: /, ''));
        return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof io_1.UsageError) {
        io.stderr.write(`error: ${message}\n`);
        if (json)
            (0, io_1.printJsonError)(io, 'USAGE', message);
        return EXIT_USAGE;
    }
    const code = (0, errors_1.isDomainError)(error) ? error.code : error instanceof io_1.ConfigError ? 'CONFIG' : 'INTERNAL';
    // The domain's and the configuration's messages are written for the operator; a driver's may
    // quote the rows it was given (knex writes a failed INSERT's values into its message).
    const told = code === 'INTERNAL' ? (0, scrub_1.scrubMessage)(message) : message;
    io.stderr.write(`error: ${told}\n`);
    if (json)
        (0, io_1.printJsonError)(io, code, told);
    return EXIT_FAILED;
}
//# sourceMappingURL=run.js.map