import { systemActor, type DomainContext } from '../../src/domain/context';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { TeamMember } from '../../src/domain/team/team-member.entity';
import { User } from '../../src/domain/user/user.entity';
import { pinnedClock } from '../support/clock';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { graphqlData, runGraphQL, tokenActor } from '../support/graphql';

let db: TestDatabase;
let orgId: string;
let otherOrgId: string;
let users: string[];
let foreignUser: string;
const clock = pinnedClock();

const admin = () => tokenActor(orgId, 'admin');
const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, actor = admin()) =>
  graphqlData<T>(db.orm, actor, query, variables, clock);
const attempt = (query: string, variables: Record<string, unknown> = {}, actor = admin()) => runGraphQL(db.orm, actor, query, variables, clock);

async function seedUsers(organizationId: string, names: string[]): Promise<string[]> {
  const em = db.orm.em.fork();
  const created = names.map((name) => em.create(User, { organizationId, userName: name, userNameKey: name }));
  await em.flush();
  return created.map((u) => u.id);
}

const CREATE = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id displayName externalId grantsRole version memberCount } }`;
const createTeam = async (displayName: string, memberIds: string[] = [], externalId: string | null = null) =>
  (await gql(CREATE, { input: { displayName, memberIds, externalId } })).createTeam as { id: string; version: number };

beforeAll(async () => {
  db = await createTestDatabase();
  const ctx: DomainContext = { em: db.orm.em.fork(), actor: systemActor(null), requestId: null, now: clock };
  orgId = (await createOrganization(ctx, { name: 'GraphQL Teams' })).id;
  otherOrgId = (await createOrganization({ ...ctx, em: db.orm.em.fork() }, { name: 'GraphQL Elsewhere' })).id;
  users = (await seedUsers(orgId, ['ann', 'bob', 'cat', 'dan'])).sort();
  [foreignUser] = await seedUsers(otherOrgId, ['eve']);
});
afterAll(async () => db.close());

describe('team mutations', () => {
  it('creates a team and reads it back with its members', async () => {
    const created = await createTeam('Platform', [users[0], users[1]], 'okta-1');
    expect(created).toMatchObject({ displayName: 'Platform', externalId: 'okta-1', grantsRole: null, version: 1, memberCount: 2 });
    const data = await gql(`query ($id: ID!) { team(id: $id) { id displayName members(first: 10) { totalCount nodes { id userName } } } }`, { id: created.id });
    expect(data.team.members).toEqual({ totalCount: 2, nodes: [{ id: users[0], userName: expect.any(String) }, { id: users[1], userName: expect.any(String) }] });
  });

  it('refuses a duplicate displayName in any case', async () => {
    await createTeam('Duplicate');
    const result = await attempt(CREATE, { input: { displayName: 'DUPLICATE' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'ALREADY_EXISTS', field: 'displayName' });
  });

  it('updates with a matching version and refuses a stale one', async () => {
    const team = await createTeam('Versioned');
    const UPDATE = `mutation ($id: ID!, $v: Int) { updateTeam(id: $id, input: { displayName: "Versioned 2" }, ifVersion: $v) { displayName version } }`;
    const stale = await attempt(UPDATE, { id: team.id, v: 5 });
    expect(stale.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
    expect((await gql(UPDATE, { id: team.id, v: 1 })).updateTeam).toEqual({ displayName: 'Versioned 2', version: 2 });
  });

  it('deletes at a matching version and refuses a stale one, keeping the team', async () => {
    const team = await createTeam('Deleted At Version');
    const DELETE = `mutation ($id: ID!, $v: Int) { deleteTeam(id: $id, ifVersion: $v) }`;
    expect((await attempt(DELETE, { id: team.id, v: 2 })).errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
    expect((await gql(`query ($id: ID!) { team(id: $id) { version } }`, { id: team.id })).team).toEqual({ version: 1 });
    expect((await gql(DELETE, { id: team.id, v: 1 })).deleteTeam).toBe(team.id);
  });

  it('replaces fields and members', async () => {
    const team = await createTeam('To Replace', [users[0]], 'x');
    const data = await gql(
      `mutation ($id: ID!, $m: [ID!]!) { replaceTeam(id: $id, input: { displayName: "Replaced", memberIds: $m }) { displayName externalId version members { nodes { id } } } }`,
      { id: team.id, m: [users[2], users[3]] },
    );
    expect(data.replaceTeam).toEqual({ displayName: 'Replaced', externalId: null, version: 2, members: { nodes: [{ id: users[2] }, { id: users[3] }] } });
  });

  it('deletes a team', async () => {
    const team = await createTeam('Short Lived', [users[0]]);
    expect((await gql(`mutation ($id: ID!) { deleteTeam(id: $id) }`, { id: team.id })).deleteTeam).toBe(team.id);
    const gone = await attempt(`query ($id: ID!) { team(id: $id) { id } }`, { id: team.id });
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('adds, removes and replaces members, bumping the version only on change', async () => {
    const team = await createTeam('Members');
    const M = (op: string) => `mutation ($t: ID!, $u: [ID!]!) { ${op}(teamId: $t, userIds: $u) { version memberCount } }`;
    expect((await gql(M('addTeamMembers'), { t: team.id, u: [users[0], users[1]] })).addTeamMembers).toEqual({ version: 2, memberCount: 2 });
    expect((await gql(M('addTeamMembers'), { t: team.id, u: [users[0]] })).addTeamMembers).toEqual({ version: 2, memberCount: 2 });
    expect((await gql(M('removeTeamMembers'), { t: team.id, u: [users[0]] })).removeTeamMembers).toEqual({ version: 3, memberCount: 1 });
    expect((await gql(M('replaceTeamMembers'), { t: team.id, u: [users[2], users[3]] })).replaceTeamMembers).toEqual({ version: 4, memberCount: 2 });
  });

  it('reads each mutation field\'s selection afresh, after its own write', async () => {
    const team = await createTeam('Serial');
    const data = await gql(
      `mutation ($t: ID!, $u: [ID!]!) {
        added: addTeamMembers(teamId: $t, userIds: $u) { members(first: 10) { nodes { id } } }
        removed: removeTeamMembers(teamId: $t, userIds: $u) { members(first: 10) { nodes { id } } }
      }`,
      { t: team.id, u: [users[0]] },
    );
    expect(data.added.members.nodes).toEqual([{ id: users[0] }]);
    expect(data.removed.members.nodes).toEqual([]);
  });

  it('rejects a member from another organization with MEMBER_NOT_IN_ORGANIZATION, changing nothing', async () => {
    const team = await createTeam('Guarded', [users[0]]);
    const result = await attempt(`mutation ($t: ID!, $u: [ID!]!) { addTeamMembers(teamId: $t, userIds: $u) { id } }`, { t: team.id, u: [users[1], foreignUser] });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'MEMBER_NOT_IN_ORGANIZATION', field: 'members' });
    expect(result.errors?.[0].message).toContain(foreignUser);
    expect(await db.orm.em.fork().count(TeamMember, { teamId: team.id })).toBe(1);
  });

  it('lets an org admin set the granted role', async () => {
    const team = await createTeam('Granting');
    const data = await gql(`mutation ($t: ID!) { setTeamGrantsRole(teamId: $t, role: ADMIN) { grantsRole version } }`, { t: team.id });
    expect(data.setTeamGrantsRole).toEqual({ grantsRole: 'ADMIN', version: 2 });
    const cleared = await gql(`mutation ($t: ID!) { setTeamGrantsRole(teamId: $t, role: null) { grantsRole } }`, { t: team.id });
    expect(cleared.setTeamGrantsRole.grantsRole).toBeNull();
  });

  it("makes the members of an ADMIN-granting team effective admins, and only while they are members", async () => {
    const team = await createTeam('Admin Grant', [users[1]]);
    const ROLE = `query ($id: ID!) { user(id: $id) { role roleSource teams { displayName grantsRole } } }`;
    expect((await gql(ROLE, { id: users[1] })).user).toMatchObject({ role: 'MEMBER', roleSource: 'DEFAULT' });
    await gql(`mutation ($t: ID!) { setTeamGrantsRole(teamId: $t, role: ADMIN) { id } }`, { t: team.id });
    expect((await gql(ROLE, { id: users[1] })).user).toMatchObject({
      role: 'ADMIN',
      roleSource: 'TEAM_GRANT',
      teams: expect.arrayContaining([{ displayName: 'Admin Grant', grantsRole: 'ADMIN' }]),
    });
    await gql(`mutation ($t: ID!, $u: [ID!]!) { removeTeamMembers(teamId: $t, userIds: $u) { id } }`, { t: team.id, u: [users[1]] });
    expect((await gql(ROLE, { id: users[1] })).user).toMatchObject({ role: 'MEMBER', roleSource: 'DEFAULT' });
  });

  it.each([
    ['scim', 'mutation ($t: ID!) { setTeamGrantsRole(teamId: $t, role: ADMIN) { id } }'],
    ['read', 'mutation ($t: ID!) { addTeamMembers(teamId: $t, userIds: []) { id } }'],
    ['read', 'mutation { createTeam(input: { displayName: "Nope" }) { id } }'],
  ] as const)('refuses a %s token: %s', async (scope, query) => {
    const team = await createTeam(`Rights ${scope} ${query.length}`);
    const result = await attempt(query, { t: team.id }, tokenActor(orgId, scope));
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('team queries', () => {
  let ids: Record<string, string>;

  beforeAll(async () => {
    const other = { ...admin(), organizationId: otherOrgId };
    await gql(CREATE, { input: { displayName: 'Query Alpha' } }, other);
    ids = {
      alpha: (await createTeam('Query Alpha', [users[0], users[1], users[2]], 'q-a')).id,
      beta: (await createTeam('query beta', [users[3]], 'q-b')).id,
    };
  });

  it("answers NOT_FOUND for a non-UUID and for another organization's team", async () => {
    const foreign = await gql(CREATE, { input: { displayName: 'Their Team' } }, { ...admin(), organizationId: otherOrgId });
    for (const id of ['not-a-uuid', foreign.createTeam.id]) {
      const result = await attempt(`query ($id: ID!) { team(id: $id) { id } }`, { id }, tokenActor(orgId, 'read'));
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('filters by displayName case-insensitively and by member', async () => {
    const Q = `query ($f: TeamFilterInput) { teams(filter: $f) { totalCount nodes { displayName } } }`;
    expect((await gql(Q, { f: { displayName: { eq: 'QUERY ALPHA' } } })).teams).toEqual({ totalCount: 1, nodes: [{ displayName: 'Query Alpha' }] });
    expect((await gql(Q, { f: { displayName: { sw: 'query' }, members: { value: { eq: users[3] } } } })).teams.nodes).toEqual([{ displayName: 'query beta' }]);
    expect((await gql(Q, { f: { externalId: { eq: 'Q-A' } } })).teams.totalCount).toBe(0);
  });

  it("finds every organization's team of a displayName for an internal token, where one organization has one at most", async () => {
    const Q = `{ teams(filter: { displayName: { eq: "query alpha" } }) { totalCount nodes { displayName } } }`;
    expect((await gql(Q, {}, tokenActor(null, 'internal'))).teams).toEqual({ totalCount: 2, nodes: [{ displayName: 'Query Alpha' }, { displayName: 'Query Alpha' }] });
  });

  it('sorts and pages', async () => {
    const Q = `query ($after: String) { teams(filter: { displayName: { sw: "query" } }, orderBy: { field: DISPLAY_NAME, direction: DESC }, first: 1, after: $after) {
      nodes { displayName } pageInfo { hasNextPage endCursor } } }`;
    const first = (await gql(Q)).teams;
    expect(first.nodes).toEqual([{ displayName: 'query beta' }]);
    const second = (await gql(Q, { after: first.pageInfo.endCursor })).teams;
    expect(second).toEqual({ nodes: [{ displayName: 'Query Alpha' }], pageInfo: { hasNextPage: false, endCursor: expect.any(String) } });
  });

  it('pages through Team.members by cursor', async () => {
    const Q = `query ($id: ID!, $after: String) { team(id: $id) { members(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`;
    const first = (await gql(Q, { id: ids.alpha })).team.members;
    expect(first).toMatchObject({ totalCount: 3, nodes: [{ id: users[0] }, { id: users[1] }], pageInfo: { hasNextPage: true } });
    const rest = (await gql(Q, { id: ids.alpha, after: first.pageInfo.endCursor })).team.members;
    expect(rest).toMatchObject({ nodes: [{ id: users[2] }], pageInfo: { hasNextPage: false } });
  });

  it('refuses a member cursor whose id is not a UUID with INVALID_CURSOR', async () => {
    const Q = `query ($id: ID!, $after: String) { team(id: $id) { members(first: 2, after: $after) { nodes { id } } } }`;
    const forged = Buffer.from(JSON.stringify(['member', 0, null, 'not-a-uuid'])).toString('base64url');
    const result = await attempt(Q, { id: ids.alpha, after: forged });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
  });

  it('refuses a negative page size of Team.members with BAD_USER_INPUT, as every list does', async () => {
    const result = await attempt(`query ($id: ID!) { team(id: $id) { members(first: -1) { nodes { id } } } }`, { id: ids.alpha });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('resolves User.teams through the members of a team', async () => {
    const data = await gql(`query ($id: ID!) { team(id: $id) { members(first: 1) { nodes { id teams { id displayName } } } } }`, { id: ids.beta });
    expect(data.team.members.nodes[0].teams).toEqual(expect.arrayContaining([{ id: ids.beta, displayName: 'query beta' }]));
  });
});

describe('statement counts', () => {
  let statements: string[] | null = null;
  let counted: TestDatabase;
  let orgOfCounted: string;

  beforeAll(async () => {
    counted = await createTestDatabase({ onQuery: (sql) => statements?.push(sql) });
    const ctx: DomainContext = { em: counted.orm.em.fork(), actor: systemActor(null), requestId: null, now: clock };
    const org = (await createOrganization(ctx, { name: 'Counted' })).id;
    const em = counted.orm.em.fork();
    const members = Array.from({ length: 10 }, (_, i) => em.create(User, { organizationId: org, userName: `u${i}`, userNameKey: `u${i}` }));
    await em.flush();
    for (let t = 0; t < 6; t += 1) {
      await graphqlData(counted.orm, tokenActor(org), CREATE, { input: { displayName: `T${t}`, memberIds: members.map((m) => m.id) } });
    }
    orgOfCounted = org;
  });
  afterAll(async () => counted.close());

  const QUERY = `query ($n: Int) { teams(first: $n) { nodes { id memberCount members(first: 10) { totalCount nodes { id teams { id } documents { id } } } } } }`;
  const count = async (n: number): Promise<number> => {
    statements = [];
    await graphqlData(counted.orm, tokenActor(orgOfCounted, 'read'), QUERY, { n });
    const total = statements.length;
    statements = null;
    return total;
  };

  it('reads N users with their teams and documents in two statements', async () => {
    const run = async (n: number): Promise<number> => {
      statements = [];
      await graphqlData(counted.orm, tokenActor(orgOfCounted, 'read'), `query ($n: Int) { users(first: $n) { nodes { id teams { id displayName } documents { id } } } }`, { n });
      const total = statements.length;
      statements = null;
      return total;
    };
    // The users with their teams, then their documents.
    expect(await run(2)).toBe(2);
    expect(await run(10)).toBe(2);
  });

  it('reads N teams with their members and the members’ teams in a fixed number of statements', async () => {
    const two = await count(2);
    expect(two).toBeGreaterThan(0);
    expect(await count(6)).toBe(two);
  });
});
