import fc from 'fast-check';
import { systemActor } from '../../src/domain/context';
import { createOrganization } from '../../src/domain/organization/organization.service';
import type { OrgRole } from '../../src/domain/roles';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { graphqlData, runGraphQL, tokenActor } from '../support/graphql';

/**
 * DESIGN.md "Roles" through GraphQL: `idpRole` is the IdP's alone, a manual role on a user no IdP
 * provisioned takes effect at once, and `users(filter: { role, roleSource })` answers in SQL exactly
 * what each user's `role` and `roleSource` fields say.
 */
let db: TestDatabase;
let organizations = 0;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.close());

async function newOrganization(): Promise<string> {
  organizations += 1;
  const ctx = { em: db.orm.em.fork(), actor: systemActor(null), requestId: null, now: () => new Date() };
  return (await createOrganization(ctx, { name: `Roles ${organizations}`, slug: `roles-${organizations}` })).id;
}

const as = (orgId: string, scope: 'admin' | 'scim') => ({
  data: <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) => graphqlData<T>(db.orm, tokenActor(orgId, scope), query, variables),
  attempt: (query: string, variables: Record<string, unknown> = {}) => runGraphQL(db.orm, tokenActor(orgId, scope), query, variables),
});

const CREATE = 'mutation ($input: UserInput!) { createUser(input: $input) { id idpRole role roleSource provisionedByIdp } }';
const SET_ROLE = 'mutation ($userId: ID!, $role: OrgRole) { setUserRole(userId: $userId, role: $role) { id manualRole role roleSource } }';
const OVERRIDE = 'mutation ($on: Boolean!) { updateOrganizationSettings(input: { roleManualOverride: $on }) { roleManualOverride } }';

describe('idpRole belongs to the IdP', () => {
  let orgId: string;
  beforeAll(async () => {
    orgId = await newOrganization();
  });

  it.each([false, true])('refuses idpRole from an admin token with FORBIDDEN (override %s), on create, update and replace', async (override) => {
    const admin = as(orgId, 'admin');
    await admin.data(OVERRIDE, { on: override });
    const created = await admin.attempt(CREATE, { input: { userName: `forbidden-${override}@example.com`, idpRole: 'ADMIN' } });
    expect(created.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'idpRole' } });
    const { createUser: user } = await admin.data(CREATE, { input: { userName: `local-${override}@example.com` } });
    const updated = await admin.attempt('mutation ($id: ID!) { updateUser(id: $id, input: { idpRole: ADMIN }) { id } }', { id: user.id });
    expect(updated.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const replaced = await admin.attempt('mutation ($id: ID!) { replaceUser(id: $id, input: { userName: "x@example.com", idpRole: ADMIN }) { id } }', { id: user.id });
    expect(replaced.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = await admin.data('query ($id: ID!) { user(id: $id) { userName idpRole role roleSource } }', { id: user.id });
    expect(after.user).toEqual({ userName: `local-${override}@example.com`, idpRole: null, role: 'MEMBER', roleSource: 'DEFAULT' });
  });

  it("keeps the IdP's role when an admin replaces an IdP-provisioned user (local edits allowed)", async () => {
    await as(orgId, 'admin').data('mutation { updateOrganizationSettings(input: { allowLocalEdits: true }) { id } }');
    const { createUser: user } = await as(orgId, 'scim').data(CREATE, { input: { userName: 'pushed@example.com', idpRole: 'ADMIN' } });
    expect(user).toMatchObject({ idpRole: 'ADMIN', role: 'ADMIN', roleSource: 'IDP_ATTRIBUTE', provisionedByIdp: true });
    const replaced = await as(orgId, 'admin').data('mutation ($id: ID!) { replaceUser(id: $id, input: { userName: "pushed@example.com", displayName: "P" }) { idpRole roleSource } }', {
      id: user.id,
    });
    expect(replaced.replaceUser).toEqual({ idpRole: 'ADMIN', roleSource: 'IDP_ATTRIBUTE' });
  });
});

describe('manual roles', () => {
  it('take effect at once for a user no IdP provisioned, with the override off', async () => {
    const admin = as(await newOrganization(), 'admin');
    const { createUser: user } = await admin.data(CREATE, { input: { userName: 'local@example.com' } });
    const { setUserRole } = await admin.data(SET_ROLE, { userId: user.id, role: 'ADMIN' });
    expect(setUserRole).toMatchObject({ manualRole: 'ADMIN', role: 'ADMIN', roleSource: 'MANUAL' });
    const { users } = await admin.data('{ users(first: 10, filter: { role: { eq: ADMIN } }) { nodes { id } } }');
    expect(users.nodes).toEqual([{ id: user.id }]);
  });

  it('are refused for an IdP-provisioned user while the override is off, and never silently ignored', async () => {
    const orgId = await newOrganization();
    const { createUser: user } = await as(orgId, 'scim').data(CREATE, { input: { userName: 'okta@example.com', idpRole: 'MEMBER' } });
    const refused = await as(orgId, 'admin').attempt(SET_ROLE, { userId: user.id, role: 'ADMIN' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await as(orgId, 'admin').data(OVERRIDE, { on: true });
    expect((await as(orgId, 'admin').data(SET_ROLE, { userId: user.id, role: 'ADMIN' })).setUserRole).toMatchObject({ role: 'ADMIN', roleSource: 'MANUAL' });
  });
});

/** One user of a random organization: how it came to be and what each source says. */
interface Assignment {
  provisioned: boolean;
  idpRole: OrgRole | null;
  manualRole: OrgRole | null;
  teams: boolean[];
}

const ROLE = fc.constantFrom<OrgRole | null>(null, 'ADMIN', 'MEMBER');
const GRANTS: (OrgRole | null)[] = ['ADMIN', 'MEMBER', null];
const assignment = fc.record<Assignment>({
  provisioned: fc.boolean(),
  idpRole: ROLE,
  manualRole: ROLE,
  teams: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
});

/** Builds the organization the assignments describe; returns the admin client. */
async function build(users: Assignment[], override: boolean) {
  const orgId = await newOrganization();
  const [admin, scim] = [as(orgId, 'admin'), as(orgId, 'scim')];
  await admin.data(OVERRIDE, { on: true });
  const teamIds: string[] = [];
  for (const [i, grant] of GRANTS.entries()) {
    const { createTeam } = await admin.data('mutation ($name: String!) { createTeam(input: { displayName: $name }) { id } }', { name: `Team ${i}` });
    if (grant) await admin.data('mutation ($id: ID!, $role: OrgRole) { setTeamGrantsRole(teamId: $id, role: $role) { id } }', { id: createTeam.id, role: grant });
    teamIds.push(createTeam.id);
  }
  for (const [i, user] of users.entries()) {
    const input = { userName: `user${i}@example.com`, ...(user.provisioned && user.idpRole ? { idpRole: user.idpRole } : {}) };
    const { createUser } = await (user.provisioned ? scim : admin).data(CREATE, { input });
    if (user.manualRole) await admin.data(SET_ROLE, { userId: createUser.id, role: user.manualRole });
    for (const [t, member] of user.teams.entries()) {
      if (member) await admin.data('mutation ($t: ID!, $u: ID!) { addTeamMembers(teamId: $t, userIds: [$u]) { id } }', { t: teamIds[t], u: createUser.id });
    }
  }
  await admin.data(OVERRIDE, { on: override });
  return admin;
}

const ids = (page: { users: { nodes: { id: string }[] } }): string[] => page.users.nodes.map((n) => n.id).sort();

it('filters on the effective role and its source exactly as the fields show them (property)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(assignment, { minLength: 1, maxLength: 8 }), fc.boolean(), async (users, override) => {
      const admin = await build(users, override);
      const { users: all } = await admin.data<{ users: { nodes: { id: string; role: string; roleSource: string }[] } }>('{ users(first: 100) { nodes { id role roleSource } } }');
      for (const role of ['ADMIN', 'MEMBER']) {
        const expected = all.nodes.filter((u) => u.role === role).map((u) => u.id).sort();
        expect(ids(await admin.data('query ($r: OrgRole) { users(first: 100, filter: { role: { eq: $r } }) { nodes { id } } }', { r: role }))).toEqual(expected);
      }
      for (const source of ['MANUAL', 'IDP_ATTRIBUTE', 'TEAM_GRANT', 'DEFAULT']) {
        const expected = all.nodes.filter((u) => u.roleSource === source).map((u) => u.id).sort();
        expect(ids(await admin.data('query ($s: RoleSource) { users(first: 100, filter: { roleSource: { eq: $s } }) { nodes { id } } }', { s: source }))).toEqual(expected);
      }
    }),
    { numRuns: 25 },
  );
}, 120_000);

it('reaches all four provenances in one organization', async () => {
  const admin = await build(
    [
      { provisioned: false, idpRole: null, manualRole: 'ADMIN', teams: [false, false, false] },
      { provisioned: true, idpRole: 'ADMIN', manualRole: null, teams: [false, false, false] },
      { provisioned: true, idpRole: null, manualRole: 'ADMIN', teams: [true, false, false] },
      { provisioned: true, idpRole: null, manualRole: null, teams: [false, false, true] },
    ],
    false,
  );
  const { users } = await admin.data('{ users(first: 10, orderBy: { field: USER_NAME }) { nodes { userName role roleSource } } }');
  expect(users.nodes.map((u: Record<string, string>) => `${u.userName} ${u.role} ${u.roleSource}`)).toEqual([
    'user0@example.com ADMIN MANUAL',
    'user1@example.com ADMIN IDP_ATTRIBUTE',
    'user2@example.com ADMIN TEAM_GRANT',
    'user3@example.com MEMBER DEFAULT',
  ]);
});
