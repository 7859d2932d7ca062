import { systemActor } from '../../src/domain/context';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { graphqlData, runGraphQL, tokenActor } from '../support/graphql';

/**
 * `reassignDocuments` (DESIGN.md): an org admin moves documents, by id or all of one owner's, to an
 * active user, in one audited transaction; a deleted owner's documents always have a way out.
 */
let db: TestDatabase;
let orgId: string;
let otherOrgId: string;
const users: Record<string, string> = {};
let organizations = 0;

const admin = (organizationId = orgId) => tokenActor(organizationId, 'admin');
const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, actor = admin()) => graphqlData<T>(db.orm, actor, query, variables);
const attempt = (query: string, variables: Record<string, unknown> = {}, actor = admin()) => runGraphQL(db.orm, actor, query, variables);

const REASSIGN = `mutation ($to: ID!, $ids: [ID!], $from: ID) {
  reassignDocuments(toUserId: $to, documentIds: $ids, fromUserId: $from) { id title owner { id } }
}`;

async function organization(): Promise<string> {
  organizations += 1;
  const ctx = { em: db.orm.em.fork(), actor: systemActor(null), requestId: null, now: () => new Date() };
  return (await createOrganization(ctx, { name: `Docs ${organizations}`, slug: `docs-${organizations}` })).id;
}

const createUser = async (userName: string, organizationId = orgId): Promise<string> =>
  (await gql('mutation ($n: String!) { createUser(input: { userName: $n }) { id } }', { n: userName }, admin(organizationId))).createUser.id;
const createDocument = async (title: string, ownerId: string, organizationId = orgId): Promise<string> =>
  (await gql('mutation ($t: String!, $o: ID!) { createDocument(input: { title: $t, ownerId: $o }) { id } }', { t: title, o: ownerId }, admin(organizationId))).createDocument.id;

beforeAll(async () => {
  db = await createTestDatabase();
  orgId = await organization();
  otherOrgId = await organization();
  for (const name of ['ada', 'grace', 'linus', 'gone']) users[name] = await createUser(`${name}@example.com`);
  await gql('mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: users.linus });
});
afterAll(async () => db.close());

it('moves the listed documents to an active user, audited, and returns them', async () => {
  const [a, b] = [await createDocument('Plan', users.ada), await createDocument('Budget', users.ada)];
  const { reassignDocuments } = await gql(REASSIGN, { to: users.grace, ids: [a] });
  expect(reassignDocuments).toEqual([{ id: a, title: 'Plan', owner: { id: users.grace } }]);
  const { document } = await gql('query ($id: ID!) { document(id: $id) { owner { id } } }', { id: b });
  expect(document.owner.id).toBe(users.ada);
  const { auditEvents } = await gql('query ($t: String) { auditEvents(action: "document.reassigned", targetId: $t, first: 5) { nodes { changes { field before after } } } }', { t: a });
  expect(auditEvents.nodes).toEqual([{ changes: [{ field: 'ownerId', before: users.ada, after: users.grace }] }]);
});

it("gives a deleted owner's documents, awaiting reassignment, a new owner", async () => {
  const doc = await createDocument('Orphan', users.gone);
  await gql('mutation ($id: ID!) { deleteUser(id: $id) }', { id: users.gone });
  const waiting = await gql('{ documents(awaitingReassignment: true, first: 50) { nodes { id owner { id } } } }');
  expect(waiting.documents.nodes).toContainEqual({ id: doc, owner: null });
  const { reassignDocuments } = await gql(REASSIGN, { to: users.grace, from: users.gone });
  expect(reassignDocuments).toEqual([{ id: doc, title: 'Orphan', owner: { id: users.grace } }]);
  const after = await gql('{ documents(awaitingReassignment: true, first: 50) { nodes { id } } }');
  expect(after.documents.nodes).not.toContainEqual({ id: doc });
});

it.each([
  ['neither ids nor an owner', {}, 'BAD_USER_INPUT'],
  ['both ids and an owner', { ids: [], from: 'x' }, 'BAD_USER_INPUT'],
  ['a deactivated receiver', { ids: [], to: 'linus' }, 'BAD_USER_INPUT'],
  ['an unknown receiver', { ids: [], to: 'nobody' }, 'NOT_FOUND'],
])('refuses %s, moving nothing', async (_name, variables: Record<string, unknown>, code) => {
  const doc = await createDocument('Stays', users.ada);
  const to = variables.to === 'linus' ? users.linus : variables.to === 'nobody' ? '00000000-0000-4000-8000-000000000000' : users.grace;
  const ids = variables.ids ? [doc] : undefined;
  const result = await attempt(REASSIGN, { to, ids, from: variables.from === 'x' ? users.ada : undefined });
  expect(result.errors?.[0]?.extensions?.code).toBe(code);
  expect((await gql('query ($id: ID!) { document(id: $id) { owner { id } } }', { id: doc })).document.owner.id).toBe(users.ada);
});

it("refuses ids it cannot see (another organization's, unknown) as NOT_FOUND, and moves none of the batch", async () => {
  const mine = await createDocument('Mine', users.ada);
  const theirs = await createDocument('Theirs', await createUser('other@example.com', otherOrgId), otherOrgId);
  const result = await attempt(REASSIGN, { to: users.grace, ids: [mine, theirs] });
  expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'documentIds' } });
  expect((await gql('query ($id: ID!) { document(id: $id) { owner { id } } }', { id: mine })).document.owner.id).toBe(users.ada);
});

it('is for org admins: a read token is refused', async () => {
  const doc = await createDocument('Read only', users.ada);
  const result = await attempt(REASSIGN, { to: users.grace, ids: [doc] }, tokenActor(orgId, 'read'));
  expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('returns only the documents it moved, not those the receiver already held', async () => {
  const [moved, held] = [await createDocument('Moved', users.ada), await createDocument('Held', users.grace)];
  const { reassignDocuments } = await gql(REASSIGN, { to: users.grace, ids: [moved, held] });
  expect(reassignDocuments.map((d: { id: string }) => d.id)).toEqual([moved]);
});
