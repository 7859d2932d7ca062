import { randomUUID } from 'node:crypto';
import { systemActor, type DomainContext } from '../../src/domain/context';
import { reassignDocuments } from '../../src/domain/document/document-transfer.service';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { User } from '../../src/domain/user/user.entity';
import { pinnedClock } from '../support/clock';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { graphqlData, runGraphQL, tokenActor } from '../support/graphql';

let db: TestDatabase;
let orgId: string;
let otherOrgId: string;
let writer: string;
let reader: string;
let foreignUser: string;
const clock = pinnedClock();

const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, actor = tokenActor(orgId)) =>
  graphqlData<T>(db.orm, actor, query, variables, clock);
const attempt = (query: string, variables: Record<string, unknown> = {}, actor = tokenActor(orgId)) => runGraphQL(db.orm, actor, query, variables, clock);

async function seedUser(organizationId: string, name: string, extra: Partial<User> = {}): Promise<string> {
  const em = db.orm.em.fork();
  const user = em.create(User, { organizationId, userName: name, userNameKey: name, ...extra });
  await em.flush();
  return user.id;
}

const CREATE = `mutation ($title: String!, $owner: ID!) { createDocument(input: { title: $title, ownerId: $owner }) { id title awaitingReassignment owner { id userName } } }`;
const createDocument = async (title: string, owner: string, actor = tokenActor(orgId)) =>
  (await gql(CREATE, { title, owner }, actor)).createDocument as { id: string };

beforeAll(async () => {
  db = await createTestDatabase();
  const ctx: DomainContext = { em: db.orm.em.fork(), actor: systemActor(null), requestId: null, now: clock };
  orgId = (await createOrganization(ctx, { name: 'GraphQL Docs' })).id;
  otherOrgId = (await createOrganization({ ...ctx, em: db.orm.em.fork() }, { name: 'GraphQL Docs Elsewhere' })).id;
  writer = await seedUser(orgId, 'writer');
  reader = await seedUser(orgId, 'reader');
  foreignUser = await seedUser(otherOrgId, 'foreign');
});
afterAll(async () => db.close());

describe('Mutation.createDocument', () => {
  it('creates a document and returns it with its owner', async () => {
    const data = await gql(CREATE, { title: 'Plan', owner: writer });
    expect(data.createDocument).toMatchObject({ title: 'Plan', awaitingReassignment: false, owner: { id: writer, userName: 'writer' } });
  });

  it('counts the length of a title in characters, not UTF-16 units', async () => {
    const title = '\u{1F4C4}'.repeat(1000);
    expect((await gql(CREATE, { title, owner: writer })).createDocument).toMatchObject({ title });
    const longer = await attempt(CREATE, { title: `${title}x`, owner: writer });
    expect(longer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
  });

  it.each([
    ['an unknown owner', () => randomUUID(), 'NOT_FOUND'],
    ["another organization's user", () => foreignUser, 'NOT_FOUND'],
  ])('refuses %s', async (_label, owner, code) => {
    const result = await attempt(CREATE, { title: 'Lost', owner: owner() });
    expect(result.errors?.[0].extensions).toMatchObject({ code, field: 'ownerId' });
  });

  it('refuses a read token', async () => {
    const result = await attempt(CREATE, { title: 'Nope', owner: writer }, tokenActor(orgId, 'read'));
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('document queries', () => {
  let docs: string[];
  let foreignDoc: string;

  beforeAll(async () => {
    docs = [];
    for (const title of ['First', 'Second', 'Third']) docs.push((await createDocument(title, reader)).id);
    foreignDoc = (await createDocument('Theirs', foreignUser, tokenActor(otherOrgId))).id;
  });

  it('reads a document with its owner', async () => {
    const data = await gql(`query ($id: ID!) { document(id: $id) { id title owner { id } } }`, { id: docs[0] }, tokenActor(orgId, 'read'));
    expect(data.document).toEqual({ id: docs[0], title: 'First', owner: { id: reader } });
  });

  it.each([
    ['a non-UUID', () => 'nope'],
    ["another organization's document", () => foreignDoc],
  ])('answers NOT_FOUND for %s', async (_label, id) => {
    const result = await attempt(`query ($id: ID!) { document(id: $id) { id } }`, { id: id() }, tokenActor(orgId, 'read'));
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it("pages through an owner's documents", async () => {
    const Q = `query ($owner: ID, $after: String) { documents(ownerId: $owner, first: 2, after: $after) { totalCount nodes { title } pageInfo { hasNextPage endCursor } } }`;
    const first = (await gql(Q, { owner: reader })).documents;
    expect(first).toMatchObject({ totalCount: 3, nodes: [{ title: 'First' }, { title: 'Second' }], pageInfo: { hasNextPage: true } });
    const rest = (await gql(Q, { owner: reader, after: first.pageInfo.endCursor })).documents;
    expect(rest).toMatchObject({ nodes: [{ title: 'Third' }], pageInfo: { hasNextPage: false } });
  });

  it('lists documents awaiting reassignment', async () => {
    const leaver = await seedUser(orgId, 'leaver');
    const kept = await createDocument('Kept', leaver);
    const ctx: DomainContext = { em: db.orm.em.fork(), actor: systemActor(orgId), requestId: null, now: clock };
    await reassignDocuments(ctx, orgId, leaver, null);
    const data = await gql(`{ documents(awaitingReassignment: true) { nodes { id awaitingReassignment } } }`);
    expect(data.documents.nodes).toEqual([{ id: kept.id, awaitingReassignment: true }]);
  });

  it('resolves User.documents and User.teams from a document owner', async () => {
    const team = (await gql(`mutation ($m: [ID!]) { createTeam(input: { displayName: "Readers", memberIds: $m }) { id } }`, { m: [reader] })).createTeam;
    const data = await gql(`query ($id: ID!) { document(id: $id) { owner { documents { id title } teams { id displayName } } } }`, { id: docs[1] });
    expect(data.document.owner).toEqual({
      documents: [{ id: docs[0], title: 'First' }, { id: docs[1], title: 'Second' }, { id: docs[2], title: 'Third' }],
      teams: [{ id: team.id, displayName: 'Readers' }],
    });
  });
});
