import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../../../src/domain/audit/audit-event.entity';
import { systemActor, type DomainContext } from '../../../src/domain/context';
import { createOrganization } from '../../../src/domain/organization/organization.service';
import { TeamMember } from '../../../src/domain/team/team-member.entity';
import { Team } from '../../../src/domain/team/team.entity';
import { changeTeam, createTeam, deleteTeam, getTeam, setTeamGrantsRole } from '../../../src/domain/team/team.service';
import { userRole } from '../../../src/domain/user/user-role.service';
import { User } from '../../../src/domain/user/user.entity';
import { pinnedClock } from '../../support/clock';
import { createTestDatabase, type TestDatabase } from '../../support/db';

let db: TestDatabase;
let orgId: string;
let otherOrgId: string;
let userIds: string[];
const clock = pinnedClock();

const context = (organizationId: string | null = orgId): DomainContext => ({
  em: db.orm.em.fork(),
  actor: systemActor(organizationId),
  requestId: 'req-team',
  now: clock,
});

async function seedUsers(organizationId: string, names: string[]): Promise<string[]> {
  const em = db.orm.em.fork();
  const users = names.map((name) => em.create(User, { organizationId, userName: name, userNameKey: name.toLowerCase() }));
  await em.flush();
  return users.map((u) => u.id);
}

const memberIdsOf = async (teamId: string): Promise<string[]> =>
  (await db.orm.em.fork().find(TeamMember, { teamId }, { orderBy: { userId: 'asc' } })).map((m) => m.userId);

const auditOf = async (teamId: string): Promise<string[]> =>
  (await db.orm.em.fork().find(AuditEvent, { targetId: teamId }, { orderBy: { occurredAt: 'asc', id: 'asc' } })).map((e) => e.action);

beforeAll(async () => {
  db = await createTestDatabase();
  orgId = (await createOrganization(context(null), { name: 'Teams Org' })).id;
  otherOrgId = (await createOrganization(context(null), { name: 'Other Teams Org' })).id;
  userIds = await seedUsers(orgId, ['ann', 'bob', 'cat']);
});
afterAll(async () => db.close());

describe('createTeam', () => {
  it('creates a team with members, version 1 and an audit event', async () => {
    const team = await createTeam(context(), { displayName: '  Engineering ', externalId: 'ext-1', memberIds: userIds.slice(0, 2) });
    expect(team).toMatchObject({ displayName: 'Engineering', displayNameKey: 'engineering', externalId: 'ext-1', version: 1 });
    expect(await memberIdsOf(team.id)).toEqual([...userIds.slice(0, 2)].sort());
    expect(await auditOf(team.id)).toEqual(['team.created']);
  });

  it.each([['Design'], ['DESIGN'], ['  design  ']])('refuses %j once "Design" exists (case-insensitive)', async (name) => {
    await createTeam(context(), { displayName: 'Design' }).catch(() => undefined);
    await expect(createTeam(context(), { displayName: name })).rejects.toMatchObject({ code: 'ALREADY_EXISTS', details: { field: 'displayName' } });
  });

  it('allows the same displayName in another organization', async () => {
    await createTeam(context(), { displayName: 'Shared Name' });
    await expect(createTeam(context(otherOrgId), { displayName: 'shared name' })).resolves.toMatchObject({ organizationId: otherOrgId });
  });

  it.each([[''], ['   ']])('refuses the empty displayName %j', async (name) => {
    await expect(createTeam(context(), { displayName: name })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'displayName' } });
  });

  it('refuses unknown members and creates nothing', async () => {
    const ghost = randomUUID();
    await expect(createTeam(context(), { displayName: 'Ghosts', memberIds: [userIds[0], ghost] })).rejects.toMatchObject({
      code: 'MEMBER_NOT_IN_ORGANIZATION',
      details: { field: 'members' },
    });
    expect(await db.orm.em.fork().count(Team, { organizationId: orgId, displayNameKey: 'ghosts' })).toBe(0);
  });

  it('needs an organization-scoped actor', async () => {
    await expect(createTeam(context(null), { displayName: 'Nowhere' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('getTeam', () => {
  it.each([
    ['an unknown id', () => randomUUID()],
    ['a non-UUID', () => 'not-a-uuid'],
  ])('answers NOT_FOUND for %s', async (_label, id) => {
    await expect(getTeam(context(), id())).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("answers NOT_FOUND for another organization's team", async () => {
    const foreign = await createTeam(context(otherOrgId), { displayName: 'Foreign' });
    await expect(getTeam(context(), foreign.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('finds a team by an upper-case id', async () => {
    const team = await createTeam(context(), { displayName: 'Upper' });
    await expect(getTeam(context(), team.id.toUpperCase())).resolves.toMatchObject({ id: team.id });
  });
});

describe('changeTeam: fields', () => {
  it('renames, bumps the version and audits the change', async () => {
    const team = await createTeam(context(), { displayName: 'Sales' });
    const updated = await changeTeam(context(), team.id, { displayName: 'Sales EMEA' });
    expect(updated).toMatchObject({ displayName: 'Sales EMEA', displayNameKey: 'sales emea', version: 2 });
    expect(updated.updatedAt.getTime()).toBeGreaterThan(team.updatedAt.getTime() - 1);
    expect(await auditOf(team.id)).toEqual(['team.created', 'team.updated']);
  });

  it('keeps the version when nothing changes', async () => {
    const team = await createTeam(context(), { displayName: 'Stable', externalId: 'x' });
    const same = await changeTeam(context(), team.id, { displayName: 'Stable', externalId: 'x' });
    expect(same.version).toBe(1);
  });

  it('clears externalId with null and leaves it when omitted', async () => {
    const team = await createTeam(context(), { displayName: 'Ext', externalId: 'abc' });
    expect((await changeTeam(context(), team.id, { displayName: 'Ext 2' })).externalId).toBe('abc');
    expect((await changeTeam(context(), team.id, { externalId: null })).externalId).toBeNull();
  });

  it('changes the case of its own name', async () => {
    const team = await createTeam(context(), { displayName: 'marketing' });
    await expect(changeTeam(context(), team.id, { displayName: 'Marketing' })).resolves.toMatchObject({ displayName: 'Marketing' });
  });

  it('refuses a name taken by another team, case-insensitively', async () => {
    await createTeam(context(), { displayName: 'Taken' });
    const team = await createTeam(context(), { displayName: 'Free' });
    await expect(changeTeam(context(), team.id, { displayName: 'TAKEN' })).rejects.toMatchObject({ code: 'ALREADY_EXISTS', details: { field: 'displayName' } });
    expect((await getTeam(context(), team.id)).displayName).toBe('Free');
  });

  it('answers PRECONDITION_FAILED on a version mismatch and changes nothing', async () => {
    const team = await createTeam(context(), { displayName: 'Versioned' });
    await expect(changeTeam(context(), team.id, { displayName: 'V2' }, { ifVersion: 7 })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    await expect(changeTeam(context(), team.id, { displayName: 'V2' }, { ifVersion: 1 })).resolves.toMatchObject({ version: 2 });
  });
});

describe('changeTeam: every field and the whole member list', () => {
  it('replaces fields and members with one version bump', async () => {
    const team = await createTeam(context(), { displayName: 'Replace Me', externalId: 'r1', memberIds: [userIds[0], userIds[1]] });
    const replaced = await changeTeam(context(), team.id, { displayName: 'Replaced', externalId: null, members: { set: [userIds[1], userIds[2]] } });
    expect(replaced).toMatchObject({ displayName: 'Replaced', externalId: null, version: 2 });
    expect(await memberIdsOf(team.id)).toEqual([userIds[1], userIds[2]].sort());
    expect(await auditOf(team.id)).toEqual(expect.arrayContaining(['team.updated', 'team.members_added', 'team.members_removed']));
  });

  it('keeps the version when the replacement is identical', async () => {
    const team = await createTeam(context(), { displayName: 'Same', externalId: null, memberIds: [userIds[0]] });
    const same = await changeTeam(context(), team.id, { displayName: 'Same', externalId: null, members: { set: [userIds[0].toUpperCase()] } });
    expect(same.version).toBe(1);
  });

  it('refuses a stale version and leaves members untouched', async () => {
    const team = await createTeam(context(), { displayName: 'Stale', memberIds: [userIds[0]] });
    await expect(changeTeam(context(), team.id, { displayName: 'Stale', externalId: null, members: { set: [] } }, { ifVersion: 3 })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    expect(await memberIdsOf(team.id)).toEqual([userIds[0]]);
  });
});

describe('deleteTeam', () => {
  it('deletes the team and its memberships, keeping the audit history', async () => {
    const team = await createTeam(context(), { displayName: 'Doomed', memberIds: userIds });
    await deleteTeam(context(), team.id);
    await expect(getTeam(context(), team.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await memberIdsOf(team.id)).toEqual([]);
    expect(await auditOf(team.id)).toEqual(['team.created', 'team.deleted']);
  });

  it("answers NOT_FOUND for another organization's team", async () => {
    const foreign = await createTeam(context(otherOrgId), { displayName: 'Foreign Doomed' });
    await expect(deleteTeam(context(), foreign.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('setTeamGrantsRole', () => {
  it('sets and clears the granted role, bumping the version each time', async () => {
    const team = await createTeam(context(), { displayName: 'Admins' });
    expect(await setTeamGrantsRole(context(), team.id, 'ADMIN')).toMatchObject({ grantsRole: 'ADMIN', version: 2 });
    expect(await setTeamGrantsRole(context(), team.id, 'ADMIN')).toMatchObject({ grantsRole: 'ADMIN', version: 2 });
    expect(await setTeamGrantsRole(context(), team.id, null)).toMatchObject({ grantsRole: null, version: 3 });
    expect(await auditOf(team.id)).toEqual(['team.created', 'team.grants_role_set', 'team.grants_role_set']);
  });

  it("makes the team's members effective admins while they are members", async () => {
    const team = await createTeam(context(), { displayName: 'Granting Admins', memberIds: [userIds[2]] });
    const roleOf = async () => {
      const ctx = context();
      return userRole(ctx, await ctx.em.findOneOrFail(User, { id: userIds[2] }));
    };
    expect(await roleOf()).toEqual({ role: 'MEMBER', source: 'DEFAULT' });
    await setTeamGrantsRole(context(), team.id, 'ADMIN');
    expect(await roleOf()).toEqual({ role: 'ADMIN', source: 'TEAM_GRANT' });
    await changeTeam(context(), team.id, { members: { remove: [userIds[2]] } });
    expect(await roleOf()).toEqual({ role: 'MEMBER', source: 'DEFAULT' });
  });

  it('refuses an unknown role', async () => {
    const team = await createTeam(context(), { displayName: 'Odd Role' });
    await expect(setTeamGrantsRole(context(), team.id, 'OWNER' as never)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'role' } });
  });
});
