import { execute, parse } from 'graphql';
import { systemActor, type DomainContext } from '../../src/domain/context';
import { createContext } from '../../src/graphql/context';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { User } from '../../src/domain/user/user.entity';
import { pinnedClock } from '../support/clock';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { graphqlData, runGraphQL, testSchema, tokenActor } from '../support/graphql';
import { statementsRun } from '../support/sql';

let db: TestDatabase;
let orgId: string;
let users: string[];
const clock = pinnedClock();

const gql = (query: string, variables: Record<string, unknown> = {}) => graphqlData(db.orm, tokenActor(orgId, 'scim'), query, variables, clock);

const PATCH = `mutation ($id: ID!, $input: PatchTeamInput!, $v: Int) {
  patchTeam(id: $id, input: $input, ifVersion: $v) { displayName externalId version members(first: 10) { nodes { id } } }
}`;

async function newTeam(displayName: string, memberIds: string[]): Promise<string> {
  const data = await gql(`mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`, { input: { displayName, externalId: 'ext-1', memberIds } });
  return data.createTeam.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const ctx: DomainContext = { em: db.orm.em.fork(), actor: systemActor(null), requestId: null, now: clock };
  orgId = (await createOrganization(ctx, { name: 'GraphQL Patch' })).id;
  const em = db.orm.em.fork();
  const created = ['ann', 'bob', 'cat'].map((name) => em.create(User, { organizationId: orgId, userName: name, userNameKey: name }));
  await em.flush();
  users = created.map((u) => u.id).sort();
});
afterAll(async () => db.close());

describe('Mutation.patchTeam', () => {
  it('changes fields and members in one mutation, keeping an omitted externalId', async () => {
    const id = await newTeam('GraphQL Patch', [users[0]]);
    const data = await gql(PATCH, { id, input: { displayName: 'GraphQL Patched', addMemberIds: [users[1]], removeMemberIds: [users[0]] } });
    expect(data.patchTeam).toEqual({ displayName: 'GraphQL Patched', externalId: 'ext-1', version: 2, members: { nodes: [{ id: users[1] }] } });
  });

  it('clears externalId given as null and replaces the member list', async () => {
    const id = await newTeam('GraphQL Clear', [users[0]]);
    const data = await gql(PATCH, { id, input: { externalId: null, replaceMemberIds: [users[2]] }, v: 1 });
    expect(data.patchTeam).toMatchObject({ externalId: null, version: 2, members: { nodes: [{ id: users[2] }] } });
  });

  it('is refused to a read-only token', async () => {
    const id = await newTeam('GraphQL Read Only', []);
    const result = await runGraphQL(db.orm, tokenActor(orgId, 'read'), PATCH, { id, input: { displayName: 'No' } }, clock);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('what a patchTeam reads', () => {
  // MikroORM quotes table names (`teams`, "teams"); the team store does not. The lock a members-only
  // change takes on PostgreSQL before its rows (`select id … for update`) reads none of the team.
  const locksTeamRow = (sql: string): boolean => /^\s*select id from teams where .* for update\s*$/i.test(sql);
  const readsTeams = (sql: string): boolean => /^\s*select\b[\s\S]*\bfrom\s+[`"]?teams[`"]?\s/i.test(sql) && !locksTeamRow(sql);
  const teamReads = async (document: string, variables: Record<string, unknown>): Promise<string[]> =>
    (await statementsRun(db.orm, () => gql(document, variables))).map((s) => s.sql).filter(readsTeams);

  it('reads no team row for an Okta member push, the name it echoes already dropped by the SCIM door', async () => {
    const id = await newTeam('GraphQL Push', []);
    const PUSH = `mutation ($id: ID!, $input: PatchTeamInput!) { patchTeam(id: $id, input: $input) { id version } }`;
    expect(await teamReads(PUSH, { id, input: { addMemberIds: [users[0]] } })).toEqual([]);
  });

  it('reads no team row for addTeamMembers, removeTeamMembers or replaceTeamMembers', async () => {
    const id = await newTeam('GraphQL Members', [users[0]]);
    for (const name of ['addTeamMembers', 'removeTeamMembers', 'replaceTeamMembers']) {
      const document = `mutation ($id: ID!, $ids: [ID!]!) { ${name}(teamId: $id, userIds: $ids) { id version } }`;
      expect(await teamReads(document, { id, ids: [users[1]] })).toEqual([]);
    }
  });

  it('reads the team once, locked, for a rename', async () => {
    const id = await newTeam('GraphQL Rename', []);
    const reads = await teamReads(PATCH, { id, input: { displayName: 'GraphQL Renamed' } });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(db.config.driver === 'postgresql' ? / for update$/ : /\?$/);
  });
});

describe('a read and a patchTeam in one request, as the SCIM door runs a PATCH', () => {
  it('leaves the updatedAt the change wrote', async () => {
    const id = await newTeam('Read Then Rename', []);
    const contextValue = createContext({ orm: db.orm, actor: tokenActor(orgId, 'scim'), now: clock });
    const run = async (document: string) => {
      const result = await execute({ schema: await testSchema(), document: parse(document), variableValues: { id }, contextValue });
      expect(result.errors).toBeUndefined();
      return result.data as Record<string, any>;
    };
    const before = (await run(`query ($id: ID!) { team(id: $id) { updatedAt version } }`)).team;
    const after = (await run(`mutation ($id: ID!) { patchTeam(id: $id, input: { displayName: "Read Then Renamed" }) { updatedAt version } }`)).patchTeam;
    expect(after.version).toBe(before.version + 1);
    expect(after.updatedAt).not.toEqual(before.updatedAt);
    expect((await gql(`query ($id: ID!) { team(id: $id) { updatedAt version } }`, { id })).team).toEqual(after);
  });
});
