import { systemActor } from '../../src/domain/context';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { graphqlData, runGraphQL, tokenActor } from '../support/graphql';

/**
 * DESIGN.md "One-way sync": the attributes of a user an IdP provisioned are read-only through
 * GraphQL unless the organization allows local edits, and each local edit is audited as such.
 */
let db: TestDatabase;
let orgId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const ctx = { em: db.orm.em.fork(), actor: systemActor(null), requestId: null, now: () => new Date() };
  orgId = (await createOrganization(ctx, { name: 'Sync', slug: 'sync' })).id;
});
afterAll(async () => db.close());

const as = (scope: 'admin' | 'scim') => tokenActor(orgId, scope);
const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, scope: 'admin' | 'scim' = 'admin') =>
  graphqlData<T>(db.orm, as(scope), query, variables);
const CREATE = 'mutation ($n: String!) { createUser(input: { userName: $n, displayName: "Before" }) { id } }';
const RENAME = 'mutation ($id: ID!, $d: String!) { updateUser(id: $id, input: { displayName: $d }) { displayName } }';
const LOCAL_EDITS = 'mutation ($on: Boolean!) { updateOrganizationSettings(input: { allowLocalEdits: $on }) { settings { allowLocalEdits } } }';
const actions = async (id: string): Promise<string[]> =>
  (await gql('query ($id: ID) { auditEvents(targetId: $id, first: 20) { nodes { action } } }', { id })).auditEvents.nodes.map((n: { action: string }) => n.action);

it("refuses a GraphQL edit of an IdP-provisioned user's attributes, naming them, and changes nothing", async () => {
  const { createUser } = await gql(CREATE, { n: 'okta-user@example.com' }, 'scim');
  const refused = await runGraphQL(db.orm, as('admin'), 'mutation ($id: ID!) { updateUser(id: $id, input: { displayName: "After", title: "Boss" }) { id } }', {
    id: createUser.id,
  });
  expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', fields: ['displayName', 'title'] } });
  expect(refused.errors?.[0]?.message).toContain('identity provider');
  expect((await gql('query ($id: ID!) { user(id: $id) { displayName title } }', { id: createUser.id })).user).toEqual({ displayName: 'Before', title: null });
});

it('lets the IdP itself (a scim actor) change them', async () => {
  const { createUser } = await gql(CREATE, { n: 'pushed@example.com' }, 'scim');
  expect((await gql(RENAME, { id: createUser.id, d: 'From Okta' }, 'scim')).updateUser.displayName).toBe('From Okta');
});

it('keeps users created through GraphQL editable', async () => {
  const { createUser } = await gql(CREATE, { n: 'local@example.com' });
  expect((await gql(RENAME, { id: createUser.id, d: 'Edited' })).updateUser.displayName).toBe('Edited');
  expect(await actions(createUser.id)).toContain('user.updated');
});

it('allows local edits with allowLocalEdits, each audited as user.edited_locally', async () => {
  const { createUser } = await gql(CREATE, { n: 'allowed@example.com' }, 'scim');
  await gql(LOCAL_EDITS, { on: true });
  try {
    expect((await gql(RENAME, { id: createUser.id, d: 'Local' })).updateUser.displayName).toBe('Local');
    expect(await actions(createUser.id)).toContain('user.edited_locally');
  } finally {
    await gql(LOCAL_EDITS, { on: false });
  }
});

it('leaves deactivation to admins but refuses to bring back a user the IdP deprovisioned', async () => {
  const { createUser } = await gql(CREATE, { n: 'deprovisioned@example.com' }, 'scim');
  await gql('mutation ($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }', { id: createUser.id }, 'scim');
  const refused = await runGraphQL(db.orm, as('admin'), 'mutation ($id: ID!) { reactivateUser(id: $id) { active } }', { id: createUser.id });
  expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', fields: ['active'] } });
  const viaUpdate = await runGraphQL(db.orm, as('admin'), 'mutation ($id: ID!) { updateUser(id: $id, input: { active: true }) { active } }', { id: createUser.id });
  expect(viaUpdate.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const { createUser: other } = await gql(CREATE, { n: 'still-active@example.com' }, 'scim');
  expect((await gql('mutation ($id: ID!) { deactivateUser(id: $id) { active } }', { id: other.id })).deactivateUser.active).toBe(false);
});
