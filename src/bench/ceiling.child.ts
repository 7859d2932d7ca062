import 'reflect-metadata';
import express, { type Request, type Response } from 'express';
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import { fail, newUser, runStoreChild, sendCreated, sendList, userFieldsOf, USERS, userNameOf } from './floor.http';
import type { FloorStore, FloorUser } from './floor.store';

/**
 * The stack's ceiling: the floor's two statements behind what the stack itself costs, and nothing
 * of scimgraph's. An Express 5 app parses the request (`express.json` for SCIM bodies), and each
 * request runs graphql-js `execute` of a document parsed and validated at start-up on a type-graphql
 * schema of one query and one mutation, whose resolvers call the floor's statements. No auth, no
 * ORM, no contacts, no audit, the floor's hand-built JSON. scimgraph cannot be faster than this
 * without leaving its stack; the bench reports how close it comes.
 */

@ObjectType()
class CeilingUser {
  @Field(() => ID) id!: string;
  @Field() userName!: string;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => String, { nullable: true }) givenName!: string | null;
  @Field(() => String, { nullable: true }) familyName!: string | null;
  @Field(() => String, { nullable: true }) displayName!: string | null;
  @Field() active!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@InputType()
class CeilingUserInput {
  @Field() userName!: string;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => String, { nullable: true }) givenName?: string | null;
  @Field(() => String, { nullable: true }) familyName?: string | null;
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field({ nullable: true }) active?: boolean;
}

interface CeilingContext {
  store: FloorStore;
  organizationId: string;
}

/** Thrown by the mutation when the userName is taken; the route answers 409. */
class Taken extends Error {}

@Resolver()
class CeilingResolver {
  @Query(() => [CeilingUser])
  async users(@Arg('userName') userName: string, @Ctx() ctx: CeilingContext): Promise<FloorUser[]> {
    return ctx.store.find(ctx.organizationId, userName.toLowerCase());
  }

  @Mutation(() => CeilingUser)
  async createUser(@Arg('input') input: CeilingUserInput, @Ctx() ctx: CeilingContext): Promise<FloorUser> {
    const user = newUser({ externalId: null, givenName: null, familyName: null, displayName: null, active: true, ...input });
    if (!(await ctx.store.insert(ctx.organizationId, user))) throw new Taken('userName is taken');
    return user;
  }
}

const FIELDS = 'id userName externalId givenName familyName displayName active createdAt updatedAt version';
const FIND = parse(`query Find($userName: String!) { users(userName: $userName) { ${FIELDS} } }`);
const CREATE = parse(`mutation Create($input: CeilingUserInput!) { createUser(input: $input) { ${FIELDS} } }`);

type Row = Omit<FloorUser, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };
const fromRow = (row: Row): FloorUser => ({ ...row, createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) });

async function run(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, context: CeilingContext): Promise<Record<string, unknown>> {
  const result = await execute({ schema, document, variableValues: variables, contextValue: context });
  if (result.errors?.length) throw result.errors[0].originalError ?? result.errors[0];
  return result.data as Record<string, unknown>;
}

function createCeilingApp(schema: GraphQLSchema, store: FloorStore): express.Express {
  const app = express();
  app.use(express.json({ type: ['application/json', 'application/scim+json'] }));
  const contextOf = (req: Request): CeilingContext => ({ store, organizationId: String(req.get('x-organization-id')) });
  app.get(USERS, async (req: Request, res: Response) => {
    const userName = userNameOf(req.query.filter);
    if (userName === null) return fail(res, 400, 'the ceiling reads only filter=userName eq "…"', 'invalidFilter');
    const data = await run(schema, FIND, { userName }, contextOf(req));
    sendList(res, (data.users as Row[]).map(fromRow));
  });
  app.post(USERS, async (req: Request, res: Response) => {
    const input = userFieldsOf(req.body);
    if (!input) return fail(res, 400, 'userName is required', 'invalidValue');
    try {
      sendCreated(res, fromRow((await run(schema, CREATE, { input }, contextOf(req))).createUser as Row));
    } catch (error) {
      if (error instanceof Taken) return fail(res, 409, error.message, 'uniqueness');
      throw error;
    }
  });
  return app;
}

runStoreChild('ceiling', async (store) => {
  const schema = await buildSchema({ resolvers: [CeilingResolver], validate: false });
  for (const document of [FIND, CREATE]) {
    const errors = validate(schema, document);
    if (errors.length > 0) throw errors[0];
  }
  return createCeilingApp(schema, store);
});
