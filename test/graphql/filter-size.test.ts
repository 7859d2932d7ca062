import { systemActor, type DomainContext } from '../../src/domain/context';
import { MAX_CONDITION_TERMS, MAX_CONDITION_VALUES } from '../../src/domain/query/conditions';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { pinnedClock } from '../support/clock';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { graphqlData, runGraphQL, tokenActor } from '../support/graphql';

/**
 * Filters as large and as deep as the README's input limits allow (32 nested and/or/not levels,
 * the list's own tenant scope being one of them; 30,000 compared values) answer on SQLite as on
 * PostgreSQL. SQLite parses `a or b or …` as a tree as deep as the list is long and gave up past
 * 1,000 terms ("Expression tree is too large", a 500), and its parser's stack, about 100 symbols,
 * overflowed on 30 levels each opening its nested filter last ("parser stack overflow").
 */
let db: TestDatabase;
let orgId: string;
let teamId: string;
const clock = pinnedClock();
const NAMES = ['ann', 'bob', 'cat', 'dan', 'eve'];

const reader = () => tokenActor(orgId, 'read');
const admin = () => tokenActor(orgId, 'admin');

type Filter = Record<string, unknown>;
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const uuid = (i: number): string => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
/** `{ or: [...] }` of `n` filters, made by `term`, that also holds the real `last` filters. */
const anyOfMany = (n: number, term: (i: number) => Filter, last: Filter[] = []): Filter => ({ or: [...range(n - last.length).map(term), ...last] });
/**
 * `levels` levels alternating `{ or: [{ title eq "t<level>" }, …extra, inner] }` (a title no user
 * has) and `{ and: [{ active eq true }, …extra, inner] }` (every user): what matches `inner` matches.
 */
const alternating = (levels: number, inner: Filter, extra: (level: number, and: boolean) => Filter[] = () => []): Filter => {
  let filter = inner;
  for (let level = 0; level < levels; level += 1) {
    const and = level % 2 === 1;
    filter = and ? { and: [{ active: { eq: true } }, ...extra(level, and), filter] } : { or: [{ title: { eq: `t${level}` } }, ...extra(level, and), filter] };
  }
  return filter;
};
/** `levels` levels of `{ or: [{ title eq … }, inner] }`: the nested list last at every level. */
const nestedOr = (levels: number, inner: Filter): Filter => (levels === 0 ? inner : { or: [{ title: { eq: `t${levels}` } }, nestedOr(levels - 1, inner)] });
const nots = (levels: number, inner: Filter): Filter => (levels === 0 ? inner : { not: nots(levels - 1, inner) });
const userNameIs = (i: number): Filter => ({ userName: { eq: `nobody${i}@example.com` } });

beforeAll(async () => {
  db = await createTestDatabase();
  const ctx: DomainContext = { em: db.orm.em.fork(), actor: systemActor(null), requestId: null, now: clock };
  orgId = (await createOrganization(ctx, { name: 'Filter sizes' })).id;
  const ids: string[] = [];
  for (const name of NAMES) {
    const input = { userName: `${name}@example.com`, emails: [{ value: `${name}@mail.example`, type: 'work' }] };
    const data = await graphqlData(db.orm, tokenActor(orgId, 'scim'), 'mutation ($input: UserInput!) { createUser(input: $input) { id } }', { input }, clock);
    ids.push(data.createUser.id);
  }
  const team = await graphqlData(db.orm, admin(), 'mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }', { input: { displayName: 'Readers', memberIds: ids.slice(0, 2) } }, clock);
  teamId = team.createTeam.id;
});
afterAll(async () => db.close());

const count = async (list: 'users' | 'teams', filter: Filter) => {
  const input = list === 'users' ? 'UserFilterInput' : 'TeamFilterInput';
  return runGraphQL(db.orm, reader(), `query ($f: ${input}) { ${list}(filter: $f) { totalCount } }`, { f: filter }, clock);
};

describe('long and/or lists', () => {
  it.each<[string, 'users' | 'teams', () => Filter, number]>([
    ['users: or of 1,001 userName eq', 'users', () => anyOfMany(1001, userNameIs, [{ userName: { eq: 'ann@example.com' } }]), 1],
    ['users: or of 30,000 userName eq (the values limit)', 'users', () => anyOfMany(MAX_CONDITION_VALUES, userNameIs, [{ userName: { eq: 'bob@example.com' } }]), 1],
    ['users: and of 1,001 userName ne', 'users', () => ({ and: range(1001).map((i) => ({ userName: { ne: `nobody${i}@example.com` } })) }), NAMES.length],
    ['users: or of 1,001 teamId eq', 'users', () => anyOfMany(1001, (i) => ({ teamId: { eq: uuid(i) } }), [{ teamId: { eq: teamId } }]), 2],
    ['users: or of 1,001 emails', 'users', () => anyOfMany(1001, (i) => ({ emails: { value: { eq: `x${i}@mail.example` } } }), [{ emails: { value: { eq: 'cat@mail.example' } } }]), 1],
    ['users: or of 1,001 presence tests (no values)', 'users', () => anyOfMany(1001, () => ({ title: { present: true } }), [{ active: { eq: true } }]), NAMES.length],
    ['teams: or of 1,001 displayName eq', 'teams', () => anyOfMany(1001, (i) => ({ displayName: { eq: `team ${i}` } }), [{ displayName: { eq: 'readers' } }]), 1],
    ['teams: and of 1,001 displayName ne', 'teams', () => ({ and: range(1001).map((i) => ({ displayName: { ne: `team ${i}` } })) }), 1],
  ])('%s', async (_case, list, filter, expected) => {
    const result = await count(list, filter());
    expect(result).toEqual({ data: { [list]: { totalCount: expected } } });
  });
});

describe('filters nested as deep as allowed', () => {
  const bottom: Filter = { userName: { eq: 'dan@example.com' } };
  it.each<[string, () => Filter, number]>([
    ['or nested 31 deep, each nested list last', () => nestedOr(31, bottom), 1],
    ['and/or alternating 31 deep', () => alternating(31, bottom), 1],
    ['and/or alternating 31 deep, the effective role at the bottom', () => alternating(31, { role: { eq: 'MEMBER' } }), NAMES.length],
    ['and/or alternating 27 deep, an emails or at the bottom', () => alternating(27, { emails: { or: [{ value: { eq: 'dan@mail.example' } }, { type: { eq: 'y' } }] } }), 1],
    ['and/or alternating 31 deep, 60 values at every level', () => alternating(31, bottom, (level, and) => range(60).map((i) => ({ title: { [and ? 'ne' : 'co']: `d${level}.${i}` } }))), 1],
    ['30 nots around an or of 29,000', () => nots(30, anyOfMany(29_000, userNameIs, [bottom])), 1],
  ])('%s', async (_case, filter, expected) => {
    const result = await count('users', filter());
    expect(result).toEqual({ data: { users: { totalCount: expected } } });
  });
});

describe('comparisons past the limit', () => {
  it.each<[string, () => Filter]>([
    ['an and of ne', () => ({ and: range(MAX_CONDITION_TERMS + 1).map((i) => ({ title: { ne: `t${i}` } })) })],
    ['an or of co', () => anyOfMany(MAX_CONDITION_TERMS + 1, (i) => ({ title: { co: `t${i}` } }))],
    ['an or of equalities on two attributes alternating with co', () => anyOfMany(MAX_CONDITION_TERMS + 1, (i) => (i % 2 ? { title: { co: `t${i}` } } : { nickName: { sw: `n${i}` } }))],
  ])('are refused with BAD_USER_INPUT naming filter, before SQL is compiled: %s', async (_case, filter) => {
    const result = await count('users', filter());
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter' }, message: expect.stringContaining(`at most ${MAX_CONDITION_TERMS}`) });
  });

  it('refuses an or of equalities past the values limit, with no scope of its own beside it (an internal token)', async () => {
    const filter = anyOfMany(MAX_CONDITION_VALUES + 1, (i) => ({ displayName: { eq: `team ${i}` } }));
    const result = await runGraphQL(db.orm, tokenActor(null, 'internal'), 'query ($f: TeamFilterInput) { teams(filter: $f) { totalCount } }', { f: filter }, clock);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter' } });
  });

  it('count an or of equalities on one attribute as one', async () => {
    const result = await count('users', anyOfMany(MAX_CONDITION_TERMS * 5, userNameIs, [{ userName: { eq: 'eve@example.com' } }]));
    expect(result).toEqual({ data: { users: { totalCount: 1 } } });
  });
});
