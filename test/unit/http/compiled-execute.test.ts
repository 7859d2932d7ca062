import { buildSchema, execute, parse, type DocumentNode } from 'graphql';
import { createCompiledExecute } from '../../../src/http/compiled-execute';

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
    ['a leaf comparison', { filter: { userName: { eq: 'a' } }, first: 1 }, true],
    ['two leaves and a nested input that does not recurse', { filter: { userName: { in: ['a', 'b'] }, active: false, name: { given: { eq: 'x' } } } }, true],
    ['an explicit null field', { filter: { userName: null, active: true } }, true],
    ['an empty filter', { filter: {} }, true],
    ['an `and`', { filter: { and: [{ userName: { eq: 'a' } }] } }, false],
    ['a `not` beside a leaf', { filter: { userName: { eq: 'a' }, not: { active: true } } }, false],
    ['no filter', { first: 2 }, true],
    ['a null filter', { filter: null }, true],
    ['a filter that is not an object', { filter: 'userName eq "a"' }, false],
  ])('%s: compiled %s, and the same arguments as graphql-js gives', async (_name, variables, compiled) => {
    expect(run.compiledRun(USERS, variables)).toBe(compiled);
    const expected = await byGraphqlJs(USERS, variables);
    const actual = await run(USERS, variables, undefined);
    expect(actual.errors?.map((e) => e.message)).toEqual(expected.errors?.map((e) => e.message));
    expect(actual.data).toEqual(expected.data);
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
