import express from 'express';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import pino from 'pino';
import request from 'supertest';
import type { GraphQLContext } from '../../src/graphql/context';
import { codeResolverErrors } from '../../src/graphql/errors';
import { errorHandler } from '../../src/http/errors';
import { requestIdMiddleware } from '../../src/http/request-id';
import { createTestApp, type TestApp } from '../support/app';
import { testSchema } from '../support/graphql';

/**
 * The real schema plus two fields that fail the ways a resolver can, to watch what reaches the
 * client. The real fields stay, so everything the app prepares against the schema still validates.
 */
async function failingSchema(): Promise<GraphQLSchema> {
  const real = (await testSchema()).toConfig();
  const query = real.query!.toConfig();
  const schema = new GraphQLSchema({
    ...real,
    types: real.types.filter((type) => type.name !== query.name),
    query: new GraphQLObjectType({
      ...query,
      fields: {
        ...query.fields,
        boom: {
          type: GraphQLString,
          resolve: () => {
            throw new Error('password=hunter2 in a driver message');
          },
        },
        outage: {
          type: GraphQLString,
          resolve: async (_root, _args, ctx: GraphQLContext) => {
            await ctx.em.getConnection().close(true);
            await ctx.em.getConnection().execute('select 1');
            return 'unreachable';
          },
        },
      },
    }),
  });
  // As createSchema does for every field it builds.
  codeResolverErrors(schema);
  return schema;
}

describe('errors at the GraphQL door', () => {
  let t: TestApp;
  let secret: string;
  beforeAll(async () => {
    t = await createTestApp({ schema: await failingSchema() });
    secret = (await t.createToken((await t.createOrganization('errors')).id, 'read')).secret;
  });
  afterAll(async () => t.close());

  it('masks an uncoded internal error as INTERNAL_SERVER_ERROR with a generic message', async () => {
    const res = await t.graphql(secret, '{ boom }').expect(200);
    expect(res.body).toEqual({
      data: { boom: null },
      errors: [{ message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['boom'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(res.text).not.toContain('hunter2');
  });

  it('logs what it masked', async () => {
    await t.graphql(secret, '{ boom }').expect(200);
    expect(t.logs).toContainEqual(expect.objectContaining({ level: 50, msg: 'GraphQL internal error', err: expect.objectContaining({ message: expect.stringContaining('hunter2') }) }));
  });

  it('answers a persisted query whose hash does not match its text with 400 BAD_REQUEST, unmasked and not logged as ours', async () => {
    const before = t.logs.length;
    const res = await request(t.app)
      .post('/graphql')
      .set('Authorization', `Bearer ${secret}`)
      .send({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } })
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } })]);
    expect(t.logs.slice(before)).not.toContainEqual(expect.objectContaining({ msg: 'GraphQL internal error' }));
  });

  it('answers a subscription with 400 BAD_REQUEST, not logged as ours: the schema has none', async () => {
    const before = t.logs.length;
    const res = await request(t.app).post('/graphql').set('Authorization', `Bearer ${secret}`).send({ query: 'subscription { viewer { scope } }' }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/Subscriptions are not served/), extensions: { code: 'BAD_REQUEST' } })]);
    expect(t.logs.slice(before)).not.toContainEqual(expect.objectContaining({ msg: 'GraphQL internal error' }));
  });
});

describe('database outages', () => {
  it('answers 503 UNAVAILABLE with Retry-After when the database goes away during an operation', async () => {
    const t = await createTestApp({ schema: await failingSchema() });
    const { secret } = await t.createToken((await t.createOrganization('outage')).id, 'read');
    try {
      const res = await t.graphql(secret, '{ outage }').expect(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body.errors[0]).toMatchObject({ message: expect.stringMatching(/unavailable/), extensions: { code: 'UNAVAILABLE', retryAfter: 5 } });
      expect(t.logs).toContainEqual(expect.objectContaining({ level: 40, msg: 'database unavailable during a GraphQL operation' }));
    } finally {
      await t.close();
    }
  });

  it('answers 503 with Retry-After when the database is unreachable while authenticating', async () => {
    const t = await createTestApp();
    const { secret } = await t.createToken((await t.createOrganization('down')).id, 'read');
    await t.orm.close(true);
    try {
      const res = await t.graphql(secret, '{ organization { id } }').expect(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body.errors[0].extensions).toEqual({ code: 'UNAVAILABLE', retryAfter: 5 });
    } finally {
      await t.close();
    }
  });
});

describe('the final error handler', () => {
  it('answers anything unexpected with a generic 500 and logs it', async () => {
    const logs: string[] = [];
    const app = express()
      .use(requestIdMiddleware)
      .get('/fail', () => {
        throw new Error('internal detail');
      })
      .use(errorHandler(pino({}, { write: (line: string) => logs.push(line) })));
    const res = await request(app).get('/fail').expect(500);
    expect(res.body).toEqual({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(logs.join('')).toContain('internal detail');
  });
});
