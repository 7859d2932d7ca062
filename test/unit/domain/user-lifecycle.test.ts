import { AuditEvent } from '../../../src/domain/audit/audit-event.entity';
import { Document } from '../../../src/domain/document/document.entity';
import { Organization } from '../../../src/domain/organization/organization.entity';
import { updateOrganizationSettings } from '../../../src/domain/organization/organization.service';
import { TeamMember } from '../../../src/domain/team/team-member.entity';
import { Team } from '../../../src/domain/team/team.entity';
import { changeTeam } from '../../../src/domain/team/team.service';
import { deactivateUser, deleteUser, reactivateUser } from '../../../src/domain/user/user-lifecycle.service';
import { User } from '../../../src/domain/user/user.entity';
import * as userService from '../../../src/domain/user/user.service';
import { getUser } from '../../../src/domain/user/user.service';
import { createTestDatabase, openTransaction, type TestDatabase } from '../../support/db';
import { untilWaitingForLock } from '../../support/locks';
import { userFixtures } from './user.fixtures';

/** The written user's row (the services also return its contact rows). */
const createUser = async (...args: Parameters<typeof userService.createUser>) => (await userService.createUser(...args)).user;
const replaceUser = async (...args: Parameters<typeof userService.replaceUser>) => (await userService.replaceUser(...args)).user;
const updateUser = async (...args: Parameters<typeof userService.updateUser>) => (await userService.updateUser(...args)).user;

let db: TestDatabase;
const statements: string[] = [];
const f = userFixtures(() => db.orm);

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
});
afterAll(async () => db.close());

const user = async (org: string, userName: string, extra: { idpRole?: 'ADMIN' | 'MEMBER'; active?: boolean } = {}): Promise<string> =>
  (await createUser(f.ctx(org, 'scim'), { userName, ...extra })).id;

const ownersOf = async (ids: string[]): Promise<{ ownerId: string; awaitingReassignment: boolean }[]> =>
  (await db.orm.em.fork().find(Document, { id: { $in: ids } }, { orderBy: { createdAt: 'asc' } })).map((d) => ({
    ownerId: d.ownerId,
    awaitingReassignment: d.awaitingReassignment,
  }));

const actionsOf = async (targetId: string): Promise<string[]> =>
  (await db.orm.em.fork().find(AuditEvent, { targetId }, { orderBy: { occurredAt: 'asc' } })).map((e) => e.action);

describe('deactivation hands documents on', () => {
  it('to the content successor when that is an active admin', async () => {
    const org = await f.organization();
    await user(org, 'first-admin', { idpRole: 'ADMIN' });
    const successor = await user(org, 'successor', { idpRole: 'ADMIN' });
    await f.setOrganization(org, { contentSuccessorId: successor });
    const leaver = await user(org, 'leaver');
    const docs = [await f.document(org, leaver, 'Plan'), await f.document(org, leaver, 'Notes')];
    await deactivateUser(f.ctx(org), leaver);
    expect(await ownersOf(docs)).toEqual([
      { ownerId: successor, awaitingReassignment: false },
      { ownerId: successor, awaitingReassignment: false },
    ]);
  });

  it('to the earliest active admin when the successor is no longer an admin', async () => {
    const org = await f.organization();
    const earliest = await user(org, 'earliest-admin', { idpRole: 'ADMIN' });
    await user(org, 'later-admin', { idpRole: 'ADMIN' });
    const successor = await user(org, 'demoted');
    await f.setOrganization(org, { contentSuccessorId: successor });
    const leaver = await user(org, 'leaver');
    const doc = await f.document(org, leaver, 'Plan');
    await deactivateUser(f.ctx(org), leaver);
    expect(await ownersOf([doc])).toEqual([{ ownerId: earliest, awaitingReassignment: false }]);
  });

  it('to an admin by team grant, skipping inactive admins', async () => {
    const org = await f.organization();
    const inactive = await user(org, 'inactive-admin', { idpRole: 'ADMIN', active: false });
    const granted = await user(org, 'granted-admin');
    await f.team(org, 'Admins', 'ADMIN', [granted, inactive]);
    const leaver = await user(org, 'leaver');
    const doc = await f.document(org, leaver, 'Plan');
    await deactivateUser(f.ctx(org), leaver);
    expect(await ownersOf([doc])).toEqual([{ ownerId: granted, awaitingReassignment: false }]);
  });

  it('to another admin when the one it would choose is being deactivated at the same time', async () => {
    const org = await f.organization();
    const earliest = await user(org, 'earliest-admin', { idpRole: 'ADMIN' });
    const later = await user(org, 'later-admin', { idpRole: 'ADMIN' });
    const leaver = await user(org, 'leaver');
    const docs = [await f.document(org, leaver, 'Plan')];
    // An org admin deactivates the earliest admin (not yet committed) and the leaver meanwhile.
    const deactivating = await openTransaction(f.ctx(org));
    await deactivateUser(deactivating.ctx, earliest);
    // The second runs alongside and waits: on PostgreSQL for a row the first locked, on SQLite for
    // its one connection, which the first holds.
    const alongside = deactivateUser(f.ctx(org), leaver);
    alongside.catch(() => undefined);
    try {
      await untilWaitingForLock(db.orm);
    } finally {
      await deactivating.commit();
    }
    await alongside;
    expect(await ownersOf(docs)).toEqual([{ ownerId: later, awaitingReassignment: false }]);
  });

  it('nowhere when the only admin is the user: documents stay, awaiting reassignment', async () => {
    const org = await f.organization();
    const onlyAdmin = await user(org, 'only-admin');
    await f.team(org, 'Admins', 'ADMIN', [onlyAdmin]);
    const doc = await f.document(org, onlyAdmin, 'Plan');
    await deactivateUser(f.ctx(org), onlyAdmin);
    expect(await ownersOf([doc])).toEqual([{ ownerId: onlyAdmin, awaitingReassignment: true }]);
  });
});

describe('deactivation', () => {
  it('removes every membership and bumps the teams touched', async () => {
    const org = await f.organization();
    const leaver = await user(org, 'leaver');
    const stayer = await user(org, 'stayer');
    const team = await f.team(org, 'Guides', null, [leaver, stayer]);
    await deactivateUser(f.ctx(org), leaver);
    const em = db.orm.em.fork();
    expect((await em.find(TeamMember, { teamId: team })).map((m) => m.userId)).toEqual([stayer]);
    expect((await em.findOneOrFail(Team, { organizationId: org, id: team })).version).toBe(2);
  });

  it('keeps the user readable with the same id, inactive', async () => {
    const org = await f.organization();
    const id = await user(org, 'readable');
    await deactivateUser(f.ctx(org), id);
    await expect(getUser(f.ctx(org), id)).resolves.toMatchObject({ id, active: false, version: 2 });
  });

  it('records user.deactivated with the teams left and the documents moved', async () => {
    const org = await f.organization();
    const admin = await user(org, 'admin', { idpRole: 'ADMIN' });
    const leaver = await user(org, 'leaver');
    const team = await f.team(org, 'Guides', null, [leaver]);
    await f.document(org, leaver, 'Plan');
    await deactivateUser(f.ctx(org), leaver);
    const [event] = await db.orm.em.fork().find(AuditEvent, { targetId: leaver, action: 'user.deactivated' });
    expect(event.changes).toEqual({
      active: { before: true, after: false },
      teams: { before: [team], after: [] },
      documents: { before: { ownerId: leaver, count: 1 }, after: { ownerId: admin, count: 1, awaitingReassignment: false } },
    });
  });

  it('is idempotent: a repeated deactivation changes nothing', async () => {
    const org = await f.organization();
    const id = await user(org, 'twice');
    await deactivateUser(f.ctx(org), id);
    const again = await deactivateUser(f.ctx(org), id);
    expect(again.version).toBe(2);
    expect(await actionsOf(id)).toEqual(['user.created', 'user.deactivated']);
  });

  it('runs when an update sets active to false, in the same unit of work', async () => {
    const org = await f.organization();
    const admin = await user(org, 'admin', { idpRole: 'ADMIN' });
    const leaver = await user(org, 'leaver');
    const doc = await f.document(org, leaver, 'Plan');
    const updated = await updateUser(f.ctx(org, 'scim'), leaver, { active: false, title: 'Gone' });
    expect(updated).toMatchObject({ active: false, title: 'Gone', version: 2 });
    expect(await ownersOf([doc])).toEqual([{ ownerId: admin, awaitingReassignment: false }]);
    expect(await actionsOf(leaver)).toEqual(['user.created', 'user.updated', 'user.deactivated']);
  });

  it('locks the user row for the write on PostgreSQL', async () => {
    const org = await f.organization();
    const id = await user(org, 'locked');
    statements.length = 0;
    await deactivateUser(f.ctx(org), id);
    const select = statements.find((s) => /select .* from .?users\b/i.test(s));
    if (db.config.driver === 'postgresql') expect(select).toMatch(/for update/i);
    else expect(select).toBeDefined();
  });
});

describe('reactivation', () => {
  it('keeps the id and leaves documents and teams where deactivation put them', async () => {
    const org = await f.organization();
    const admin = await user(org, 'admin', { idpRole: 'ADMIN' });
    const returner = await user(org, 'returner');
    const team = await f.team(org, 'Guides', null, [returner]);
    const doc = await f.document(org, returner, 'Plan');
    await deactivateUser(f.ctx(org), returner);
    const back = await reactivateUser(f.ctx(org), returner);
    expect(back).toMatchObject({ id: returner, active: true, deactivatedAt: null, version: 3 });
    expect(await ownersOf([doc])).toEqual([{ ownerId: admin, awaitingReassignment: false }]);
    expect(await db.orm.em.fork().count(TeamMember, { teamId: team })).toBe(0);
    expect(await actionsOf(returner)).toEqual(['user.created', 'user.deactivated', 'user.reactivated']);
  });

  it('runs when a replace sets active to true', async () => {
    const org = await f.organization();
    const id = await user(org, 'replaced-back', { active: false });
    await expect(replaceUser(f.ctx(org, 'scim'), id, { userName: 'replaced-back', active: true })).resolves.toMatchObject({ active: true, version: 2 });
  });
});

describe('delete', () => {
  it('tombstones the user: NOT_FOUND afterwards, the row and its history kept', async () => {
    const org = await f.organization();
    const id = await user(org, 'doomed');
    await deleteUser(f.ctx(org), id);
    await expect(getUser(f.ctx(org), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteUser(f.ctx(org), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const row = await db.orm.em.fork().findOneOrFail(User, { organizationId: org, id });
    expect(row).toMatchObject({ active: false, userNameKey: null, version: 2 });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(await actionsOf(id)).toEqual(['user.created', 'user.deactivated', 'user.deleted']);
  });

  it('frees the userName for reuse', async () => {
    const org = await f.organization();
    const id = await user(org, 'Reusable');
    await deleteUser(f.ctx(org), id);
    const again = await user(org, 'reusable');
    expect(again).not.toBe(id);
  });

  it('hands documents on like deactivation', async () => {
    const org = await f.organization();
    const admin = await user(org, 'admin', { idpRole: 'ADMIN' });
    const doomed = await user(org, 'doomed');
    const doc = await f.document(org, doomed, 'Plan');
    await deleteUser(f.ctx(org), doomed);
    expect(await ownersOf([doc])).toEqual([{ ownerId: admin, awaitingReassignment: false }]);
  });

  it('takes an inactive user out of the teams it was pushed into after deactivation', async () => {
    const org = await f.organization();
    const id = await user(org, 'dormant');
    await deactivateUser(f.ctx(org), id);
    const team = await f.team(org, 'Alumni');
    await changeTeam(f.ctx(org, 'scim'), team, { members: { add: [id] } });
    await deleteUser(f.ctx(org), id);
    expect(await db.orm.em.fork().count(TeamMember, { organizationId: org, userId: id })).toBe(0);
    const [event] = await db.orm.em.fork().find(AuditEvent, { targetId: id, action: 'user.deleted' });
    expect(event.changes?.teams).toEqual({ before: [team], after: [] });
  });

  it('waits for a membership being added in another transaction, then removes it', async () => {
    const org = await f.organization();
    const id = await user(org, 'contested');
    const team = await f.team(org, 'Contested');
    const adding = await openTransaction(f.ctx(org, 'scim'));
    await changeTeam(adding.ctx, team, { members: { add: [id] } });
    let deleted = false;
    // The add holds a share lock on the user row on PostgreSQL, and SQLite's one connection: the
    // delete must wait for its commit.
    const deleting = deleteUser(f.ctx(org), id).then(() => (deleted = true));
    deleting.catch(() => undefined);
    let deletedBeforeCommit = false;
    try {
      await untilWaitingForLock(db.orm);
      deletedBeforeCommit = deleted;
    } finally {
      await adding.commit();
    }
    await deleting;
    expect(deletedBeforeCommit).toBe(false);
    expect(await db.orm.em.fork().count(TeamMember, { organizationId: org, userId: id })).toBe(0);
  });
});

describe('organization settings', () => {
  it('keeps both of two settings changed at the same time (each write sets only what it changed)', async () => {
    for (let round = 0; round < 5; round += 1) {
      const org = await f.organization();
      const successor = await user(org, `successor-${round}`, { idpRole: 'ADMIN' });
      await Promise.all([
        updateOrganizationSettings(f.ctx(org), org, { roleManualOverride: true }),
        updateOrganizationSettings(f.ctx(org), org, { contentSuccessorId: successor }),
      ]);
      const row = await db.orm.em.fork().findOneOrFail(Organization, org);
      expect([row.roleManualOverride, row.contentSuccessorId]).toEqual([true, successor]);
    }
  });
});
