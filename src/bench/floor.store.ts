import Database from 'libsql';
import { Pool } from 'pg';
import type { DatabaseConfig } from '../config';
import { readDurability } from './durability';

/**
 * The floor's data access: the create flow's two statements on the project's real `users` table,
 * prepared once and reused, with the raw driver (libsql on SQLite, node-postgres on PostgreSQL).
 * Nothing else: no ORM, no unit of work, no contacts, no audit record.
 */

/** The columns of `users` the floor writes and reads back. */
export interface FloorUser {
  id: string;
  userName: string;
  externalId: string | null;
  givenName: string | null;
  familyName: string | null;
  displayName: string | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface FloorStore {
  durability: string;
  /** The live users of `organizationId` whose lower-cased userName is `userNameKey` (0 or 1). */
  find(organizationId: string, userNameKey: string): Promise<FloorUser[]>;
  /** Inserts `user`; false when its userName is taken in the organization (the unique index says so). */
  insert(organizationId: string, user: FloorUser): Promise<boolean>;
  close(): Promise<void>;
}

const COLUMNS = 'id, user_name, external_id, name_given_name, name_family_name, display_name, active, created_at, updated_at, version';
const FIND_WHERE = 'from users where organization_id = $1 and user_name_key = $2 and deleted_at is null';
const INSERT_INTO =
  'insert into users (organization_id, id, user_name, user_name_key, external_id, name_given_name, name_family_name, display_name, active, provisioned_by_idp, created_at, updated_at, version)';
const INSERT_VALUES = 'values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)';

/** The insert's values in column order; SQLite stores booleans as 0/1 and dates as epoch milliseconds, as the ORM does there. */
function insertValues(organizationId: string, u: FloorUser, sqlite: boolean): unknown[] {
  const bool = (b: boolean) => (sqlite ? (b ? 1 : 0) : b);
  const date = (d: Date) => (sqlite ? d.getTime() : d);
  const values = [organizationId, u.id, u.userName, u.userName.toLowerCase(), u.externalId, u.givenName, u.familyName, u.displayName];
  return [...values, bool(u.active), bool(true), date(u.createdAt), date(u.updatedAt), u.version];
}

function toFloorUser(row: Record<string, any>): FloorUser {
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

/** A store before its durability is read: `query` runs one statement without parameters. */
type RawStore = Omit<FloorStore, 'durability'> & { query(sql: string): Promise<Record<string, unknown>[]> };

function sqliteStore(path: string): RawStore {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const find = db.prepare(`select ${COLUMNS} ${FIND_WHERE.replace(/\$\d+/g, '?')}`);
  const insert = db.prepare(`${INSERT_INTO} ${INSERT_VALUES.replace(/\$\d+/g, '?')}`);
  return {
    query: async (sql) => db.prepare(sql).all() as Record<string, unknown>[],
    find: async (organizationId, key) => (find.all(organizationId, key) as Record<string, unknown>[]).map(toFloorUser),
    async insert(organizationId, user) {
      try {
        insert.run(...insertValues(organizationId, user, true));
        return true;
      } catch (error) {
        if (/UNIQUE constraint failed/.test(String((error as Error).message))) return false;
        throw error;
      }
    },
    close: async () => {
      db.close();
    },
  };
}

function postgresStore(url: string): RawStore {
  // As many connections as the ORM's pool (src/db/orm.ts).
  const pool = new Pool({ connectionString: url, max: 10 });
  return {
    query: async (sql) => (await pool.query(sql)).rows,
    find: async (organizationId, key) =>
      (await pool.query({ name: 'floor_find', text: `select ${COLUMNS} ${FIND_WHERE}`, values: [organizationId, key] })).rows.map(toFloorUser),
    async insert(organizationId, user) {
      try {
        await pool.query({ name: 'floor_insert', text: `${INSERT_INTO} ${INSERT_VALUES}`, values: insertValues(organizationId, user, false) });
        return true;
      } catch (error) {
        if ((error as { code?: string }).code === '23505') return false;
        throw error;
      }
    },
    close: () => pool.end(),
  };
}

/** Opens the floor's store on `database`, with SQLite in WAL mode and `synchronous = FULL`. */
export async function openFloorStore(database: DatabaseConfig): Promise<FloorStore> {
  const store = database.driver === 'sqlite' ? sqliteStore(database.path) : postgresStore(database.url);
  return { ...store, durability: await readDurability(database.driver, store.query) };
}
