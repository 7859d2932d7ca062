import { createTestApp, type TestApp } from '../support/app';
import { pinnedClock } from '../support/clock';
import { createScimClient, type ScimClient } from './users-client';

/**
 * RFC 7644 §3.4.2.3: strings sort by their attribute's caseExact, so the caseExact=false strings
 * (displayName, name.familyName, name.givenName, title) sort ignoring case, as userName does;
 * NULLs last ascending, first descending; equal values by id. Every page of a cursor walk (SCIM
 * RFC 9865 cursors, GraphQL after/before) keeps that order, forward and back.
 */
let t: TestApp;
let scim: ScimClient;
let admin: string;

type Sorted = { displayName: string | null; familyName: string | null; givenName: string | null; title: string | null };
/** Mixed case, NULLs and one tie ignoring case ("alpha", "ALPHA"), in no attribute's order. */
const USERS: Record<string, Sorted> = {
  u1: { displayName: 'alpha', familyName: 'delta', givenName: 'Bravo', title: 'charlie' },
  u2: { displayName: 'Bravo', familyName: 'Alpha', givenName: null, title: 'Delta' },
  u3: { displayName: 'charlie', familyName: null, givenName: 'alpha', title: 'bravo' },
  u4: { displayName: 'Delta', familyName: 'Charlie', givenName: 'delta', title: null },
  u5: { displayName: null, familyName: 'bravo', givenName: 'Charlie', title: 'Alpha' },
  u6: { displayName: 'ALPHA', familyName: 'echo', givenName: 'Echo', title: 'echo' },
};
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: pinnedClock() });
  scim = await createScimClient(t, 'sort');
  admin = (await t.createToken(scim.organizationId, 'read')).secret;
  for (const [userName, { displayName, familyName, givenName, title }] of Object.entries(USERS)) {
    const attributes = { displayName, title, name: { familyName, givenName } };
    ids[userName] = (await scim.createUser(userName, attributes)).id;
  }
});
afterAll(async () => t.close());

const SORTS = [
  ['displayName', 'displayName', 'DISPLAY_NAME'],
  ['name.familyName', 'familyName', 'FAMILY_NAME'],
  ['name.givenName', 'givenName', 'GIVEN_NAME'],
  ['title', 'title', 'TITLE'],
] as const;

/** The users in the order RFC 7644 asks for: the value ignoring case, then id; NULLs last ascending. */
function expected(key: keyof Sorted, descending: boolean): string[] {
  const rank = (userName: string): [number, string, string] => {
    const value = USERS[userName][key];
    return [value === null ? 1 : 0, value?.toLowerCase() ?? '', ids[userName]];
  };
  const ascending = Object.keys(USERS).sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0) || (x[2] < y[2] ? -1 : 1);
  });
  return descending ? ascending.reverse() : ascending;
}

const userNames = (body: { Resources: { userName: string }[] }): string[] => body.Resources.map((r) => r.userName);
const CASES = SORTS.flatMap(([sortBy, key, field]) => [false, true].map((descending) => [sortBy, descending, key, field] as const));

describe('SCIM sortBy', () => {
  it.each(CASES)('%s (descending: %s) ignores case', async (sortBy, descending, key) => {
    const { body } = await scim.call('get', `/Users?sortBy=${sortBy}&sortOrder=${descending ? 'descending' : 'ascending'}`).expect(200);
    expect(userNames(body)).toEqual(expected(key, descending));
  });

  it.each(CASES)('%s (descending: %s) walks by cursor, two at a time, forward and back', async (sortBy, descending, key) => {
    const query = `count=2&sortBy=${sortBy}&sortOrder=${descending ? 'descending' : 'ascending'}`;
    const pages: { Resources: { userName: string }[]; nextCursor?: string; previousCursor?: string }[] = [];
    for (let cursor = ''; pages.length === 0 || cursor; cursor = pages[pages.length - 1].nextCursor ?? '') {
      pages.push((await scim.call('get', `/Users?cursor=${cursor}&${query}`).expect(200)).body);
    }
    expect(pages.flatMap(userNames)).toEqual(expected(key, descending));
    const back = await scim.call('get', `/Users?cursor=${pages[2].previousCursor}&${query}`).expect(200);
    expect(userNames(back.body)).toEqual(userNames(pages[1]));
  });
});

describe('GraphQL users(orderBy)', () => {
  const USERS_PAGE = `query ($orderBy: UserOrderInput, $first: Int, $after: String, $last: Int, $before: String) {
    users(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) { nodes { userName } pageInfo { hasNextPage endCursor startCursor } }
  }`;
  const page = async (variables: Record<string, unknown>) => {
    const response = await t.graphql(admin, USERS_PAGE, variables).expect(200);
    expect(response.body.errors).toBeUndefined();
    return response.body.data.users as { nodes: { userName: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string; startCursor: string } };
  };

  it.each(CASES)('%s (descending: %s) ignores case, page after page, and back with before', async (_sortBy, descending, key, field) => {
    const orderBy = { field, direction: descending ? 'DESC' : 'ASC' };
    const seen: string[] = [];
    const starts: string[] = [];
    for (let after: string | null = null, more = true; more; ) {
      const { nodes, pageInfo } = await page({ orderBy, first: 4, after });
      seen.push(...nodes.map((n) => n.userName));
      starts.push(pageInfo.startCursor);
      [after, more] = [pageInfo.endCursor, pageInfo.hasNextPage];
    }
    expect(seen).toEqual(expected(key, descending));
    const back = await page({ orderBy, last: 4, before: starts[1] });
    expect(back.nodes.map((n) => n.userName)).toEqual(expected(key, descending).slice(0, 4));
  });
});
