import { systemActor, type DomainContext } from '../../src/domain/context';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { TeamMember } from '../../src/domain/team/team-member.entity';
import { Team } from '../../src/domain/team/team.entity';
import { pinnedClock } from '../support/clock';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { graphqlData, runGraphQL, tokenActor } from '../support/graphql';

let db: TestDatabase;
let orgId: string;
const clock = pinnedClock();
const statements: string[] = [];
const NAMES = ['ann', 'Bob', 'cat', 'dan', 'eve', 'fay', 'gus', 'hal', 'ivy', 'jon'];

const reader = () => tokenActor(orgId, 'read');
const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
  graphqlData<T>(db.orm, reader(), query, variables, clock);

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  const ctx: DomainContext = { em: db.orm.em.fork(), actor: systemActor(null), requestId: null, now: clock };
  orgId = (await createOrganization(ctx, { name: 'GraphQL User Lists' })).id;
  const ids: string[] = [];
  for (const [i, name] of NAMES.entries()) {
    const input = {
      userName: `${name}@example.com`,
      displayName: name.toUpperCase(),
      title: i % 2 ? null : ['Lead', 'Chef', 'Lead', 'Aide', 'Chef'][i / 2],
      active: i % 3 !== 0,
      idpRole: i === 0 ? 'ADMIN' : null,
      emails: [{ value: `${name}@example.com`, type: i % 2 ? 'home' : 'work' }],
      phoneNumbers: [{ value: `+1 555 010${i}` }],
    };
    const data = await graphqlData(db.orm, tokenActor(orgId, 'scim'), `mutation ($input: UserInput!) { createUser(input: $input) { id } }`, { input }, clock);
    ids.push(data.createUser.id);
  }
  const em = db.orm.em.fork();
  const team = em.create(Team, { organizationId: orgId, displayName: 'Admins', displayNameKey: 'admins', grantsRole: 'ADMIN', createdAt: clock(), updatedAt: clock() });
  em.create(TeamMember, { organizationId: orgId, teamId: team.id, userId: ids[1], createdAt: clock() });
  await em.flush();
});
afterAll(async () => db.close());

const USERS = `query ($filter: UserFilterInput, $orderBy: UserOrderInput, $first: Int, $after: String, $offset: Int, $last: Int, $before: String) {
  users(filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset, last: $last, before: $before) {
    totalCount nodes { userName } pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
  }
}`;

const userNames = (data: Record<string, any>): string[] => data.users.nodes.map((n: { userName: string }) => n.userName.split('@')[0]);

describe('Query.users', () => {
  it('filters in the database and counts the matches', async () => {
    const data = await gql(USERS, { filter: { active: { eq: true }, emails: { type: { eq: 'home' } } }, orderBy: { field: 'USER_NAME', direction: 'ASC' }, first: 10 });
    expect(userNames(data)).toEqual(['Bob', 'fay', 'hal']);
    expect(data.users.totalCount).toBe(3);
  });

  it('combines or/not filters', async () => {
    const filter = { or: [{ userName: { sw: 'b' } }, { displayName: { eq: 'jon' } }], not: { active: { eq: false } } };
    const data = await gql(USERS, { filter, orderBy: { field: 'USER_NAME' }, first: 10 });
    expect(userNames(data)).toEqual(['Bob']);
  });

  it('pages by offset, descending', async () => {
    const data = await gql(USERS, { orderBy: { field: 'USER_NAME', direction: 'DESC' }, first: 3, offset: 2 });
    expect(userNames(data)).toEqual(['hal', 'gus', 'fay']);
    expect(data.users.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(data.users.totalCount).toBe(10);
  });

  it('pages by cursor until the end', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: Record<string, any> = await gql(USERS, { first: 4, after });
      seen.push(...userNames(data));
      if (!data.users.pageInfo.hasNextPage) break;
      after = data.users.pageInfo.endCursor;
    }
    expect(seen).toEqual(NAMES);
  });

  it('refuses a cursor that is not one of ours with INVALID_CURSOR', async () => {
    const result = await runGraphQL(db.orm, reader(), USERS, { first: 2, after: 'garbage' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
  });

  it('resolves roles and contacts of a page with a constant number of statements', async () => {
    const query = `{ users(first: 10) { totalCount nodes { userName role roleSource emails { value } phoneNumbers { value } } } }`;
    statements.length = 0;
    const data = await gql(query);
    expect(data.users.nodes).toHaveLength(10);
    expect(data.users.nodes.slice(0, 2).map((n: Record<string, unknown>) => [n.role, n.roleSource])).toEqual([['ADMIN', 'IDP_ATTRIBUTE'], ['ADMIN', 'TEAM_GRANT']]);
    // users page with their contacts (it holds every user, so the total needs no count), organization, team grants
    expect(statements.filter((s) => /^\[query\] select/i.test(s))).toHaveLength(3);
  });

  it("reads a page's users with their contacts and teams in one statement", async () => {
    const query = `{ users(first: 10, orderBy: { field: DISPLAY_NAME, direction: DESC }) { nodes { userName emails { value type } phoneNumbers { value } teams { displayName } } } }`;
    statements.length = 0;
    const data = await gql(query);
    expect(statements.filter((s) => /^\[query\] select/i.test(s))).toHaveLength(1);
    expect(userNames(data)).toEqual([...NAMES].reverse());
    const bob = data.users.nodes.find((n: Record<string, any>) => n.userName === 'Bob@example.com');
    expect(bob).toEqual({ userName: 'Bob@example.com', emails: [{ value: 'Bob@example.com', type: 'home' }], phoneNumbers: [{ value: '+1 555 0101' }], teams: [{ displayName: 'Admins' }] });
    expect(data.users.nodes.find((n: Record<string, any>) => n.userName === 'ann@example.com').teams).toEqual([]);
  });

  it('reads neither contacts nor teams when they are not selected, or left out by @include', async () => {
    statements.length = 0;
    const query = `query ($teams: Boolean!) { users(first: 10) { nodes { ...U } } } fragment U on User { userName teams @include(if: $teams) { id } }`;
    const data = await gql(query, { teams: false });
    expect(data.users.nodes[0]).toEqual({ userName: 'ann@example.com' });
    const selects = statements.filter((s) => /^\[query\] select/i.test(s));
    expect(selects).toHaveLength(1);
    expect(selects[0]).not.toMatch(/user_contacts|team_members/);
  });

  it('reads a user by id with its contacts and teams in one statement', async () => {
    const { users } = await gql(`{ users(first: 2) { nodes { id } } }`);
    statements.length = 0;
    const data = await gql(`query ($id: ID!) { user(id: $id) { userName emails { value } teams { displayName } } }`, { id: users.nodes[1].id });
    expect(data.user).toEqual({ userName: 'Bob@example.com', emails: [{ value: 'Bob@example.com' }], teams: [{ displayName: 'Admins' }] });
    expect(statements.filter((s) => /^\[query\] select/i.test(s))).toHaveLength(1);
  });

  it('does not count when totalCount is not selected', async () => {
    statements.length = 0;
    await gql(`{ users(first: 2) { nodes { id } } }`);
    expect(statements.filter((s) => /count\(/i.test(s))).toHaveLength(0);
  });
});

describe('Query.users across organizations (an internal token)', () => {
  it('finds every organization\'s user of a userName, where one organization has one at most', async () => {
    const ctx: DomainContext = { em: db.orm.em.fork(), actor: systemActor(null), requestId: null, now: clock };
    const otherOrgId = (await createOrganization(ctx, { name: 'GraphQL User Lists, elsewhere' })).id;
    await graphqlData(db.orm, tokenActor(otherOrgId, 'scim'), `mutation { createUser(input: { userName: "ANN@example.com" }) { id } }`, {}, clock);
    const query = `{ users(filter: { userName: { eq: "ann@example.com" } }) { totalCount nodes { userName } } }`;
    const across = await graphqlData(db.orm, tokenActor(null, 'internal'), query, {}, clock);
    expect(across.users.nodes.map((n: { userName: string }) => n.userName).sort()).toEqual(['ANN@example.com', 'ann@example.com']);
    expect(across.users.totalCount).toBe(2);
    expect((await gql(query)).users.totalCount).toBe(1);
  });
});

describe('Query.users backwards (last/before)', () => {
  /** Every page from the end to the start with `last`/`before`, in list order. */
  async function walkBackwards(orderBy: Record<string, string>, size: number, filter: Record<string, unknown> | null = null): Promise<string[]> {
    const pages: string[][] = [];
    let before: string | null = null;
    for (;;) {
      const data: Record<string, any> = await gql(USERS, { orderBy, filter, last: size, before });
      pages.unshift(userNames(data));
      if (!data.users.pageInfo.hasPreviousPage) break;
      expect(data.users.pageInfo.hasNextPage).toBe(before !== null);
      before = data.users.pageInfo.startCursor;
    }
    return pages.flat();
  }

  async function walkForwards(orderBy: Record<string, string>, filter: Record<string, unknown> | null = null): Promise<string[]> {
    return userNames(await gql(USERS, { orderBy, filter, first: 100 }));
  }

  it.each([
    [{ field: 'USER_NAME', direction: 'ASC' }, 3],
    [{ field: 'USER_NAME', direction: 'DESC' }, 4],
    [{ field: 'CREATED_AT', direction: 'ASC' }, 1],
    // Half the users have no title: NULLs sort last ascending and first descending, in both directions of travel.
    [{ field: 'TITLE', direction: 'ASC' }, 3],
    [{ field: 'TITLE', direction: 'DESC' }, 3],
  ])('reads the same list from the end as from the start (%o, pages of %i)', async (orderBy, size) => {
    expect(await walkBackwards(orderBy, size)).toEqual(await walkForwards(orderBy));
  });

  it('steps back from a forward page to the page before it', async () => {
    const orderBy = { field: 'USER_NAME', direction: 'ASC' };
    const first: Record<string, any> = await gql(USERS, { orderBy, first: 4 });
    const second: Record<string, any> = await gql(USERS, { orderBy, first: 4, after: first.users.pageInfo.endCursor });
    expect(second.users.pageInfo.hasPreviousPage).toBe(true);
    const back: Record<string, any> = await gql(USERS, { orderBy, last: 4, before: second.users.pageInfo.startCursor });
    expect(userNames(back)).toEqual(userNames(first));
    expect(back.users.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true, endCursor: first.users.pageInfo.endCursor });
  });

  it('reads the first rows before a cursor with first and before', async () => {
    const orderBy = { field: 'USER_NAME', direction: 'ASC' };
    const page: Record<string, any> = await gql(USERS, { orderBy, first: 3, offset: 3 });
    const upTo: Record<string, any> = await gql(USERS, { orderBy, first: 10, before: page.users.pageInfo.startCursor });
    expect(userNames(upTo)).toEqual(['ann', 'Bob', 'cat']);
    expect(upTo.users.pageInfo.hasNextPage).toBe(true);
  });

  it('serves the last rows of a filtered list without a cursor', async () => {
    const filter = { active: { eq: true } };
    const data: Record<string, any> = await gql(USERS, { orderBy: { field: 'USER_NAME' }, filter, last: 2 });
    expect(userNames(data)).toEqual((await walkForwards({ field: 'USER_NAME' }, filter)).slice(-2));
    expect(data.users.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(data.users.totalCount).toBe(6);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['first and last together', { first: 2, last: 2 }, 'BAD_USER_INPUT', 'last'],
    ['offset with last', { last: 2, offset: 1 }, 'BAD_USER_INPUT', 'offset'],
    ['a negative last', { last: -1 }, 'BAD_USER_INPUT', 'last'],
    ['a before cursor that is not ours', { last: 2, before: 'garbage' }, 'INVALID_CURSOR', 'before'],
    ['a before cursor whose date is no date', { last: 2, before: Buffer.from(JSON.stringify(['createdAt', 0, 'not a date', '7f4bc6a7-0000-4000-8000-000000000000'])).toString('base64url') }, 'INVALID_CURSOR', 'before'],
    ['an after cursor whose id is no UUID', { first: 2, after: Buffer.from(JSON.stringify(['createdAt', 0, '2026-01-01T00:00:00.000Z', 'x'])).toString('base64url') }, 'INVALID_CURSOR', 'after'],
  ])('refuses %s with %s', async (_label, variables, code, field) => {
    const result = await runGraphQL(db.orm, reader(), USERS, variables);
    expect(result.errors?.[0].extensions).toMatchObject({ code, field });
  });

  it('refuses a cursor made for another order', async () => {
    const page: Record<string, any> = await gql(USERS, { orderBy: { field: 'USER_NAME' }, first: 2 });
    const result = await runGraphQL(db.orm, reader(), USERS, { orderBy: { field: 'DISPLAY_NAME' }, last: 2, before: page.users.pageInfo.endCursor });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'INVALID_CURSOR', field: 'before' });
  });
});
