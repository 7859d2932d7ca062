import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../../../src/domain/audit/audit-event.entity';
import { systemActor, type DomainContext } from '../../../src/domain/context';
import { reassignDocuments } from '../../../src/domain/document/document-transfer.service';
import {
  createDocument,
  documentsOfOwners,
  getDocument,
  listDocuments,
} from '../../../src/domain/document/document.service';
import { createOrganization } from '../../../src/domain/organization/organization.service';
import { deactivateUser } from '../../../src/domain/user/user-lifecycle.service';
import { User } from '../../../src/domain/user/user.entity';
import { pinnedClock } from '../../support/clock';
import { createTestDatabase, openTransaction, type TestDatabase } from '../../support/db';
import { untilWaitingForLock } from '../../support/locks';

let db: TestDatabase;
let orgId: string;
let otherOrgId: string;
let owner: string;
let second: string;
let inactive: string;
let deleted: string;
let foreign: string;
const clock = pinnedClock();

const context = (organizationId: string | null = orgId): DomainContext => ({
  em: db.orm.em.fork(),
  actor: systemActor(organizationId),
  requestId: 'req-doc',
  now: clock,
});

async function seedUser(organizationId: string, name: string, extra: Partial<User> = {}): Promise<string> {
  const em = db.orm.em.fork();
  const user = em.create(User, { organizationId, userName: name, userNameKey: extra.deletedAt ? null : name, ...extra });
  await em.flush();
  return user.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  orgId = (await createOrganization(context(null), { name: 'Docs Org' })).id;
  otherOrgId = (await createOrganization(context(null), { name: 'Other Docs Org' })).id;
  owner = await seedUser(orgId, 'owner');
  second = await seedUser(orgId, 'second');
  inactive = await seedUser(orgId, 'inactive', { active: false });
  deleted = await seedUser(orgId, 'deleted', { active: false, deletedAt: new Date('2026-01-02T00:00:00Z') });
  foreign = await seedUser(otherOrgId, 'foreign');
});
afterAll(async () => db.close());

describe('createDocument', () => {
  it('creates a document with an audit event', async () => {
    const doc = await createDocument(context(), { title: '  Roadmap ', ownerId: owner });
    expect(doc).toMatchObject({ title: 'Roadmap', ownerId: owner, awaitingReassignment: false, organizationId: orgId });
    const events = await db.orm.em.fork().find(AuditEvent, { targetId: doc.id });
    expect(events.map((e) => [e.action, e.targetType])).toEqual([['document.created', 'document']]);
  });

  it.each([
    ['an unknown owner', () => randomUUID()],
    ['a non-UUID owner', () => 'nobody'],
    ["another organization's user", () => foreign],
    ['a deleted owner', () => deleted],
  ])('answers NOT_FOUND naming ownerId for %s', async (_label, id) => {
    await expect(createDocument(context(), { title: 'Orphan', ownerId: id() })).rejects.toMatchObject({ code: 'NOT_FOUND', details: { field: 'ownerId' } });
  });

  it('refuses an inactive owner', async () => {
    await expect(createDocument(context(), { title: 'Stale', ownerId: inactive })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'ownerId' },
    });
  });

  it('refuses an empty title', async () => {
    await expect(createDocument(context(), { title: '  ', ownerId: owner })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'title' } });
  });

  it("refuses an owner whose deactivation commits meanwhile, so that no document misses the owner's hand-over", async () => {
    const leaver = await seedUser(orgId, 'leaving-owner');
    const deactivating = await openTransaction(context());
    await deactivateUser(deactivating.ctx, leaver);
    // The create runs alongside and waits: on PostgreSQL for the owner's row, which the deactivation
    // locked, on SQLite for its one connection, which the deactivation holds.
    const alongside = createDocument(context(), { title: 'Late', ownerId: leaver }).catch((e: unknown) => e);
    try {
      await untilWaitingForLock(db.orm);
    } finally {
      await deactivating.commit();
    }
    const outcome = await alongside;
    expect(outcome).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'ownerId' } });
    expect((await listDocuments(context(), { ownerId: leaver, first: 10 })).nodes).toEqual([]);
  });
});

describe('reading documents', () => {
  let docs: string[];
  let otherOrgDoc: string;

  beforeAll(async () => {
    docs = [];
    for (const [title, ownerId] of [['One', second], ['Two', second], ['Three', second]]) {
      docs.push((await createDocument(context(), { title, ownerId })).id);
    }
    otherOrgDoc = (await createDocument(context(otherOrgId), { title: 'Elsewhere', ownerId: foreign })).id;
  });

  it('gets a document by id', async () => {
    await expect(getDocument(context(), docs[0].toUpperCase())).resolves.toMatchObject({ title: 'One' });
  });

  it.each([
    ['a non-UUID', () => 'nope'],
    ['an unknown id', () => randomUUID()],
    ["another organization's document", () => otherOrgDoc],
  ])('answers NOT_FOUND for %s', async (_label, id) => {
    await expect(getDocument(context(), id())).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("lists an owner's documents oldest first, by cursor", async () => {
    const first = await listDocuments(context(), { ownerId: second, first: 2 });
    expect(first.nodes.map((d) => d.title)).toEqual(['One', 'Two']);
    await expect(first.totalCount()).resolves.toBe(3);
    const rest = await listDocuments(context(), { ownerId: second, first: 2, after: first.endCursor });
    expect(rest.nodes.map((d) => d.title)).toEqual(['Three']);
  });

  it('lists documents awaiting reassignment', async () => {
    const holder = await seedUser(orgId, 'holder');
    const kept = await createDocument(context(), { title: 'Kept', ownerId: holder });
    await reassignDocuments(context(), orgId, holder, null);
    const page = await listDocuments(context(), { awaitingReassignment: true, first: 10 });
    expect(page.nodes.map((d) => d.id)).toEqual([kept.id]);
  });

  it('refuses a negative page size', async () => {
    await expect(listDocuments(context(), { first: -1 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'first' } });
  });

  it('lists nothing for an owner id that is not a UUID', async () => {
    expect((await listDocuments(context(), { ownerId: 'nobody', first: 10 })).nodes).toEqual([]);
  });

  it('loads the documents of several owners in one go', async () => {
    const byOwner = await documentsOfOwners(context(), [
      { organizationId: orgId, id: second },
      { organizationId: orgId, id: inactive },
      { organizationId: otherOrgId, id: foreign },
    ]);
    expect(byOwner.get(second)?.map((d) => d.title)).toEqual(['One', 'Two', 'Three']);
    expect(byOwner.get(inactive)).toEqual([]);
    expect(byOwner.get(foreign)).toEqual([]);
  });
});
