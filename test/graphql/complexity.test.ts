import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import { loadConfig } from '../../src/config';
import { checkQueryLimits, introspectionBudget, measureCost, measureDepth, measureIntrospection } from '../../src/graphql/complexity';
import { testSchema } from '../support/graphql';

const schema = buildSchema(`
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type UserConnection { totalCount: Int! nodes: [User!]! pageInfo: PageInfo! }
  type Team { id: ID! members(first: Int = 50, after: String): UserConnection! }
  type User { id: ID! teams: [Team!]! manager: User }
  type Query { users(first: Int, last: Int, after: String, before: String): UserConnection! user(id: ID!): User }
`);

describe('query depth', () => {
  it.each([
    ['{ user(id: "1") { id } }', 2],
    ['{ user(id: "1") { manager { manager { id } } } }', 4],
    ['{ user(id: "1") { ...M } } fragment M on User { manager { id } }', 3],
    ['{ user(id: "1") { ... on User { manager { id } } } }', 3],
    ['{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', 0],
  ])('%s is %i deep', (query, depth) => {
    expect(measureDepth(parse(query))).toBe(depth);
  });

  it('measures the named operation only', () => {
    const document = parse('query A { user(id: "1") { id } } query B { user(id: "1") { manager { manager { id } } } }');
    expect(measureDepth(document, 'A')).toBe(2);
    expect(measureDepth(document, 'B')).toBe(4);
  });
});

describe('query cost', () => {
  it.each([
    ['a single object', '{ user(id: "1") { id } }', 2],
    ['a page multiplies by its size, once', '{ users(first: 10) { nodes { id } } }', 1 + 10 * (1 + 1)],
    ['a page without first or last counts the default page size, 50 rows', '{ users { totalCount } }', 1 + 50 * 1],
    ['a page counted backward multiplies by last', '{ users(last: 20) { nodes { id } } }', 1 + 20 * (1 + 1)],
    ['a declared default page size is used', '{ user(id: "1") { teams { members { totalCount } } } }', 1 + (1 + 10 * (1 + 50 * 1))],
    ['an unpaged list counts 10 rows', '{ user(id: "1") { teams { id } } }', 1 + (1 + 10 * 1)],
    ['introspection is free', '{ __schema { types { name } } }', 0],
  ])('%s', (_case, query, cost) => {
    expect(measureCost(schema, parse(query))).toBe(cost);
  });

  it('reads the page size from variables', () => {
    expect(measureCost(schema, parse('query($n: Int) { users(first: $n) { totalCount } }'), null, { n: 7 })).toBe(8);
  });
});

describe('checkQueryLimits', () => {
  const limits = { maxDepth: 3, maxCost: 100 };

  it('returns the measure of an acceptable operation', () => {
    expect(checkQueryLimits(schema, parse('{ user(id: "1") { id } }'), limits)).toEqual({ depth: 2, cost: 2 });
  });

  it.each([
    ['depth', '{ user(id: "1") { manager { manager { id } } } }', { limit: 'depth', maximum: 3, actual: 4 }],
    ['cost', '{ users(first: 100) { nodes { id } } }', { limit: 'cost', maximum: 100, actual: 201 }],
  ])('refuses an operation over the %s limit with TOO_COMPLEX naming it', (_limit, query, details) => {
    expect(() => checkQueryLimits(schema, parse(query), limits)).toThrow(expect.objectContaining({ code: 'TOO_COMPLEX', details }));
  });

  it('lets the full introspection query through', () => {
    expect(() => checkQueryLimits(schema, parse(getIntrospectionQuery()), { maxDepth: 1, maxCost: 1 })).not.toThrow();
  });

  it('refuses aliases that repeat the schema introspection past its budget, with TOO_COMPLEX naming it', () => {
    const one = '__schema { types { name fields { name type { name ofType { name } } } } }';
    const aliased = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: ${one}`).join(' ')} }`;
    const budget = introspectionBudget(schema);
    expect(measureIntrospection(schema, parse(aliased))).toBeGreaterThan(budget);
    expect(() => checkQueryLimits(schema, parse(aliased), limits)).toThrow(
      expect.objectContaining({ code: 'TOO_COMPLEX', details: expect.objectContaining({ limit: 'introspection', maximum: budget }) }),
    );
  });
});

describe('introspection cost', () => {
  it.each([
    ['each introspection field 1, a list times its longest length in the schema', '{ __schema { types { name } } }', 1 + 1 * (1 + Object.keys(schema.getTypeMap()).length * 1)],
    ['aliases add up', '{ a: __type(name: "User") { name } b: __type(name: "User") { name } }', 2 * (1 + 1)],
    ["the schema's own fields pass their selection through", '{ users(first: 10) { nodes { __typename } } }', 1],
    ['a query without introspection costs nothing', '{ user(id: "1") { id } }', 0],
  ])('%s', (_case, query, cost) => {
    expect(measureIntrospection(schema, parse(query))).toBe(cost);
  });
});

describe('the default limits on the real schema', () => {
  const { maxQueryCost, maxQueryDepth } = loadConfig({});

  it("let GraphiQL's full introspection through, not twice it in one operation", async () => {
    const real = await testSchema();
    const limits = { maxDepth: maxQueryDepth, maxCost: maxQueryCost };
    const full = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
    const body = full.slice(full.indexOf('__schema'), full.indexOf('fragment FullType'));
    const fragments = full.slice(full.indexOf('fragment FullType'));
    const times = (n: number) => parse(`query { ${Array.from({ length: n }, (_, i) => `s${i}: ${body.trim().replace(/}\s*$/, '')}`).join(' ')} } ${fragments}`);
    expect(() => checkQueryLimits(real, parse(full), limits)).not.toThrow();
    expect(() => checkQueryLimits(real, times(1), limits)).not.toThrow();
    expect(() => checkQueryLimits(real, times(2), limits)).toThrow(expect.objectContaining({ code: 'TOO_COMPLEX', details: expect.objectContaining({ limit: 'introspection' }) }));
  });

  it('let a dashboard query through on the default page sizes', async () => {
    const query = '{ teams { nodes { id displayName members(first: 50) { nodes { id userName teams { id } } } } } }';
    const real = await testSchema();
    expect(() => checkQueryLimits(real, parse(query), { maxDepth: maxQueryDepth, maxCost: maxQueryCost })).not.toThrow();
  });
});
