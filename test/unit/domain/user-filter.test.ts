import { pinsEquality } from '../../../src/domain/query/paging';
import type { UserFilter } from '../../../src/domain/user/user.filter';
import { deleteUser } from '../../../src/domain/user/user-lifecycle.service';
import { listUsers, type ListUsersRequest } from '../../../src/domain/user/user.query';
import * as userService from '../../../src/domain/user/user.service';
import type { User } from '../../../src/domain/user/user.entity';
import { createTestDatabase, type TestDatabase } from '../../support/db';
import { userFixtures } from './user.fixtures';

/** The written user's row (the services also return its contact rows). */
const createUser = async (...args: Parameters<typeof userService.createUser>) => (await userService.createUser(...args)).user;

let db: TestDatabase;
const f = userFixtures(() => db.orm);
let org: string;
let team: string;
const seeded: Record<string, User> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  org = await f.organization();
  const ctx = () => f.ctx(org, 'scim');
  seeded.alice = await createUser(ctx(), {
    userName: 'alice@example.com', externalId: 'ExtA', displayName: 'Alice Liddell', nickName: 'Al', title: '100% Tester',
    name: { familyName: 'Liddell', givenName: 'Alice' }, locale: 'en-GB', userType: 'Employee', idpRole: 'ADMIN',
    emails: [{ value: 'Alice@Example.com', type: 'work', primary: true }, { value: 'alice@home.org', type: 'home' }],
    phoneNumbers: [{ value: '+1-555-0001', type: 'work' }],
    enterprise: { employeeNumber: '001', department: 'R_D', manager: { value: 'mgr-1' } },
  });
  seeded.bob = await createUser(ctx(), {
    userName: 'bob@example.com', externalId: 'exta', displayName: 'Bob Builder', title: 'Builder_1', userType: '',
    name: { familyName: 'Builder', givenName: 'Bob' }, active: false, idpRole: 'MEMBER',
    emails: [{ value: 'bob@work.com', type: 'work' }, { value: 'bob@example.com', type: 'home' }],
    enterprise: { department: 'RxD' },
  });
  seeded.carol = await createUser(ctx(), {
    userName: 'carol.smith@example.org', title: 'Tester', locale: 'de-DE',
    phoneNumbers: [{ value: '+1-555-0003', type: 'mobile', primary: true }],
  });
  seeded.dave = await createUser(ctx(), { userName: 'Dave_Underscore', displayName: 'Dave', title: '100 Tester', emails: [{ value: 'dave@example.com', type: 'work' }] });
  const erin = await createUser(ctx(), { userName: 'erin@example.com', title: 'Tester' });
  await deleteUser(ctx(), erin.id);
  await createUser(f.ctx(await f.organization(), 'scim'), { userName: 'alice@example.com', title: 'Tester' });
  team = await f.team(org, 'Guides', null, [seeded.dave.id]);
});
afterAll(async () => db.close());

const names = async (request: ListUsersRequest): Promise<string[]> =>
  (await listUsers(f.ctx(org), { sort: 'userName', ...request })).nodes.map((u) => u.userName.split(/[@_.]/)[0].toLowerCase());

describe('user filters', () => {
  it.each<[string, () => UserFilter, string[]]>([
    ['nothing', () => ({}), ['alice', 'bob', 'carol', 'dave']],
    ['userName eq, in another case', () => ({ userName: { eq: 'ALICE@example.com' } }), ['alice']],
    ['userName sw with a dot', () => ({ userName: { sw: 'carol.' } }), ['carol']],
    ['userName co "_" (not a wildcard)', () => ({ userName: { co: '_' } }), ['dave']],
    ['title co "100%" (not a wildcard)', () => ({ title: { co: '100%' } }), ['alice']],
    ['title ew "_1"', () => ({ title: { ew: '_1' } }), ['bob']],
    ['department sw "R_"', () => ({ department: { sw: 'r_' } }), ['alice']],
    ['externalId eq, case-exact', () => ({ externalId: { eq: 'ExtA' } }), ['alice']],
    ['externalId eq with caseExact false', () => ({ externalId: { eq: 'EXTA', caseExact: false } }), ['alice', 'bob']],
    ['externalId co, case-exact', () => ({ externalId: { co: 'xtA' } }), ['alice']],
    ['externalId present', () => ({ externalId: { present: true } }), ['alice', 'bob']],
    ['displayName not present', () => ({ displayName: { present: false } }), ['carol']],
    ['userType not present (empty counts as absent)', () => ({ userType: { present: false } }), ['bob', 'carol', 'dave']],
    ['name.familyName eq', () => ({ name: { familyName: { eq: 'liddell' } } }), ['alice']],
    ['displayName gt', () => ({ displayName: { gt: 'b' } }), ['bob', 'dave']],
    ['active eq false', () => ({ active: { eq: false } }), ['bob']],
    ['active ne false', () => ({ active: { ne: false } }), ['alice', 'carol', 'dave']],
    ['emails.value eq, case-insensitive', () => ({ emails: { value: { eq: 'alice@example.COM' } } }), ['alice']],
    ['emails type and value on the same element', () => ({ emails: { type: { eq: 'work' }, value: { eq: 'bob@example.com' } } }), []],
    ['emails type home and value ew', () => ({ emails: { type: { eq: 'home' }, value: { ew: '@example.com' } } }), ['bob']],
    ['emails primary and value co', () => ({ emails: { primary: { eq: true }, value: { co: 'WORK' } } }), ['bob']],
    ['emails present', () => ({ emails: {} }), ['alice', 'bob', 'dave']],
    ['no emails', () => ({ not: { emails: {} } }), ['carol']],
    ['emails element not of type work', () => ({ emails: { not: { type: { eq: 'work' } } } }), ['alice', 'bob']],
    ['emails element of type home or primary false', () => ({ emails: { or: [{ type: { eq: 'home' } }, { primary: { eq: false } }] } }), ['alice', 'bob']],
    ['phoneNumbers.value sw', () => ({ phoneNumbers: { value: { sw: '+1-555' } } }), ['alice', 'carol']],
    ['or', () => ({ or: [{ userName: { eq: 'bob@example.com' } }, { displayName: { eq: 'dave' } }] }), ['bob', 'dave']],
    ['or with an empty branch', () => ({ or: [{}, { userName: { eq: 'nobody' } }] }), ['alice', 'bob', 'carol', 'dave']],
    ['and with not', () => ({ and: [{ title: { co: 'tester' } }, { not: { title: { co: '100' } } }] }), ['carol']],
    ['not', () => ({ not: { active: { eq: true } } }), ['bob']],
    ['managerValue eq', () => ({ managerValue: { eq: 'MGR-1' } }), ['alice']],
    ['employeeNumber eq', () => ({ employeeNumber: { eq: '001' } }), ['alice']],
    ['idpRole eq admin', () => ({ idpRole: { eq: 'admin' } }), ['alice']],
    ['locale sw', () => ({ locale: { sw: 'EN' } }), ['alice']],
    ['id eq', () => ({ id: { eq: seeded.alice.id.toUpperCase() } }), ['alice']],
    ['id in, ignoring non-UUIDs', () => ({ id: { in: [seeded.bob.id, 'junk'] } }), ['bob']],
    ['id eq a non-UUID', () => ({ id: { eq: 'junk' } }), []],
    ['id ne', () => ({ id: { ne: seeded.alice.id } }), ['bob', 'carol', 'dave']],
    ['teamId eq', () => ({ teamId: { eq: team } }), ['dave']],
    ['teamId ne', () => ({ teamId: { ne: team } }), ['alice', 'bob', 'carol']],
    ['createdAt gt', () => ({ createdAt: { gt: seeded.carol.createdAt } }), ['dave']],
    ['createdAt le', () => ({ createdAt: { le: seeded.alice.createdAt } }), ['alice']],
    ['createdAt eq', () => ({ createdAt: { eq: seeded.bob.createdAt } }), ['bob']],
    ['updatedAt present', () => ({ updatedAt: { present: true } }), ['alice', 'bob', 'carol', 'dave']],
  ])('%s', async (_label, filter, expected) => {
    expect(await names({ filter: filter() })).toEqual(expected);
  });
});

describe('an empty co, sw or ew operand holds for every value, case-exact or not', () => {
  // RFC 7644 §3.4.2.2: "" is a substring, a prefix and a suffix of every value (bob's userType is "").
  const holders = { externalId: ['alice', 'bob'], title: ['alice', 'bob', 'carol', 'dave'], userType: ['alice', 'bob'] } as const;
  const cases = Object.entries(holders).flatMap(([attribute, expected]) =>
    (['co', 'sw', 'ew'] as const).flatMap((op) => [true, false].map((caseExact) => [attribute, op, caseExact, expected] as const)),
  );
  it.each(cases)('%s %s "" with caseExact %s', async (attribute, op, caseExact, expected) => {
    expect(await names({ filter: { [attribute]: { [op]: '', caseExact } } })).toEqual(expected);
  });
});

describe('user lists', () => {
  it('pages by offset with a total over every page', async () => {
    const page = await listUsers(f.ctx(org), { sort: 'userName', first: 2, offset: 1 });
    expect(page.nodes.map((u) => u.userName)).toEqual(['bob@example.com', 'carol.smith@example.org']);
    expect(page).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    await expect(page.totalCount()).resolves.toBe(4);
  });

  it('counts only what the filter matches', async () => {
    const page = await listUsers(f.ctx(org), { filter: { userName: { co: 'example' } }, first: 1 });
    await expect(page.totalCount()).resolves.toBe(3);
  });

  it('pages by cursor, descending, with missing values first', async () => {
    const first = await listUsers(f.ctx(org), { sort: 'displayName', descending: true, first: 2 });
    const second = await listUsers(f.ctx(org), { sort: 'displayName', descending: true, first: 2, after: first.endCursor });
    expect([...first.nodes, ...second.nodes].map((u) => u.displayName)).toEqual([null, 'Dave', 'Bob Builder', 'Alice Liddell']);
    expect(second.hasNextPage).toBe(false);
  });

  it('lists in creation order by default', async () => {
    expect(await names({ sort: null })).toEqual(['alice', 'bob', 'carol', 'dave']);
  });

  it('refuses a cursor made for another order', async () => {
    const page = await listUsers(f.ctx(org), { sort: 'userName', first: 1 });
    await expect(listUsers(f.ctx(org), { sort: 'createdAt', after: page.endCursor })).rejects.toMatchObject({ code: 'INVALID_CURSOR', details: { field: 'after' } });
  });

  it('refuses after and offset together', async () => {
    const page = await listUsers(f.ctx(org), { first: 1 });
    await expect(listUsers(f.ctx(org), { after: page.endCursor, offset: 2 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('pinsEquality', () => {
  const pins = (filter: UserFilter | null): boolean => pinsEquality(filter, 'userName');
  it('holds for userName eq at the top or in an and, and for nothing that may match two users', () => {
    expect(pins({ userName: { eq: 'a@example.com' } })).toBe(true);
    expect(pins({ active: { eq: true }, and: [{ title: { eq: 'x' } }, { userName: { eq: 'a@example.com' } }] })).toBe(true);
    expect(pins({ userName: { sw: 'a' } })).toBe(false);
    expect(pins({ externalId: { eq: 'x' } })).toBe(false);
    expect(pins({ or: [{ userName: { eq: 'a@example.com' } }, { userName: { eq: 'b@example.com' } }] })).toBe(false);
    expect(pins({ not: { userName: { eq: 'a@example.com' } } })).toBe(false);
    expect(pins(null)).toBe(false);
  });
});
