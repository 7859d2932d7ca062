"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerMigrateCommand = registerMigrateCommand;
const database_1 = require("./database");
const io_1 = require("./io");
/** `migrate`: opening the database applies pending migrations; this reports which. */
function registerMigrateCommand(program, io) {
    program
        .command('migrate')
        .description('apply pending database migrations; prints {"applied":[…]} with --json')
        .option('--json', 'print one JSON object on stdout')
        .action(async (options) => {
        const applied = await (0, database_1.withDatabase)(io, async (db) => db.applied);
        const text = applied.length === 0 ? 'Database is up to date.' : `Applied ${applied.length} migration(s):\n${applied.join('\n')}`;
        (0, io_1.printOutput)(io, { json: { applied }, text }, options.json === true);
    });
}
//# sourceMappingURL=migrate.command.js.map