import { randomUUID } from 'node:crypto';
import { systemActor, type DomainContext } from '../../../src/domain/context';
import { createOrganization } from '../../../src/domain/organization/organization.service';
import { countTeamMembers, listTeamMembers, memberSlices, teamsOfUsers } from '../../../src/domain/team/team-members.query';
import { listTeams, type TeamFilter, type TeamListQuery } from '../../../src/domain/team/team.query';
import { createTeam, setTeamGrantsRole } from '../../../src/domain/team/team.service';
import type { Team } from '../../../src/domain/team/team.entity';
import { deleteUser } from '../../../src/domain/user/user-lifecycle.service';
import { User } from '../../../src/domain/user/user.entity';
import { pinnedClock } from '../../support/clock';
import { createTestDatabase, type TestDatabase } from '../../support/db';

let db: TestDatabase;
let orgId: string;
let otherOrgId: string;
let users: string[];
let deletedUser: string;
const teams: Record<string, Team> = {};
const clock = pinnedClock();
let statements: string[] | null = null;

const context = (organizationId: string | null = orgId): DomainContext => ({
  em: db.orm.em, // as a request's context: the ORM's own EntityManager, never forked
  actor: systemActor(organizationId),
  requestId: 'req-query',
  now: clock,
});

async function seedUsers(organizationId: string, count: number, extra: Partial<User> = {}): Promise<string[]> {
  const em = db.orm.em.fork();
  const created = Array.from({ length: count }, () => {
    const name = `user-${randomUUID()}`;
    return em.create(User, { organizationId, userName: name, userNameKey: extra.deletedAt ? null : name, ...extra });
  });
  await em.flush();
  return created.map((u) => u.id).sort();
}

const names = async (query: Partial<TeamListQuery>, organizationId: string | null = orgId): Promise<string[]> =>
  (await listTeams(context(organizationId), { first: 100, ...query })).nodes.map((t) => t.displayName);

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements?.push(sql) });
  orgId = (await createOrganization(context(null), { name: 'Query Org' })).id;
  otherOrgId = (await createOrganization(context(null), { name: 'Other Query Org' })).id;
  users = await seedUsers(orgId, 5);
  [deletedUser] = await seedUsers(orgId, 1);
  teams.alpha = await createTeam(context(), { displayName: 'Alpha', externalId: 'EXT-a', memberIds: [...users.slice(0, 3), deletedUser] });
  teams.beta = await createTeam(context(), { displayName: 'beta', externalId: 'ext-b', memberIds: [users[3]] });
  teams.gamma = await createTeam(context(), { displayName: 'Gamma Ray' });
  teams.alpha = await setTeamGrantsRole(context(), teams.alpha.id, 'ADMIN');
  await createTeam(context(otherOrgId), { displayName: 'Alpha' });
  // A deleted member leaves every team: it is never listed nor counted.
  await deleteUser(context(), deletedUser);
});
afterAll(async () => db.close());

describe('listTeams', () => {
  it('lists only the actor organization, by creation by default', async () => {
    expect(await names({})).toEqual(['Alpha', 'beta', 'Gamma Ray']);
  });

  it.each<[string, TeamFilter, string[]]>([
    ['displayName eq, any case', { displayName: { eq: 'ALPHA' } }, ['Alpha']],
    ['displayName eq, caseExact', { displayName: { eq: 'ALPHA', caseExact: true } }, []],
    ['displayName co', { displayName: { co: 'ray' } }, ['Gamma Ray']],
    ['displayName sw', { displayName: { sw: 'B' } }, ['beta']],
    ['externalId is case-exact', { externalId: { eq: 'ext-a' } }, []],
    ['externalId eq', { externalId: { eq: 'EXT-a' } }, ['Alpha']],
    ['externalId present false', { externalId: { present: false } }, ['Gamma Ray']],
    ['grantsRole eq', { grantsRole: { eq: 'ADMIN' } }, ['Alpha']],
    ['grantsRole present false', { grantsRole: { present: false } }, ['beta', 'Gamma Ray']],
    ['id eq a non-UUID', { id: { eq: 'nope' } }, []],
    ['members present false', { members: { present: false } }, ['Gamma Ray']],
    ['or', { or: [{ displayName: { eq: 'beta' } }, { displayName: { eq: 'gamma ray' } }] }, ['beta', 'Gamma Ray']],
    ['not', { not: { displayName: { eq: 'alpha' } } }, ['beta', 'Gamma Ray']],
    ['and', { and: [{ displayName: { sw: 'a' } }, { externalId: { present: true } }] }, ['Alpha']],
  ])('filters by %s', async (_label, filter, expected) => {
    expect(await names({ filter })).toEqual(expected);
  });

  it('filters by id', async () => {
    expect(await names({ filter: { id: { in: [teams.beta.id.toUpperCase(), 'nope'] } } })).toEqual(['beta']);
  });

  it.each([
    ['eq', (id: string) => ({ eq: id }), ['Alpha']],
    ['in', (id: string) => ({ in: [id, randomUUID()] }), ['Alpha']],
    ['ne', (id: string) => ({ ne: id }), ['Alpha', 'beta']],
  ])('filters by members value %s', async (_label, value, expected) => {
    expect(await names({ filter: { members: { value: value(users[0]) } } })).toEqual(expected);
  });

  it('finds the team of a member as SCIM does: members[value eq "…"]', async () => {
    expect(await names({ filter: { members: { value: { eq: users[3] } } } })).toEqual(['beta']);
  });

  it.each([
    ['displayName', false, ['Alpha', 'beta', 'Gamma Ray']],
    ['displayName', true, ['Gamma Ray', 'beta', 'Alpha']],
    ['externalId', false, ['Alpha', 'beta', 'Gamma Ray']],
    ['createdAt', true, ['Gamma Ray', 'beta', 'Alpha']],
  ] as const)('sorts by %s (descending: %s)', async (sort, descending, expected) => {
    expect(await names({ sort, descending })).toEqual(expected);
  });

  it('pages with a cursor and counts the total', async () => {
    const first = await listTeams(context(), { first: 2, sort: 'displayName' });
    expect(first.nodes.map((t) => t.displayName)).toEqual(['Alpha', 'beta']);
    expect(first.hasNextPage).toBe(true);
    await expect(first.totalCount()).resolves.toBe(3);
    const second = await listTeams(context(), { first: 2, sort: 'displayName', after: first.endCursor });
    expect(second.nodes.map((t) => t.displayName)).toEqual(['Gamma Ray']);
    expect(second.hasNextPage).toBe(false);
  });

  it('counts the total of a filtered list', async () => {
    const page = await listTeams(context(), { first: 1, filter: { displayName: { co: 'a' } } });
    await expect(page.totalCount()).resolves.toBe(3);
  });

  it.each<[string, Partial<TeamListQuery>, string]>([
    ['a negative first', { first: -1 }, 'first'],
    ['a negative offset', { offset: -2 }, 'offset'],
    ['both after and offset', { after: 'x', offset: 1 }, 'offset'],
  ])('refuses %s', async (_label, query, field) => {
    await expect(listTeams(context(), { first: 10, ...query })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
  });

  it('pages by offset', async () => {
    expect(await names({ offset: 1, first: 1 })).toEqual(['beta']);
  });
});

describe('team members', () => {
  it('pages through members in user id order, without deleted users', async () => {
    const first = await listTeamMembers(context(), teams.alpha.id, { first: 2 });
    expect(first.nodes.map((u) => u.id)).toEqual(users.slice(0, 2));
    expect(first.hasNextPage).toBe(true);
    const rest = await listTeamMembers(context(), teams.alpha.id, { first: 2, after: first.endCursor });
    expect(rest.nodes.map((u) => u.id)).toEqual(expect.arrayContaining([users[2]]));
    expect(rest.nodes.map((u) => u.id)).not.toContain(deletedUser);
    expect(rest.hasNextPage).toBe(false);
  });

  it('counts members', async () => {
    await expect((await listTeamMembers(context(), teams.beta.id, { first: 1 })).totalCount()).resolves.toBe(1);
    const counts = await countTeamMembers(context(), [teams.beta, teams.gamma]);
    expect([...counts]).toEqual([[teams.beta.id, 1], [teams.gamma.id, 0]]);
  });

  it('rejects a foreign cursor', async () => {
    const page = await listTeams(context(), { first: 1 });
    await expect(listTeamMembers(context(), teams.alpha.id, { first: 1, after: page.endCursor })).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it("answers NOT_FOUND for another organization's team", async () => {
    await expect(listTeamMembers(context(otherOrgId), teams.alpha.id, { first: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('slices several teams in one statement', async () => {
    statements = [];
    const slices = await memberSlices(context(), [teams.alpha, teams.beta, teams.gamma], { first: 1 });
    expect(statements).toHaveLength(1);
    statements = null;
    expect(slices.get(teams.alpha.id)).toEqual({ userIds: [users[0]], hasNextPage: true });
    expect(slices.get(teams.beta.id)).toEqual({ userIds: [users[3]], hasNextPage: false });
    expect(slices.get(teams.gamma.id)).toEqual({ userIds: [], hasNextPage: false });
  });
});

describe('teamsOfUsers', () => {
  it('loads the teams of several users in one statement', async () => {
    statements = [];
    const result = await teamsOfUsers(context(), [users[0], users[3], users[4]].map((id) => ({ organizationId: orgId, id })));
    expect(statements).toHaveLength(1);
    statements = null;
    expect(result.get(users[0])?.map((t) => t.displayName)).toEqual(['Alpha']);
    expect(result.get(users[3])?.map((t) => t.displayName)).toEqual(['beta']);
    expect(result.get(users[4])).toEqual([]);
    expect(result.get(users[0])?.[0]).toMatchObject({ grantsRole: 'ADMIN', createdAt: expect.any(Date) });
  });

  it("ignores users of another organization than the actor's", async () => {
    const result = await teamsOfUsers(context(otherOrgId), [{ organizationId: orgId, id: users[0] }]);
    expect(result.get(users[0])).toEqual([]);
  });
});
