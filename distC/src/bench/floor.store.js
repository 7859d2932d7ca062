"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.openFloorStore = openFloorStore;
const libsql_1 = __importDefault(require("libsql"));
const pg_1 = require("pg");
const durability_1 = require("./durability");
const COLUMNS = 'id, user_name, external_id, name_given_name, name_family_name, display_name, active, created_at, updated_at, version';
const FIND_WHERE = 'from users where organization_id = $1 and user_name_key = $2 and deleted_at is null';
const INSERT_INTO = 'insert into users (organization_id, id, user_name, user_name_key, external_id, name_given_name, name_family_name, display_name, active, provisioned_by_idp, created_at, updated_at, version)';
const INSERT_VALUES = 'values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)';
/** The insert's values in column order; SQLite stores booleans as 0/1 and dates as epoch milliseconds, as the ORM does there. */
function insertValues(organizationId, u, sqlite) {
    const bool = (b) => (sqlite ? (b ? 1 : 0) : b);
    const date = (d) => (sqlite ? d.getTime() : d);
    const values = [organizationId, u.id, u.userName, u.userName.toLowerCase(), u.externalId, u.givenName, u.familyName, u.displayName];
    return [...values, bool(u.active), bool(true), date(u.createdAt), date(u.updatedAt), u.version];
}
function toFloorUser(row) {
    return {
        id: row.id,
        userName: row.user_name,
        externalId: row.external_id,
        givenName: row.name_given_name,
        familyName: row.name_family_name,
        displayName: row.display_name,
        active: Boolean(row.active),
        createdAt: new Date(row.created_at),
        updatedAt: new Date(row.updated_at),
        version: row.version,
    };
}
function sqliteStore(path) {
    const db = new libsql_1.default(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    const find = db.prepare(`select ${COLUMNS} ${FIND_WHERE.replace(/\$\d+/g, '?')}`);
    const insert = db.prepare(`${INSERT_INTO} ${INSERT_VALUES.replace(/\$\d+/g, '?')}`);
    return {
        query: async (sql) => db.prepare(sql).all(),
        find: async (organizationId, key) => find.all(organizationId, key).map(toFloorUser),
        async insert(organizationId, user) {
            try {
                insert.run(...insertValues(organizationId, user, true));
                return true;
            }
            catch (error) {
                if (/UNIQUE constraint failed/.test(String(error.message)))
                    return false;
                throw error;
            }
        },
        close: async () => {
            db.close();
        },
    };
}
function postgresStore(url) {
    // As many connections as the ORM's pool (src/db/orm.ts).
    const pool = new pg_1.Pool({ connectionString: url, max: 10 });
    return {
        query: async (sql) => (await pool.query(sql)).rows,
        find: async (organizationId, key) => (await pool.query({ name: 'floor_find', text: `select ${COLUMNS} ${FIND_WHERE}`, values: [organizationId, key] })).rows.map(toFloorUser),
        async insert(organizationId, user) {
            try {
                await pool.query({ name: 'floor_insert', text: `${INSERT_INTO} ${INSERT_VALUES}`, values: insertValues(organizationId, user, false) });
                return true;
            }
            catch (error) {
                if (error.code === '23505')
                    return false;
                throw error;
            }
        },
        close: () => pool.end(),
    };
}
/** Opens the floor's store on `database`, with SQLite in WAL mode and `synchronous = FULL`. */
async function openFloorStore(database) {
    const store = database.driver === 'sqlite' ? sqliteStore(database.path) : postgresStore(database.url);
    return { ...store, durability: await (0, durability_1.readDurability)(database.driver, store.query) };
}
//# sourceMappingURL=floor.store.js.map