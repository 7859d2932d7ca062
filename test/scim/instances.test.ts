import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { DatabaseConfig } from '../../src/config';
import { createTestApp, type TestApp } from '../support/app';
import { seedUsers } from './groups-client';
import { createScimClient, type ScimClient } from './users-client';

/**
 * Two instances of the service on one database, as behind a load balancer (DESIGN.md: nothing a
 * request needs lives only in one process). Each request of a walk goes to either instance; the
 * answers are the ones a single instance gives. On SQLite the two share a database file.
 */
let folder: string | null = null;
let one: TestApp;
let two: TestApp;
let scim: ScimClient;
const USERS = 25;

beforeAll(async () => {
  const onSqlite = !process.env.TEST_DATABASE_URL;
  folder = onSqlite ? mkdtempSync(join(tmpdir(), 'scimgraph-instances-')) : null;
  const shared: DatabaseConfig | undefined = folder ? { driver: 'sqlite', path: join(folder, 'shared.sqlite') } : undefined;
  one = await createTestApp({ database: shared });
  two = await createTestApp({ database: one.config.database });
  scim = await createScimClient(one, 'instances');
  await seedUsers(one, scim.organizationId, USERS);
}, 60_000);

afterAll(async () => {
  await two.close();
  await one.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The same SCIM request, with the same token, to an instance. */
const get = async (t: TestApp, path: string) => (await request(t.app).get(`/scim/v2${path}`).set('Authorization', `Bearer ${scim.token}`).expect(200)).body;

/** The pages of a walk, each request going to `instances[i % n]`. */
async function walk(instances: TestApp[], next: (previous: Record<string, any> | null) => string | null): Promise<Record<string, any>[]> {
  const pages: Record<string, any>[] = [];
  for (let path = next(null), i = 0; path !== null; path = next(pages[pages.length - 1]), i += 1) {
    pages.push(await get(instances[i % instances.length], path));
  }
  return pages;
}

const byIndex = (count: number) => (previous: Record<string, any> | null): string | null => {
  const start = previous === null ? 1 : previous.startIndex + previous.itemsPerPage;
  return previous !== null && start > previous.totalResults ? null : `/Users?startIndex=${start}&count=${count}`;
};

const byCursor = (count: number) => (previous: Record<string, any> | null): string | null => {
  if (previous === null) return `/Users?cursor&count=${count}`;
  return previous.nextCursor ? `/Users?cursor=${previous.nextCursor}&count=${count}` : null;
};

describe('two instances on one database', () => {
  it('answer an index walk that alternates between them exactly as one instance does', async () => {
    const alone = await walk([one], byIndex(7));
    const alternating = await walk([one, two], byIndex(7));
    expect(alternating).toEqual(alone);
    expect(alone.map((page) => page.totalResults)).toEqual([USERS, USERS, USERS, USERS]);
    expect(new Set(alone.flatMap((page) => page.Resources.map((user: { id: string }) => user.id))).size).toBe(USERS);
  });

  it('answer a cursor walk that alternates between them exactly as one instance does', async () => {
    const alone = await walk([two], byCursor(6));
    const alternating = await walk([two, one], byCursor(6));
    expect(alternating).toEqual(alone);
    expect(alone.flatMap((page) => page.Resources)).toHaveLength(USERS);
  });

  it('answer the next index page alike when the list changed since the previous one', async () => {
    const first = await get(one, '/Users?startIndex=1&count=5');
    await scim.call('delete', `/Users/${first.Resources[0].id}`).expect(204);
    // One instance served the first page; the next one may be asked of either.
    const fromOne = await get(one, '/Users?startIndex=6&count=5');
    const fromTwo = await get(two, '/Users?startIndex=6&count=5');
    expect(fromTwo).toEqual(fromOne);
    expect(fromOne.totalResults).toBe(first.totalResults - 1);
  });

  it('see each other’s writes at once: a user created through one is found through the other', async () => {
    const created = await scim.createUser('made.on.one@instances.example');
    const found = await get(two, `/Users?filter=${encodeURIComponent('userName eq "MADE.ON.ONE@instances.example"')}`);
    expect(found).toMatchObject({ totalResults: 1, Resources: [{ id: created.id, meta: { version: created.meta.version } }] });
    expect(await get(two, `/Users/${created.id}`)).toEqual(await get(one, `/Users/${created.id}`));
  });
});
