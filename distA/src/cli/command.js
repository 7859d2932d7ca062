"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.execute = execute;
exports.wholeNumber = wholeNumber;
const commander_1 = require("commander");
const database_1 = require("./database");
const io_1 = require("./io");
/** Runs one command against the database and prints what it produced. */
async function execute(io, options, work) {
    const output = await (0, database_1.withDatabase)(io, async (db) => {
        (0, database_1.reportMigrations)(io, db.applied);
        return work(db);
    });
    (0, io_1.printOutput)(io, output, options.json === true);
}
/** Commander argument parser for `--users N` and the like. */
function wholeNumber(value) {
    if (!/^\d{1,9}$/.test(value))
        throw new commander_1.InvalidArgumentError('expected a whole number.');
    return Number(value);
}
//# sourceMappingURL=command.js.map