import { systemActor, type DomainContext } from '../../src/domain/context';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { User } from '../../src/domain/user/user.entity';
import { pinnedClock } from '../support/clock';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { graphqlData, runGraphQL, tokenActor } from '../support/graphql';

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
