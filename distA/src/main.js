"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const pino_1 = __importDefault(require("pino"));
const config_1 = require("./config");
const context_1 = require("./domain/context");
const organization_service_1 = require("./domain/organization/organization.service");
const startup_1 = require("./http/startup");
const log_safety_1 = require("./http/log-safety");
const server_1 = require("./http/server");
/** The process entry of `npm start`: config → ORM → migrations → app → listen; stops gracefully. */
async function main() {
    let config;
    try {
        config = (0, config_1.loadConfig)();
    }
    catch (error) {
        process.stderr.write(`scimgraph: ${error.message}\n`);
        process.exit(1);
    }
    const logger = (0, pino_1.default)({ level: config.logLevel, serializers: { err: (error) => (0, log_safety_1.safeError)(error) } });
    let running;
    try {
        running = await (0, server_1.startServer)(config, logger);
    }
    catch (error) {
        logger.fatal({ err: error }, 'scimgraph could not start');
        process.exit(1);
    }
    const where = config.database.driver === 'sqlite' ? config.database.path : 'PostgreSQL';
    logger.info({ url: running.url, database: where }, 'scimgraph is listening');
    if (config.console.sessionSecretGenerated) {
        logger.warn('CONSOLE_SESSION_SECRET is not set: console sessions are signed with a random key of this process, end when it restarts and work on this instance only');
    }
    process.stdout.write([
        '',
        `  GraphQL endpoint:                ${config.publicUrl}/graphql`,
        `  GraphQL playground (a browser):  ${config.publicUrl}/playground (also ${config.publicUrl}/graphql)`,
        `  Org admin console:               ${config.publicUrl}/console`,
        `  SCIM 2.0 base URL for your IdP:  ${config.publicUrl}/scim/v2`,
        (0, startup_1.tokenHint)((await (0, organization_service_1.listOrganizations)((0, context_1.systemContext)(running.orm.em, null, 'system'))).map((org) => org.slug)),
        '',
        '',
    ].join('\n'));
    let stopping = false;
    const stop = (signal) => {
        if (stopping) {
            logger.warn({ signal }, 'second signal: exiting without waiting');
            process.exit(1);
        }
        stopping = true;
        logger.info({ signal, drainSeconds: config.http.drainMs / 1000 }, 'stopping: /readyz answers 503; draining, then finishing in-flight requests');
        running.stop().then(() => {
            logger.info('stopped');
            process.exit(0);
        }, (error) => {
            logger.error({ err: error }, 'error while stopping');
            process.exit(1);
        });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}
void main();
//# sourceMappingURL=main.js.map