import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../../../src/domain/audit/audit-event.entity';
import { systemActor, type DomainContext } from '../../../src/domain/context';
import { createOrganization } from '../../../src/domain/organization/organization.service';
import { TeamMember } from '../../../src/domain/team/team-member.entity';
import { Team } from '../../../src/domain/team/team.entity';
import { changeTeam, createTeam } from '../../../src/domain/team/team.service';
import { User } from '../../../src/domain/user/user.entity';
import { pinnedClock } from '../../support/clock';
import { createTestDatabase, type TestDatabase } from '../../support/db';

let db: TestDatabase;
let orgId: string;
let users: string[];
let foreignUser: string;
const clock = pinnedClock();

const context = (organizationId: string = orgId): DomainContext => ({
  em: db.orm.em.fork(),
  actor: systemActor(organizationId),
  requestId: 'req-patch',
  now: clock,
});

async function seedUsers(organizationId: string, names: string[]): Promise<string[]> {
  const em = db.orm.em.fork();
  const created = names.map((name) => em.create(User, { organizationId, userName: name, userNameKey: name }));
  await em.flush();
  return created.map((u) => u.id);
}

const membersOf = async (teamId: string): Promise<string[]> =>
  (await db.orm.em.fork().find(TeamMember, { teamId }, { orderBy: { userId: 'asc' } })).map((m) => m.userId);
const reload = (teamId: string): Promise<Team> => db.orm.em.fork().findOneOrFail(Team, { id: teamId });
const actionsOf = async (teamId: string): Promise<string[]> =>
  (await db.orm.em.fork().find(AuditEvent, { targetId: teamId })).map((e) => e.action).sort();
const newTeam = (displayName: string, memberIds: string[] = [], externalId: string | null = null): Promise<Team> =>
  createTeam(context(), { displayName, memberIds, externalId });

beforeAll(async () => {
  db = await createTestDatabase();
  orgId = (await createOrganization(context(randomUUID()), { name: 'Patch Org' })).id;
  const otherOrgId = (await createOrganization(context(randomUUID()), { name: 'Other Patch Org' })).id;
  users = (await seedUsers(orgId, ['ann', 'bob', 'cat', 'dan'])).sort();
  [foreignUser] = await seedUsers(otherOrgId, ['eve']);
});
afterAll(async () => db.close());

describe('changeTeam: fields and members together', () => {
  it('renames, adds and removes in one call with one version bump, auditing each change', async () => {
    const team = await newTeam('Patch All', [users[0], users[1]]);
    const patched = await changeTeam(context(), team.id, { displayName: 'Patched All', members: { add: [users[2]], remove: [users[0]] } });
    expect(patched).toMatchObject({ displayName: 'Patched All', version: 2 });
    expect(await membersOf(team.id)).toEqual([users[1], users[2]].sort());
    expect(await actionsOf(team.id)).toEqual(['team.created', 'team.members_added', 'team.members_removed', 'team.updated']);
  });

  it('replaces the whole member list', async () => {
    const team = await newTeam('Patch Replace', [users[0], users[1]]);
    await changeTeam(context(), team.id, { members: { set: [users[3]] } });
    expect(await membersOf(team.id)).toEqual([users[3]]);
  });

  it('clears externalId with null and keeps it when omitted', async () => {
    const team = await newTeam('Patch External', [], 'okta-1');
    expect((await changeTeam(context(), team.id, { displayName: 'Patch External 2' })).externalId).toBe('okta-1');
    expect((await changeTeam(context(), team.id, { externalId: null })).externalId).toBeNull();
  });

  it('keeps the version when nothing changes', async () => {
    const team = await newTeam('Patch Same', [users[0]]);
    const same = await changeTeam(context(), team.id, { displayName: 'Patch Same', members: { add: [users[0]], remove: [users[1]] } });
    expect(same.version).toBe(1);
  });

  it.each([
    ['a user of another organization', () => [users[2], foreignUser]],
    ['an unknown id', () => [randomUUID()]],
  ])('rejects %s, changing neither fields nor members', async (label, add) => {
    const team = await newTeam(`Patch Reject ${label}`, [users[0]]);
    await expect(changeTeam(context(), team.id, { displayName: 'Renamed Anyway', members: { remove: [users[0]], add: add() } })).rejects.toMatchObject({
      code: 'MEMBER_NOT_IN_ORGANIZATION',
      details: { field: 'members' },
    });
    expect(await membersOf(team.id)).toEqual([users[0]]);
    expect(await reload(team.id)).toMatchObject({ displayName: `Patch Reject ${label}`, version: 1 });
  });

  it.each([
    ['a whole list with deltas', () => ({ set: [users[0]], add: [users[1]] })],
    ['the same user added and removed', () => ({ add: [users[1]], remove: [users[1].toUpperCase()] })],
  ])('refuses %s', async (label, members) => {
    const team = await newTeam(`Patch Refuse ${label}`);
    await expect(changeTeam(context(), team.id, { members: members() })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input' } });
  });

  it('rolls the member changes back when the new displayName is taken', async () => {
    await newTeam('Patch Taken');
    const team = await newTeam('Patch Rename', [users[0]]);
    await expect(changeTeam(context(), team.id, { displayName: 'PATCH TAKEN', members: { add: [users[1]] } })).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
    });
    expect(await membersOf(team.id)).toEqual([users[0]]);
  });

  it('refuses a stale version and applies at the current one', async () => {
    const team = await newTeam('Patch Versioned');
    await expect(changeTeam(context(), team.id, { members: { add: [users[0]] } }, { ifVersion: 7 })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    expect((await changeTeam(context(), team.id, { members: { add: [users[0]] } }, { ifVersion: 1 })).version).toBe(2);
  });

  it("answers NOT_FOUND for another organization's team and for non-UUIDs", async () => {
    const team = await newTeam('Patch Foreign');
    const foreign = context(randomUUID());
    await expect(changeTeam(foreign, team.id, { displayName: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(changeTeam(context(), 'not-a-uuid', { displayName: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
