"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.scimHeaders = void 0;
exports.startBenchApp = startBenchApp;
const node_http_1 = require("node:http");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const pino_1 = __importDefault(require("pino"));
const config_1 = require("../config");
const orm_1 = require("../db/orm");
const context_1 = require("../domain/context");
const organization_service_1 = require("../domain/organization/organization.service");
const seed_service_1 = require("../domain/seed/seed.service");
const token_service_1 = require("../domain/token/token.service");
const schema_1 = require("../graphql/schema");
const app_1 = require("../http/app");
const http_client_1 = require("./http.client");
/** A SQLite file in a fresh temporary folder, removed afterwards. */
function scratchSqlite() {
    const folder = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'scimgraph-bench-'));
    const path = (0, node_path_1.join)(folder, 'bench.sqlite');
    return { config: { driver: 'sqlite', path }, url: `sqlite:${path}`, drop: async () => (0, node_fs_1.rmSync)(folder, { recursive: true, force: true }) };
}
/** A database of its own on the PostgreSQL server `url` names, dropped afterwards: the bench never writes into an existing one. */
async function scratchPostgres(url) {
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const name = `scimgraph_bench_${process.pid}`;
    const run = async (sql) => {
        const orm = await (0, orm_1.connectOrm)((0, config_1.parseDatabaseUrl)(admin.toString()));
        try {
            await orm.em.getConnection().execute(sql);
        }
        finally {
            await orm.close(true);
        }
    };
    await run(`drop database if exists ${name}`);
    await run(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    return { config: { driver: 'postgresql', url: target.toString() }, url: target.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}
/** The headers of a SCIM request with `token`. */
const scimHeaders = (token) => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json; charset=utf-8' });
exports.scimHeaders = scimHeaders;
function bindOrganization(data, client) {
    return {
        ...data,
        scim: (method, path, body) => client.send(method, `/scim/v2${path}`, (0, exports.scimHeaders)(data.scimToken), body),
        graphql: (query, variables = {}) => client.send('POST', '/graphql', { ...(0, exports.scimHeaders)(data.adminToken), 'Content-Type': 'application/json' }, { query, variables }),
        on: (other) => bindOrganization(data, other),
    };
}
let organizations = 0;
/**
 * Makes a scratch database (SQLite when `postgresUrl` is undefined), migrates it, and serves the app
 * in-process over it. A SQLite file is switched to WAL here, once: the mode is kept in the file,
 * so the server and the floor processes open it in the same journal mode.
 */
async function startBenchApp(postgresUrl) {
    const database = postgresUrl ? await scratchPostgres(postgresUrl) : scratchSqlite();
    let statements = 0;
    const orm = await (0, orm_1.connectOrm)(database.config, { onQuery: () => (statements += 1) });
    await (0, orm_1.migrate)(orm);
    if (database.config.driver === 'sqlite')
        await orm.em.getConnection().execute('pragma journal_mode = WAL');
    const config = { ...(0, config_1.loadConfig)({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_TOKEN: '0', RATE_LIMIT_PER_ORG: '0' }), database: database.config };
    const app = await (0, app_1.createApp)({ orm, schema: await (0, schema_1.createSchema)(), config, logger: (0, pino_1.default)({ level: 'silent' }) });
    const server = (0, node_http_1.createServer)(app);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = (0, http_client_1.httpClient)(`http://127.0.0.1:${server.address().port}`, 1);
    const context = (organizationId) => (0, context_1.systemContext)(orm.em, organizationId);
    return {
        driver: database.config.driver,
        database,
        orm,
        statements: () => statements,
        async organization(name, users, teams = 0) {
            organizations += 1;
            const org = await (0, organization_service_1.createOrganization)(context(null), { name, slug: `bench-${organizations}` });
            const seed = await (0, seed_service_1.seedOrganization)(context(org.id), { users, teams });
            // PostgreSQL plans from statistics, which autovacuum gathers after a bulk load like this one; gather them now.
            if (database.config.driver === 'postgresql')
                await orm.em.fork().getConnection().execute('analyze');
            const scimToken = (await (0, token_service_1.createApiToken)(context(org.id), { organizationId: org.id, name: 'bench idp', scope: 'scim' })).secret;
            const adminToken = (await (0, token_service_1.createApiToken)(context(org.id), { organizationId: org.id, name: 'bench admin', scope: 'admin' })).secret;
            return bindOrganization({ id: org.id, slug: org.slug, seed, scimToken, adminToken }, client);
        },
        async close() {
            client.close();
            server.closeAllConnections();
            await new Promise((resolve) => server.close(() => resolve()));
            await orm.close(true);
            await database.drop();
        },
    };
}
//# sourceMappingURL=harness.js.map