import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../../../src/domain/audit/audit-event.entity';
import { inUnitOfWork, systemActor, type DomainContext } from '../../../src/domain/context';
import { createOrganization } from '../../../src/domain/organization/organization.service';
import { TeamMember } from '../../../src/domain/team/team-member.entity';
import { Team } from '../../../src/domain/team/team.entity';
import { changeTeam, createTeam } from '../../../src/domain/team/team.service';
import { deleteMemberRows, insertMemberRows, lockTeamRow, updateTeamRow } from '../../../src/domain/team/team.store';
import { User } from '../../../src/domain/user/user.entity';
import { pinnedClock } from '../../support/clock';
import { createTestDatabase, type TestDatabase } from '../../support/db';
import { untilWaitingForLock } from '../../support/locks';
import { statementsRun } from '../../support/sql';

/**
 * What each kind of team change costs in SQL, and what a refused change leaves behind: nothing.
 * The SCIM door reads a team before a members-only PATCH; the domain must not read it again.
 */
let db: TestDatabase;
let orgId: string;
let otherOrgId: string;
let users: string[];
const clock = pinnedClock();

const context = (organizationId: string = orgId): DomainContext => ({ em: db.orm.em.fork(), actor: systemActor(organizationId), requestId: 'req-writes', now: clock });

/** The statements `work` runs, without the transaction's own `begin`/`commit`. */
async function sqlOf(work: () => Promise<unknown>): Promise<string[]> {
  const statements = await statementsRun(db.orm, work);
  return statements.map((s) => s.sql.replace(/\s+/g, ' ').trim()).filter((sql) => !/^(begin|commit|rollback|start transaction|savepoint|release)\b/i.test(sql));
}

/** Statements on the `teams` table, however quoted (MikroORM quotes names; the team store does not). */
const TEAMS = '[`"]?teams[`"]?\\s';
/** The lock a members-only change takes on PostgreSQL before its rows: it reads none of the team. */
const locksTeamRow = (sql: string): boolean => /^select id from teams where .* for update$/i.test(sql);
const readsTeams = (sql: string): boolean => new RegExp(`^select\\b.*\\bfrom ${TEAMS}`, 'i').test(sql) && !locksTeamRow(sql);
const updatesTeams = (sql: string): boolean => new RegExp(`^update ${TEAMS}`, 'i').test(sql);
const writesTeams = (sql: string): boolean => new RegExp(`^(update|insert into|delete from) ${TEAMS}`, 'i').test(sql);
const locked = (sql: string): boolean => / for update$/i.test(sql);
/** A statement as its verb and table: `select users`, `update teams`. */
const kind = (sql: string): string =>
  `${sql.split(' ')[0].toLowerCase()} ${(/^update [`"]?(\w+)/i.exec(sql) ?? /\b(?:from|into) [`"]?(\w+)/i.exec(sql))?.[1]}`;

const membersOf = async (teamId: string): Promise<string[]> =>
  (await db.orm.em.fork().find(TeamMember, { teamId }, { orderBy: { userId: 'asc' } })).map((m) => m.userId);
const rowOf = (teamId: string): Promise<Team> => db.orm.em.fork().findOneOrFail(Team, { id: teamId });
const auditCount = (teamId: string): Promise<number> => db.orm.em.fork().count(AuditEvent, { targetId: teamId });

beforeAll(async () => {
  db = await createTestDatabase();
  orgId = (await createOrganization(context(randomUUID()), { name: 'Writes Org' })).id;
  otherOrgId = (await createOrganization(context(randomUUID()), { name: 'Other Writes Org' })).id;
  const em = db.orm.em.fork();
  const created = ['ann', 'bob', 'cat'].map((name) => em.create(User, { organizationId: orgId, userName: name, userNameKey: name }));
  await em.flush();
  users = created.map((u) => u.id).sort();
});
afterAll(async () => db.close());

/** On PostgreSQL a team's writer locks its row before its membership rows (team.store.ts); SQLite queues writers at BEGIN. */
const lockFirst = (): string[] => (db.config.driver === 'postgresql' ? ['select teams'] : []);

describe('a members-only change', () => {
  it('adds without reading the team: user check, insert, one bump returning the team, audit', async () => {
    const team = await createTeam(context(), { displayName: 'Add Only' });
    let written: Team | undefined;
    const sql = await sqlOf(async () => (written = await changeTeam(context(), team.id, { members: { add: [users[0]] } })));
    expect(sql.filter(readsTeams)).toEqual([]);
    expect(sql.map(kind)).toEqual(['select users', ...lockFirst(), 'insert team_members', 'update teams', 'insert audit_events']);
    // The users checked are share-locked, so a concurrent delete waits for this membership (PostgreSQL).
    expect(sql[0]).toMatch(db.config.driver === 'postgresql' ? / for share$/ : /\)$/);
    expect(written).toMatchObject({ id: team.id, displayName: 'Add Only', version: 2 });
    expect(await membersOf(team.id)).toEqual([users[0]]);
  });

  it('removes without reading the team', async () => {
    const team = await createTeam(context(), { displayName: 'Remove Only', memberIds: [users[0], users[1]] });
    const sql = await sqlOf(() => changeTeam(context(), team.id, { members: { remove: [users[0]] } }));
    expect(sql.filter(readsTeams)).toEqual([]);
    expect(sql.map(kind)).toEqual([...lockFirst(), 'delete team_members', 'update teams', 'insert audit_events']);
    expect((await rowOf(team.id)).version).toBe(2);
  });

  it('replaces the whole list without reading the team or its members', async () => {
    const team = await createTeam(context(), { displayName: 'Set Only', memberIds: [users[0], users[1]] });
    const sql = await sqlOf(() => changeTeam(context(), team.id, { members: { set: [users[1], users[2]] } }));
    expect(sql.filter(readsTeams)).toEqual([]);
    expect(sql.filter((s) => /^select\b.*\bteam_members\b/i.test(s))).toEqual([]);
    expect(sql.filter(updatesTeams)).toHaveLength(1);
    expect(await membersOf(team.id)).toEqual([users[1], users[2]]);
    expect((await rowOf(team.id)).version).toBe(2);
  });

  it('that changes no row keeps the version: one plain read of the team, no write of it, no audit', async () => {
    const team = await createTeam(context(), { displayName: 'No-op', memberIds: [users[0]] });
    let same: Team | undefined;
    const sql = await sqlOf(async () => (same = await changeTeam(context(), team.id, { members: { add: [users[0]], remove: [users[1]] } })));
    expect(sql.filter(writesTeams)).toEqual([]);
    expect(sql.filter(readsTeams)).toHaveLength(1);
    expect(sql.filter(locked).length).toBe(lockFirst().length);
    expect(same).toMatchObject({ id: team.id, version: 1 });
    expect(await auditCount(team.id)).toBe(1);
  });

  it.each([
    ['an unknown team', () => Promise.resolve(randomUUID())],
    ["another organization's team", async () => (await createTeam(context(otherOrgId), { displayName: 'Elsewhere' })).id],
  ])('answers NOT_FOUND for %s and leaves nothing written', async (_label, teamId) => {
    const id = await teamId();
    await expect(changeTeam(context(), id, { members: { add: [users[0]] } })).rejects.toMatchObject({ code: 'NOT_FOUND', details: { resource: 'Team', id } });
    expect(await db.orm.em.fork().count(TeamMember, { teamId: id })).toBe(0);
    expect(await db.orm.em.fork().count(AuditEvent, { targetId: id, action: { $like: 'team.members%' } })).toBe(0);
  });

  it('answers NOT_FOUND for an unknown team when nothing would change, reading it once', async () => {
    const id = randomUUID();
    const sql = await sqlOf(() => changeTeam(context(), id, { members: { remove: [users[0]] } }).catch((e: unknown) => e));
    expect(sql.filter(readsTeams)).toHaveLength(1);
    await expect(changeTeam(context(), id, { members: { remove: [users[0]] } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a change of fields', () => {
  it('renames with one locked read and one update returning the team', async () => {
    const team = await createTeam(context(), { displayName: 'Rename Me' });
    let written: Team | undefined;
    const sql = await sqlOf(async () => (written = await changeTeam(context(), team.id, { displayName: 'Renamed' })));
    const reads = sql.filter(readsTeams);
    expect(reads).toHaveLength(1);
    expect(locked(reads[0])).toBe(db.config.driver === 'postgresql');
    expect(sql.map(kind)).toEqual(['select teams', 'update teams', 'insert audit_events']);
    expect(written).toMatchObject({ displayName: 'Renamed', displayNameKey: 'renamed', version: 2 });
    expect(await rowOf(team.id)).toMatchObject({ displayName: 'Renamed', version: 2 });
  });

  it('bumps the version once when fields and members change together', async () => {
    const team = await createTeam(context(), { displayName: 'Both' });
    const sql = await sqlOf(() => changeTeam(context(), team.id, { displayName: 'Both Changed', members: { add: [users[0]] } }));
    expect(sql.filter(updatesTeams)).toHaveLength(1);
    expect(sql.filter(readsTeams)).toHaveLength(1);
    expect((await rowOf(team.id)).version).toBe(2);
  });

  it('keeps the version and writes nothing when the fields are unchanged', async () => {
    const team = await createTeam(context(), { displayName: 'Unchanged', externalId: 'u-1' });
    const sql = await sqlOf(() => changeTeam(context(), team.id, { displayName: 'Unchanged', externalId: 'u-1' }));
    expect(sql.filter(writesTeams)).toEqual([]);
    expect(sql.filter((s) => /^insert into audit_events\b/i.test(s))).toEqual([]);
    expect((await rowOf(team.id)).version).toBe(1);
  });

  it('answers PRECONDITION_FAILED with the current version on an ifVersion mismatch, and leaves nothing written', async () => {
    const team = await createTeam(context(), { displayName: 'If Version', memberIds: [users[0]] });
    await changeTeam(context(), team.id, { externalId: 'v2' });
    const change = { displayName: 'If Version Changed', members: { add: [users[1]], remove: [users[0]] } };
    await expect(changeTeam(context(), team.id, change, { ifVersion: 1 })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      details: { field: 'ifVersion', version: 2 },
    });
    expect(await rowOf(team.id)).toMatchObject({ displayName: 'If Version', version: 2 });
    expect(await membersOf(team.id)).toEqual([users[0]]);
    expect(await auditCount(team.id)).toBe(2);
  });

  it('checks ifVersion on a members-only change too, with one locked read', async () => {
    const team = await createTeam(context(), { displayName: 'If Version Members' });
    await expect(changeTeam(context(), team.id, { members: { add: [users[2]] } }, { ifVersion: 5 })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      details: { version: 1 },
    });
    expect(await membersOf(team.id)).toEqual([]);
    const sql = await sqlOf(() => changeTeam(context(), team.id, { members: { add: [users[2]] } }, { ifVersion: 1 }));
    expect(sql.filter(readsTeams)).toHaveLength(1);
    expect((await rowOf(team.id)).version).toBe(2);
  });
});

describe('lock order', () => {
  it('locks the team before its member rows, as every writer of a team does, so two writers wait instead of deadlocking', async () => {
    const team = await createTeam(context(), { displayName: 'Lock Order', memberIds: [users[1]] });
    let replacing: Promise<Team> | undefined;
    const statements = await statementsRun(db.orm, async () => {
      await inUnitOfWork(context(), async (other) => {
        // Another writer of the team, halfway: the team locked and one row written, the team not bumped yet.
        await lockTeamRow(other, team);
        await insertMemberRows(other, team, [users[0]]);
        // A replacement that removes users[1]'s row: taking row locks first, it would hold that row
        // while waiting for the team, and the other writer, removing users[1] next, would wait for it.
        replacing = changeTeam(context(), team.id, { members: { set: [users[2]] } });
        replacing.catch(() => undefined);
        await untilWaitingForLock(db.orm);
        await deleteMemberRows(other, team, [users[1]]);
        await updateTeamRow(other, team);
      });
      await replacing?.catch(() => undefined);
    });
    await expect(replacing).resolves.toMatchObject({ version: 3 });
    expect(await membersOf(team.id)).toEqual([users[2]]);
    // A deadlock's victim is rolled back and run again (inTransaction), which would end as above too.
    expect(statements.filter((s) => /^rollback\b/i.test(s.sql))).toEqual([]);
  });
});
