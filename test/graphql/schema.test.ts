import {
  getNamedType,
  isEnumType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createSchema, printSortedSchema } from '../../src/graphql/schema';

/** Resolved from the project root, never from dist/ (STACK.md trap 2). */
const SCHEMA_FILE = resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

describe('schema/schema.graphql', () => {
  it('matches the schema the resolvers build', () => {
    const printed = printSortedSchema(schema);
    if (process.env.UPDATE_SCHEMA === '1') {
      mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
      writeFileSync(SCHEMA_FILE, printed);
    }
    const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== printed) {
      throw new Error('schema/schema.graphql is stale: run `npm run schema:emit` and commit the result');
    }
  });
});

function field(typeName: string, fieldName: string): GraphQLField<unknown, unknown> | undefined {
  const type = schema.getType(typeName);
  return isObjectType(type) ? type.getFields()[fieldName] : undefined;
}

/** DESIGN.md "GraphQL names that must exist": other tools rely on them. */
describe('contract names of DESIGN.md', () => {
  it.each([
    ['Query', 'organization', ['id']],
    ['Query', 'user', ['id']],
    ['Query', 'users', ['filter', 'first', 'after', 'offset']],
    ['Query', 'team', ['id']],
    ['Query', 'teams', []],
    ['Query', 'auditEvents', []],
    ['Query', 'document', ['id']],
    ['Mutation', 'setUserRole', ['userId', 'role']],
    ['Mutation', 'updateOrganizationSettings', ['input']],
    ['Mutation', 'createDocument', ['input']],
    ['Mutation', 'createApiToken', ['input']],
    ['Team', 'members', ['first', 'after']],
  ])('%s.%s(%j)', (typeName, fieldName, args) => {
    const found = field(typeName, fieldName);
    expect(found?.name).toBe(fieldName);
    expect(found?.args.map((a) => a.name)).toEqual(expect.arrayContaining(args));
  });

  it.each([
    ['User', ['id', 'userName', 'externalId', 'active', 'role', 'roleSource', 'emails', 'teams', 'documents']],
    ['Team', ['id', 'displayName', 'members', 'grantsRole']],
    ['Document', ['id', 'title', 'owner']],
  ])('%s has %j', (typeName, fields) => {
    const type = schema.getType(typeName);
    expect(isObjectType(type) ? Object.keys(type.getFields()) : []).toEqual(expect.arrayContaining(fields));
  });

  it.each([
    ['User', 'emails', ['value', 'type', 'primary']],
    ['User', 'teams', ['id', 'displayName']],
    ['User', 'documents', ['id', 'title']],
    ['Document', 'owner', ['id']],
    ['Query', 'users', ['totalCount', 'nodes', 'pageInfo']],
    ['Mutation', 'createApiToken', ['id', 'token']],
  ])('%s.%s returns a type with %j', (typeName, fieldName, fields) => {
    const type = field(typeName, fieldName) ? getNamedType(field(typeName, fieldName)?.type) : undefined;
    expect(isObjectType(type) ? Object.keys((type as GraphQLObjectType).getFields()) : []).toEqual(expect.arrayContaining(fields));
  });

  it('pages users with pageInfo { hasNextPage endCursor }', () => {
    const connection = getNamedType(field('Query', 'users')?.type);
    const pageInfo = isObjectType(connection) ? getNamedType(connection.getFields().pageInfo?.type) : undefined;
    expect(isObjectType(pageInfo) ? Object.keys(pageInfo.getFields()) : []).toEqual(expect.arrayContaining(['hasNextPage', 'endCursor']));
  });

  it('declares OrgRole as ADMIN | MEMBER', () => {
    const role = schema.getType('OrgRole');
    expect(isEnumType(role) ? role.getValues().map((v) => v.name).sort() : []).toEqual(['ADMIN', 'MEMBER']);
  });
});
