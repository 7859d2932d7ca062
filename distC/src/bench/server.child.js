"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const pino_1 = __importDefault(require("pino"));
const config_1 = require("../config");
const server_1 = require("../http/server");
const child_launcher_1 = require("./child.launcher");
const durability_1 = require("./durability");
/**
 * The bench's scimgraph process: the server exactly as `npm start` builds it (`startServer`:
 * config from the environment, ORM, migrations, `createApp`, node:http), with logging off,
 * over the database and port its parent gives in `DATABASE_URL` and `PORT` (0: any free port).
 */
async function main() {
    const config = (0, config_1.loadConfig)();
    const running = await (0, server_1.startServer)(config, (0, pino_1.default)({ level: 'silent' }));
    const connection = running.orm.em.fork().getConnection();
    const durability = await (0, durability_1.readDurability)(config.database.driver, (sql) => connection.execute(sql));
    (0, child_launcher_1.onStop)(() => running.stop());
    process.send?.({ type: 'ready', port: Number(new URL(running.url).port), durability });
}
main().catch((error) => {
    process.stderr.write(`scimgraph bench server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
});
//# sourceMappingURL=server.child.js.map