"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withDatabase = withDatabase;
exports.reportMigrations = reportMigrations;
const node_crypto_1 = require("node:crypto");
const config_1 = require("../config");
const orm_1 = require("../db/orm");
const context_1 = require("../domain/context");
const io_1 = require("./io");
/**
 * Opens the database named by DATABASE_URL (parsed as the server parses it), applies pending
 * migrations so that a fresh clone's first command works before the server ever ran, runs
 * `work` and closes the ORM whatever happens.
 */
async function withDatabase(io, work) {
    const config = readConfig(io);
    const orm = await (0, orm_1.connectOrm)(config.database);
    try {
        const applied = await (0, orm_1.withMigrationOrm)(orm, config.database, (migrating) => (0, orm_1.applyMigrations)(migrating));
        const requestId = `cli-${(0, node_crypto_1.randomUUID)()}`;
        return await work({
            orm,
            applied,
            context: (organizationId) => (0, context_1.systemContext)(orm.em, organizationId, 'cli', { requestId }),
        });
    }
    finally {
        await orm.close(true);
    }
}
function readConfig(io) {
    try {
        return (0, config_1.loadConfig)(io.env);
    }
    catch (error) {
        throw new io_1.ConfigError(error instanceof Error ? error.message : String(error));
    }
}
/** Mentions on stderr the migrations a command applied before doing its work. */
function reportMigrations(io, applied) {
    if (applied.length > 0)
        io.stderr.write(`Applied ${applied.length} pending migration(s): ${applied.join(', ')}\n`);
}
//# sourceMappingURL=database.js.map