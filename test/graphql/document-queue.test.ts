import { systemActor } from '../../src/domain/context';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { seedOrganization } from '../../src/domain/seed/seed.service';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { graphqlData, tokenActor } from '../support/graphql';

/**
 * DESIGN.md "Deactivation": with no admin to receive them, a deactivated user's documents wait;
 * they go to the next user who becomes an active org admin, whichever way, in that same write.
 */
let db: TestDatabase;
let organizations = 0;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.close());

/** An organization without admins where one document waits for a new owner. */
async function waitingDocument() {
  organizations += 1;
  const ctx = { em: db.orm.em.fork(), actor: systemActor(null), requestId: null, now: () => new Date() };
  const orgId = (await createOrganization(ctx, { name: `Queue ${organizations}`, slug: `queue-${organizations}` })).id;
  const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, scope: 'admin' | 'scim' = 'admin') =>
    graphqlData<T>(db.orm, tokenActor(orgId, scope), query, variables);
  const user = async (userName: string, scope: 'admin' | 'scim' = 'admin') =>
    (await gql('mutation ($n: String!) { createUser(input: { userName: $n }) { id } }', { n: userName }, scope)).createUser.id as string;
  const leaver = await user('leaver@example.com');
  const documentId = (await gql('mutation ($o: ID!) { createDocument(input: { title: "Plan", ownerId: $o }) { id } }', { o: leaver })).createDocument.id as string;
  await gql('mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: leaver });
  const document = async () => (await gql('query ($id: ID!) { document(id: $id) { owner { id } } }', { id: documentId })).document.owner.id as string;
  const waiting = async () => (await gql('{ documents(awaitingReassignment: true, first: 10) { totalCount } }')).documents.totalCount as number;
  expect(await waiting()).toBe(1);
  return { gql, user, document, waiting, organizationId: orgId };
}

it('goes to a user given a manual ADMIN role', async () => {
  const { gql, user, document, waiting } = await waitingDocument();
  const admin = await user('new-admin@example.com');
  await gql('mutation ($id: ID!) { setUserRole(userId: $id, role: ADMIN) { id } }', { id: admin });
  expect([await document(), await waiting()]).toEqual([admin, 0]);
});

it('goes to a new member of a team that grants ADMIN, and to the members of a team given the grant', async () => {
  const { gql, user, document, waiting } = await waitingDocument();
  const member = await user('member@example.com');
  const { createTeam } = await gql('mutation ($m: ID!) { createTeam(input: { displayName: "Admins", memberIds: [$m] }) { id } }', { m: member });
  expect(await waiting()).toBe(1);
  await gql('mutation ($t: ID!) { setTeamGrantsRole(teamId: $t, role: ADMIN) { id } }', { t: createTeam.id });
  expect([await document(), await waiting()]).toEqual([member, 0]);
});

it('goes to a user the IdP makes an admin', async () => {
  const { gql, user, document, waiting } = await waitingDocument();
  const pushed = await user('pushed@example.com', 'scim');
  await gql('mutation ($id: ID!) { updateUser(id: $id, input: { idpRole: ADMIN }) { id } }', { id: pushed }, 'scim');
  expect([await document(), await waiting()]).toEqual([pushed, 0]);
});

it('goes to a user the IdP creates as an admin', async () => {
  const { gql, document, waiting } = await waitingDocument();
  const { createUser } = await gql('mutation { createUser(input: { userName: "born-admin@example.com", idpRole: ADMIN }) { id } }', {}, 'scim');
  expect([await document(), await waiting()]).toEqual([createUser.id, 0]);
});

it('stays waiting when the IdP creates a member, or an inactive admin', async () => {
  const { gql, waiting } = await waitingDocument();
  await gql('mutation { createUser(input: { userName: "member@example.com", idpRole: MEMBER }) { id } }', {}, 'scim');
  await gql('mutation { createUser(input: { userName: "dormant@example.com", idpRole: ADMIN, active: false }) { id } }', {}, 'scim');
  expect(await waiting()).toBe(1);
});

it('goes to an admin a seed makes', async () => {
  const { gql, document, waiting, organizationId } = await waitingDocument();
  const ctx = { em: db.orm.em.fork(), actor: systemActor(organizationId), requestId: null, now: () => new Date() };
  const seeded = await seedOrganization(ctx, { users: 60, teams: 0 });
  expect(seeded.admins).toBeGreaterThan(0);
  expect(await waiting()).toBe(0);
  const { user } = await gql('query ($id: ID!) { user(id: $id) { active role } }', { id: await document() });
  expect(user).toEqual({ active: true, role: 'ADMIN' });
});

it('goes to a reactivated admin', async () => {
  const { gql, user, document, waiting } = await waitingDocument();
  const admin = await user('admin@example.com');
  await gql('mutation ($id: ID!) { setUserRole(userId: $id, role: ADMIN) { id } }', { id: admin });
  // The first document went to the admin; deactivating the admin leaves a second one waiting.
  expect(await document()).toBe(admin);
  await gql('mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: admin });
  expect(await waiting()).toBe(1);
  await gql('mutation ($id: ID!) { reactivateUser(id: $id) { id } }', { id: admin });
  expect([await document(), await waiting()]).toEqual([admin, 0]);
});

it('clears a content successor who stops being an active admin, audited', async () => {
  const { gql, user, waiting } = await waitingDocument();
  const [heir, other] = [await user('heir@example.com'), await user('other@example.com')];
  for (const id of [heir, other]) await gql('mutation ($id: ID!) { setUserRole(userId: $id, role: ADMIN) { id } }', { id });
  await gql('mutation ($id: ID!) { updateOrganizationSettings(input: { contentSuccessorId: $id }) { id } }', { id: heir });
  expect(await waiting()).toBe(0);
  await gql('mutation ($id: ID!) { setUserRole(userId: $id, role: MEMBER) { id } }', { id: heir });
  const { organization } = await gql('{ organization { settings { contentSuccessorId } } }');
  expect(organization.settings.contentSuccessorId).toBeNull();
  const { auditEvents } = await gql('{ auditEvents(action: "organization.content_successor_cleared", first: 5) { nodes { changes { field before after } } } }');
  expect(auditEvents.nodes).toEqual([{ changes: [{ field: 'contentSuccessorId', before: heir, after: null }] }]);
});
