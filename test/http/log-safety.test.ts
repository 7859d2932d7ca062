import express from 'express';
import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { selectRows } from '../../src/domain/query/sql';
import type { GraphQLContext } from '../../src/graphql/context';
import { codeResolverErrors } from '../../src/graphql/errors';
import { scrubMessage } from '../../src/common/scrub';
import { safeError, safeLogger } from '../../src/http/log-safety';
import { requestIdMiddleware } from '../../src/http/request-id';
import { createScimDependencies } from '../../src/http/scim';
import { createScimRouter } from '../../src/scim/router';
import { userRoutes } from '../../src/scim/users.handler';
import { createScimClient } from '../scim/users-client';
import { createTestApp, type TestApp } from '../support/app';
import { testSchema } from '../support/graphql';

/** Issue 11, item 9: error logs carry the code, the SQL shape and the request id, never values. */
const NAME = 'Grace Hopper';
const EMAIL = 'grace.hopper@example.com';

/** The real schema plus fields whose statements fail with the caller's value bound. */
async function leakingSchema(): Promise<GraphQLSchema> {
  const real = (await testSchema()).toConfig();
  const query = real.query!.toConfig();
  const arg = { value: { type: new GraphQLNonNull(GraphQLString) } };
  const postgres = Boolean(process.env.TEST_DATABASE_URL);
  const schema = new GraphQLSchema({
    ...real,
    types: real.types.filter((type) => type.name !== query.name),
    query: new GraphQLObjectType({
      ...query,
      fields: {
        ...query.fields,
        // Through the ORM's connection: knex writes the values into the statement of its message.
        viaOrm: { type: GraphQLString, args: arg, resolve: async (_r, { value }, ctx: GraphQLContext) => ctx.em.getConnection().execute('select * from missing_table where name = ?', [value]) },
        // Through the domain's statements: PostgreSQL quotes the value that did not cast.
        viaSql: {
          type: GraphQLString,
          args: arg,
          resolve: async (_r, { value }, ctx: GraphQLContext) =>
            selectRows(ctx, postgres ? 'select cast(? as integer) as n' : 'select * from missing_table where name = ?', [value]),
        },
      },
    }),
  });
  codeResolverErrors(schema);
  return schema;
}

describe('scrubMessage', () => {
  it.each([
    ['knex writes values into the statement', `select * from "users" where "name" = '${NAME}' - relation "users" does not exist`, 'relation "users" does not exist'],
    ['PostgreSQL quotes a value that does not cast', `invalid input syntax for type integer: "${EMAIL}"`, 'invalid input syntax for type integer: "…"'],
    ['SQLite quotes an unrecognized token', `unrecognized token: "'${NAME}"`, 'unrecognized token: "…"'],
    ['a key detail', `Key (user_name_key)=(${EMAIL}) already exists.`, 'Key (user_name_key)=(…) already exists.'],
    ['a single-quoted literal', `near 'O''Brien': syntax error`, "near '…': syntax error"],
    ['a message without values stays', 'Connection terminated unexpectedly', 'Connection terminated unexpectedly'],
  ])('%s', (_case, message, expected) => {
    expect(scrubMessage(message)).toBe(expected);
  });
});

describe('safeError', () => {
  it('keeps the class, the code and the SQL shape, and drops everything else the error carries', () => {
    const driver = Object.assign(new Error(`duplicate key value violates unique constraint "users_org_user_name_key_unique"`), {
      code: '23505',
      detail: `Key (organization_id, user_name_key)=(1, ${EMAIL}) already exists.`,
      parameters: [NAME, EMAIL],
      sql: 'insert into users (id, user_name) values (?, ?)',
    });
    const logged = safeError(new Error('wrapped', { cause: driver }));
    expect(logged).toMatchObject({ type: 'Error', message: 'wrapped', cause: { type: 'Error', code: '23505', sql: 'insert into users (id, user_name) values (?, ?)' } });
    expect(JSON.stringify(logged)).not.toMatch(/Grace|grace/);
  });
});

describe('logged errors of failing requests', () => {
  let t: TestApp;
  let secret: string;
  beforeAll(async () => {
    t = await createTestApp({ schema: await leakingSchema() });
    secret = (await t.createToken((await t.createOrganization('logs')).id, 'read')).secret;
  });
  afterAll(async () => t.close());

  it.each([['viaOrm'], ['viaSql']])('%s: logged with its request id, without the name or email the request carried', async (field) => {
    t.logs.length = 0;
    const response = await t.graphql(secret, `query($v: String!) { ${field}(value: $v) }`, { v: `${NAME} <${EMAIL}>` }).set('X-Request-Id', `req-${field}`).expect(200);
    expect(response.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(t.logs).toContainEqual(expect.objectContaining({ level: 50, msg: 'GraphQL internal error', requestId: `req-${field}` }));
    const logged = JSON.stringify(t.logs);
    expect(logged).not.toContain('Grace');
    expect(logged).not.toContain('grace.hopper');
  });

  it('logs the SQL shape of a failed domain statement', async () => {
    t.logs.length = 0;
    await t.graphql(secret, 'query($v: String!) { viaSql(value: $v) }', { v: NAME }).expect(200);
    const entry = t.logs.find((line) => line.msg === 'GraphQL internal error') as { err: unknown };
    expect(JSON.stringify(entry.err)).toMatch(/"sql":"select [^"]*\?/);
  });
});

describe('logged errors of the SCIM door', () => {
  it('logs a failed POST /Users with its request id, without the userName or name it carried', async () => {
    const t = await createTestApp();
    try {
      const { token } = await createScimClient(t, 'scim-logs');
      const lines: string[] = [];
      const logger = safeLogger(pino({}, { write: (line: string) => lines.push(line) }));
      const deps = createScimDependencies({ orm: t.orm, schema: t.schema, config: t.config, logger });
      // The write fails in the database with the user's values bound (knex writes them into its message).
      deps.execute = async (_document, variables, context) =>
        (context as GraphQLContext).em.getConnection().execute('insert into missing_table (user_name, given_name) values (?, ?)', [
          (variables as { input: { userName: string } }).input.userName,
          NAME,
        ]);
      const app = express().use(requestIdMiddleware).use('/scim/v2', createScimRouter(deps, [userRoutes]));
      const body = { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: EMAIL, name: { givenName: 'Grace', familyName: 'Hopper' } };
      await request(app).post('/scim/v2/Users').set('Authorization', `Bearer ${token}`).set('X-Request-Id', 'req-scim').set('Content-Type', 'application/scim+json').send(JSON.stringify(body)).expect(500);
      const logged = lines.join('');
      expect(JSON.parse(lines[0])).toMatchObject({ msg: 'SCIM request failed', requestId: 'req-scim', err: { type: expect.any(String) } });
      expect(logged).not.toContain('Grace');
      expect(logged).not.toContain('grace.hopper');
    } finally {
      await t.close();
    }
  });
});

describe('stack traces in responses', () => {
  it.each([
    ['development', true],
    ['production', false],
    ['staging', false],
    ['test', false],
    [undefined, false],
  ])('NODE_ENV=%s: development behaviour %s', (nodeEnv, development) => {
    expect(loadConfig(nodeEnv === undefined ? {} : { NODE_ENV: nodeEnv }).development).toBe(development);
  });

  it.each([[true], [false]])('an error response carries a stack trace only in development (%s)', async (development) => {
    const t = await createTestApp({ config: { development } });
    try {
      const { secret } = await t.createToken((await t.createOrganization('stack')).id, 'read');
      const response = await t.graphql(secret, '{ user(id: "00000000-0000-4000-8000-000000000000") { id } }').expect(200);
      expect(response.body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(Object.hasOwn(response.body.errors[0].extensions, 'stacktrace')).toBe(development);
    } finally {
      await t.close();
    }
  });
});
