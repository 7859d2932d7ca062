import { buildSchema, execute, parse, type DocumentNode } from 'graphql';
import { createSchema } from '../../../src/graphql/schema';
import { createCompiledExecute } from '../../../src/http/compiled-execute';
import { groupListVariables } from '../../../src/scim/mapping/group-list';
import { listQueryOf } from '../../../src/scim/mapping/list-query';
import { userListVariables } from '../../../src/scim/mapping/user-list';
import { ScimTeamsDocument } from '../../../src/scim/operations/groups.generated';
import { ScimUsersDocument } from '../../../src/scim/operations/users.generated';
import { GROUP_CATALOGUE, USER_CATALOGUE } from '../../../src/scim/schemas';

/**
 * A document with a filter of a recursive input type runs compiled (graphql-jit) when the filter
 * uses no recursive field, and through graphql-js otherwise; either way it answers exactly what
 * graphql-js answers for the document as written.
 */

const schema = buildSchema(`
  input StringFilter { eq: String, in: [String!] }
  input NameFilter { given: StringFilter }
  input Filter { userName: StringFilter, active: Boolean, name: NameFilter, and: [Filter!], not: Filter }
  type Query { users(filter: Filter, first: Int): String!, plain(n: Int!): Int! }
`);
const fields = schema.getQueryType()!.getFields();
// The resolver shows the arguments it was given, absent fields and all.
fields.users.resolve = (_source, args) => JSON.stringify(args, (_key, value) => (value === undefined ? '<undefined>' : value));
fields.plain.resolve = (_source, args: { n: number }) => args.n + 1;

const USERS = parse('query Users($filter: Filter, $first: Int) { users(filter: $filter, first: $first) }');
const PLAIN = parse('query Plain($n: Int!) { plain(n: $n) }');

const byGraphqlJs = (document: DocumentNode, variables: Record<string, unknown>) => execute({ schema, document, variableValues: variables });

describe('createCompiledExecute', () => {
  const run = createCompiledExecute(schema, [USERS, PLAIN]);

  it.each([
    ['a leaf comparison', true, { filter: { userName: { eq: 'a' } }, first: 1 }],
    ['two leaves and a nested input that does not recurse', true, { filter: { userName: { in: ['a', 'b'] }, active: false, name: { given: { eq: 'x' } } } }],
    ['an explicit null field', true, { filter: { userName: null, active: true } }],
    ['an empty filter', true, { filter: {} }],
    ['an `and`', false, { filter: { and: [{ userName: { eq: 'a' } }] } }],
    ['a `not` beside a leaf', false, { filter: { userName: { eq: 'a' }, not: { active: true } } }],
    ['no filter', true, { first: 2 }],
    ['a null filter', true, { filter: null }],
    ['a filter that is not an object', false, { filter: 'userName eq "a"' }],
  ])('%s: compiled %s, with the arguments graphql-js gives', async (_name, compiled, variables) => {
    expect(run.compiledRun(USERS, variables)).toBe(compiled);
    const expected = await byGraphqlJs(USERS, variables);
    const actual = await run(USERS, variables, undefined);
    expect(actual.errors?.map((e) => e.message)).toEqual(expected.errors?.map((e) => e.message));
    expect(actual.data).toEqual(expected.data);
  });

  it('runs a document whose filter is required, or has a default, through graphql-js', async () => {
    const required = parse('query Required($filter: Filter!) { users(filter: $filter) }');
    const withDefault = parse('query WithDefault($filter: Filter = { active: true }) { users(filter: $filter) }');
    expect(run.compiledRun(required, { filter: { active: true } })).toBe(false);
    expect(run.compiledRun(withDefault, {})).toBe(false);
    expect((await run(withDefault, {}, undefined)).data).toEqual((await byGraphqlJs(withDefault, {})).data);
  });

  it('runs a document without a recursive variable compiled', async () => {
    expect(run.compiledRun(PLAIN, { n: 1 })).toBe(true);
    expect((await run(PLAIN, { n: 1 }, undefined)).data).toEqual({ plain: 2 });
  });

  it('refuses a bad value inside a spread filter', async () => {
    const variables = { filter: { userName: { eq: 5 } } };
    expect(run.compiledRun(USERS, variables)).toBe(true);
    const result = await run(USERS, variables, undefined);
    expect(result.data ?? undefined).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/String cannot represent/);
  });
});

describe("the IdPs' list requests run compiled on the real schema", () => {
  const query = (filter: string | null) => ({ filter, sortBy: null, descending: false });
  const paging = { first: 100, offset: 0, withGroups: true, withTotal: false };
  let run: ReturnType<typeof createCompiledExecute>;

  beforeAll(async () => {
    run = createCompiledExecute(await createSchema(), [ScimUsersDocument, ScimTeamsDocument]);
  });

  it.each([
    ['Okta', 'userName eq "jane@example.com"'],
    ['Entra', 'externalId eq "0c9b1e5a"'],
    ['an unfiltered page', null],
  ])('Users: %s (%s)', (_client, filter) => {
    expect(run.compiledRun(ScimUsersDocument, { ...userListVariables(listQueryOf(USER_CATALOGUE, query(filter))), ...paging })).toBe(true);
  });

  it.each([
    ['Okta and Entra', 'displayName eq "Engineering"'],
    ['an unfiltered page', null],
  ])('Groups: %s (%s)', (_client, filter) => {
    expect(run.compiledRun(ScimTeamsDocument, { ...groupListVariables(listQueryOf(GROUP_CATALOGUE, query(filter))), ...paging })).toBe(true);
  });

  it('Users: a filter with `or` runs through graphql-js', () => {
    const variables = userListVariables(listQueryOf(USER_CATALOGUE, query('userName eq "a" or userName eq "b"')));
    expect(run.compiledRun(ScimUsersDocument, { ...variables, ...paging })).toBe(false);
  });
});
