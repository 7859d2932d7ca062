"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readDurability = readDurability;
/**
 * The settings that decide what a commit costs, read back from each server's own connection so the
 * report shows that scimgraph and the floor commit alike: SQLite's journal mode and `synchronous`
 * level (2 is FULL: the WAL is synced at every commit), PostgreSQL's `synchronous_commit` and `fsync`.
 */
const SETTINGS = {
    sqlite: ['journal_mode', 'synchronous'],
    postgresql: ['synchronous_commit', 'fsync'],
};
/** Reads the durability settings with `query` (one row per statement); `journal_mode=wal, synchronous=2`. */
async function readDurability(driver, query) {
    const parts = [];
    for (const setting of SETTINGS[driver]) {
        const rows = await query(driver === 'sqlite' ? `pragma ${setting}` : `show ${setting}`);
        parts.push(`${setting}=${String(rows[0]?.[setting])}`);
    }
    return parts.join(', ');
}
//# sourceMappingURL=durability.js.map