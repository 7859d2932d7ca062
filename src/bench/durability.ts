import type { DatabaseConfig } from '../config';

/**
 * The settings that decide what a commit costs, read back from each server's own connection so the
 * report shows that scimgraph and the floor commit alike: SQLite's journal mode and `synchronous`
 * level (2 is FULL: the WAL is synced at every commit), PostgreSQL's `synchronous_commit` and `fsync`.
 */
const SETTINGS: Record<DatabaseConfig['driver'], readonly string[]> = {
  sqlite: ['journal_mode', 'synchronous'],
  postgresql: ['synchronous_commit', 'fsync'],
};

/** Reads the durability settings with `query` (one row per statement); `journal_mode=wal, synchronous=2`. */
export async function readDurability(driver: DatabaseConfig['driver'], query: (sql: string) => Promise<Record<string, unknown>[]>): Promise<string> {
  const parts: string[] = [];
  for (const setting of SETTINGS[driver]) {
    const rows = await query(driver === 'sqlite' ? `pragma ${setting}` : `show ${setting}`);
    parts.push(`${setting}=${String(rows[0]?.[setting])}`);
  }
  return parts.join(', ');
}
