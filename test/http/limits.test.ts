import { getIntrospectionQuery } from 'graphql';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let read: string;

beforeAll(async () => {
  t = await createTestApp({ config: { maxQueryDepth: 2, maxQueryCost: 20 } });
  const org = await t.createOrganization('limits');
  read = (await t.createToken(org.id, 'read')).secret;
});
afterAll(async () => t.close());

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `o${i}: organization { id }`).join(' ')} }`;

describe('query limits on /graphql', () => {
  it('runs an operation within both limits', async () => {
    const res = await t.graphql(read, '{ organization { id slug } }').expect(200);
    expect(res.body.errors).toBeUndefined();
  });

  it.each([
    ['too deep', '{ organization { settings { roleManualOverride } } }', { limit: 'depth', maximum: 2, actual: 3 }],
    ['too deep through a fragment', '{ organization { ...S } } fragment S on Organization { settings { roleManualOverride } }', { limit: 'depth', maximum: 2, actual: 3 }],
    ['too costly', aliases(11), { limit: 'cost', maximum: 20, actual: 22 }],
  ])('refuses an operation %s with 400 TOO_COMPLEX before executing it', async (_case, query, details) => {
    const res = await t.graphql(read, query).expect(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toEqual([{ message: expect.stringContaining(String(details.actual)), extensions: { code: 'TOO_COMPLEX', ...details } }]);
  });

  it('lets the playground introspect the schema', async () => {
    const res = await t.graphql(read, getIntrospectionQuery()).expect(200);
    expect(res.body.data.__schema.queryType.name).toBe('Query');
  });
});
