import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectOrm, migrate } from '../../../src/db/orm';

/** The SQLite file the server keeps, whatever database the rest of the suite runs on. */
describe('a SQLite file database', () => {
  const folder = mkdtempSync(join(tmpdir(), 'scimgraph-orm-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes ahead, syncing every commit, with foreign keys checked', async () => {
    const orm = await connectOrm({ driver: 'sqlite', path: join(folder, 'wal.sqlite') });
    try {
      await migrate(orm);
      const pragma = async (name: string) => (await orm.em.getConnection().execute(`pragma ${name}`))[0];
      expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
      // 2 = FULL: WAL alone would allow NORMAL, which can lose the last commits on power loss.
      expect(await pragma('synchronous')).toEqual({ synchronous: 2 });
      expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
    } finally {
      await orm.close(true);
    }
  });

  it('keeps 64 MB of pages in its cache, not SQLite\'s default 2 MB', async () => {
    const orm = await connectOrm({ driver: 'sqlite', path: join(folder, 'cache.sqlite') });
    try {
      expect(await orm.em.getConnection().execute('pragma cache_size')).toEqual([{ cache_size: -65536 }]);
    } finally {
      await orm.close(true);
    }
  });
});
