import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../../../src/domain/audit/audit-event.entity';
import { inUnitOfWork, systemActor, type DomainContext } from '../../../src/domain/context';
import { createOrganization } from '../../../src/domain/organization/organization.service';
import { TeamMember } from '../../../src/domain/team/team-member.entity';
import { Team } from '../../../src/domain/team/team.entity';
import { changeTeam, createTeam } from '../../../src/domain/team/team.service';
import { User } from '../../../src/domain/user/user.entity';
import { pinnedClock } from '../../support/clock';
import { createTestDatabase, type TestDatabase } from '../../support/db';

let db: TestDatabase;
let orgId: string;
let otherOrgId: string;
let users: string[];
let foreignUser: string;
let deletedUser: string;
const clock = pinnedClock();
let statements: string[] | null = null;

const context = (organizationId: string = orgId): DomainContext => ({
  em: db.orm.em.fork(),
  actor: systemActor(organizationId),
  requestId: 'req-members',
  now: clock,
});

/** Inserts users directly (fast), named `<prefix>-<n>`. */
async function seedUsers(organizationId: string, count: number, prefix: string, extra: Partial<User> = {}): Promise<string[]> {
  const em = db.orm.em.fork();
  const rows = Array.from({ length: count }, (_, i) => ({
    organizationId,
    id: randomUUID(),
    userName: `${prefix}-${i}`,
    userNameKey: `${prefix}-${i}`,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    ...extra,
  }));
  for (let i = 0; i < rows.length; i += 500) await em.insertMany(User, rows.slice(i, i + 500));
  return rows.map((r) => r.id);
}

/** Members-only changes, as the GraphQL mutations addTeamMembers, removeTeamMembers and replaceTeamMembers make them. */
const addTeamMembers = (ctx: DomainContext, teamId: string, ids: string[]) => changeTeam(ctx, teamId, { members: { add: ids } });
const removeTeamMembers = (ctx: DomainContext, teamId: string, ids: string[]) => changeTeam(ctx, teamId, { members: { remove: ids } });
const replaceTeamMembers = (ctx: DomainContext, teamId: string, ids: string[]) => changeTeam(ctx, teamId, { members: { set: ids } });

const membersOf = async (teamId: string): Promise<string[]> =>
  (await db.orm.em.fork().find(TeamMember, { teamId }, { orderBy: { userId: 'asc' } })).map((m) => m.userId);
const versionOf = async (teamId: string): Promise<number> => (await db.orm.em.fork().findOneOrFail(Team, { id: teamId })).version;
const newTeam = async (name: string, memberIds: string[] = []): Promise<Team> => createTeam(context(), { displayName: name, memberIds });

/** Runs `work` and returns how many SQL statements it issued. */
async function countStatements(work: () => Promise<unknown>): Promise<number> {
  statements = [];
  try {
    await work();
    return statements.length;
  } finally {
    statements = null;
  }
}

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements?.push(sql) });
  orgId = (await createOrganization(context(randomUUID()), { name: 'Members Org' })).id;
  otherOrgId = (await createOrganization(context(randomUUID()), { name: 'Other Members Org' })).id;
  users = await seedUsers(orgId, 5, 'member');
  [foreignUser] = await seedUsers(otherOrgId, 1, 'foreign');
  [deletedUser] = await seedUsers(orgId, 1, 'deleted', { deletedAt: new Date('2026-01-02T00:00:00Z'), userNameKey: null });
});
afterAll(async () => db.close());

describe('addTeamMembers', () => {
  it('adds members, bumps the version once and audits the ids', async () => {
    const team = await newTeam('Add');
    const updated = await addTeamMembers(context(), team.id, [users[0], users[1]]);
    expect(updated.version).toBe(2);
    expect(await membersOf(team.id)).toEqual([users[0], users[1]].sort());
    const event = await db.orm.em.fork().findOneOrFail(AuditEvent, { targetId: team.id, action: 'team.members_added' });
    expect(event.changes?.members.after).toEqual({ count: 2, ids: expect.arrayContaining([users[0], users[1]]) });
  });

  it('is a no-op, version included, when every user is already a member', async () => {
    const team = await newTeam('Add Twice', [users[0]]);
    const same = await addTeamMembers(context(), team.id, [users[0], users[0].toUpperCase()]);
    expect(same.version).toBe(1);
    expect(await membersOf(team.id)).toEqual([users[0]]);
  });

  it.each([
    ['an unknown id', () => randomUUID()],
    ['a non-UUID', () => 'not-a-user'],
    ["another organization's user", () => foreignUser],
    ['a deleted user', () => deletedUser],
  ])('rejects %s naming it, and changes nothing', async (_label, bad) => {
    const team = await newTeam(`Reject ${_label}`);
    const id = bad();
    await expect(addTeamMembers(context(), team.id, [users[2], id])).rejects.toMatchObject({
      code: 'MEMBER_NOT_IN_ORGANIZATION',
      message: expect.stringContaining(id),
      details: { field: 'members' },
    });
    expect(await membersOf(team.id)).toEqual([]);
    expect(await versionOf(team.id)).toBe(1);
  });

  it("answers NOT_FOUND for another organization's team", async () => {
    const foreignTeam = await createTeam(context(otherOrgId), { displayName: 'Foreign Add' });
    await expect(addTeamMembers(context(), foreignTeam.id, [users[0]])).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('removeTeamMembers', () => {
  it('removes members and bumps the version', async () => {
    const team = await newTeam('Remove', [users[0], users[1]]);
    expect((await removeTeamMembers(context(), team.id, [users[0]])).version).toBe(2);
    expect(await membersOf(team.id)).toEqual([users[1]]);
  });

  it('is a no-op for non-members and non-UUIDs', async () => {
    const team = await newTeam('Remove None', [users[0]]);
    expect((await removeTeamMembers(context(), team.id, [users[1], 'nope'])).version).toBe(1);
    expect(await membersOf(team.id)).toEqual([users[0]]);
  });
});

describe('replaceTeamMembers', () => {
  it('writes only the difference', async () => {
    const team = await newTeam('Replace', [users[0], users[1], users[2]]);
    const updated = await replaceTeamMembers(context(), team.id, [users[2], users[3]]);
    expect(updated.version).toBe(2);
    expect(await membersOf(team.id)).toEqual([users[2], users[3]].sort());
    const actions = (await db.orm.em.fork().find(AuditEvent, { targetId: team.id })).map((e) => e.action).sort();
    expect(actions).toEqual(['team.created', 'team.members_added', 'team.members_removed']);
  });

  it('empties a team', async () => {
    const team = await newTeam('Replace Empty', [users[0], users[1]]);
    await replaceTeamMembers(context(), team.id, []);
    expect(await membersOf(team.id)).toEqual([]);
  });

  it('keeps the version when the set is unchanged', async () => {
    const team = await newTeam('Replace Same', [users[0], users[1]]);
    expect((await replaceTeamMembers(context(), team.id, [users[1], users[0]])).version).toBe(1);
  });

  it('rejects an unknown id and changes nothing', async () => {
    const team = await newTeam('Replace Reject', [users[0]]);
    await expect(replaceTeamMembers(context(), team.id, [users[1], foreignUser])).rejects.toMatchObject({ code: 'MEMBER_NOT_IN_ORGANIZATION' });
    expect(await membersOf(team.id)).toEqual([users[0]]);
  });
});

describe('large teams', () => {
  let many: string[];
  let big: Team;

  beforeAll(async () => {
    many = await seedUsers(orgId, 10_000, 'bulk');
    big = await newTeam('Big');
  });

  it('adds 10,000 members in one call', async () => {
    const updated = await addTeamMembers(context(), big.id, many);
    expect(updated.version).toBe(2);
    expect(await db.orm.em.fork().count(TeamMember, { teamId: big.id })).toBe(10_000);
  });

  it('adds one member with as many statements as on an empty team', async () => {
    const small = await newTeam('Small');
    const onSmall = await countStatements(() => addTeamMembers(context(), small.id, [users[4]]));
    const onBig = await countStatements(() => addTeamMembers(context(), big.id, [users[4]]));
    expect(onSmall).toBeGreaterThan(0);
    expect(onBig).toBe(onSmall);
  });

  it('removes one member with as many statements as on a one-member team', async () => {
    const small = await newTeam('Small Remove', [users[3]]);
    const onSmall = await countStatements(() => removeTeamMembers(context(), small.id, [users[3]]));
    const onBig = await countStatements(() => removeTeamMembers(context(), big.id, [many[1234]]));
    expect(onBig).toBe(onSmall);
    expect(await db.orm.em.fork().count(TeamMember, { teamId: big.id, userId: many[1234] })).toBe(0);
  });

  it('replaces a large member set by its difference', async () => {
    const keep = many.slice(0, 6_000);
    await replaceTeamMembers(context(), big.id, [...keep, users[0]]);
    expect(await db.orm.em.fork().count(TeamMember, { teamId: big.id })).toBe(6_001);
    expect(await db.orm.em.fork().count(TeamMember, { teamId: big.id, userId: { $in: many.slice(6_000, 6_100) } })).toBe(0);
  });
});

describe('concurrent writes', () => {
  it('keeps both of two parallel additions to one team, each in its own transaction', async () => {
    const team = await newTeam('Parallel');
    await Promise.all(
      [[users[0], users[1]], [users[2], users[3]]].map((ids) =>
        inUnitOfWork(context(), (tx) => addTeamMembers(tx, team.id, ids)),
      ),
    );
    expect(await membersOf(team.id)).toEqual(users.slice(0, 4).sort());
    expect(await versionOf(team.id)).toBe(3);
  });
});
