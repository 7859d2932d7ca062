import { AuditEvent } from '../../../src/domain/audit/audit-event.entity';
import { Organization } from '../../../src/domain/organization/organization.entity';
import { updateOrganizationSettings } from '../../../src/domain/organization/organization.service';
import type { OrgRole, RoleSource } from '../../../src/domain/roles';
import { deactivateUser } from '../../../src/domain/user/user-lifecycle.service';
import {
  assertActiveOrgAdmin,
  findEarliestActiveAdmin,
  setUserRole,
  teamGrants,
  userRole,
} from '../../../src/domain/user/user-role.service';
import { User } from '../../../src/domain/user/user.entity';
import * as userService from '../../../src/domain/user/user.service';
import { createTestDatabase, type TestDatabase } from '../../support/db';
import { userFixtures } from './user.fixtures';

/** The written user's row (the services also return its contact rows). */
const createUser = async (...args: Parameters<typeof userService.createUser>) => (await userService.createUser(...args)).user;

let db: TestDatabase;
const f = userFixtures(() => db.orm);

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.close());

const scimUser = async (org: string, userName: string, idpRole: OrgRole | null = null): Promise<string> =>
  (await createUser(f.ctx(org, 'scim'), { userName, idpRole })).id;

type Row = [override: boolean, manual: OrgRole | null, idp: OrgRole | null, grant: OrgRole | null, role: OrgRole, source: RoleSource];

describe('effective role', () => {
  it.each<Row>([
    [false, null, null, null, 'MEMBER', 'DEFAULT'],
    [false, null, 'ADMIN', null, 'ADMIN', 'IDP_ATTRIBUTE'],
    [false, null, 'MEMBER', 'ADMIN', 'ADMIN', 'TEAM_GRANT'],
    [false, null, null, 'MEMBER', 'MEMBER', 'TEAM_GRANT'],
    [false, null, 'ADMIN', 'ADMIN', 'ADMIN', 'IDP_ATTRIBUTE'],
    [false, 'ADMIN', 'MEMBER', null, 'MEMBER', 'IDP_ATTRIBUTE'],
    [true, 'MEMBER', 'ADMIN', 'ADMIN', 'MEMBER', 'MANUAL'],
    [true, 'ADMIN', null, null, 'ADMIN', 'MANUAL'],
    [true, null, 'MEMBER', 'ADMIN', 'ADMIN', 'TEAM_GRANT'],
  ])('override %s, manual %s, IdP %s, team grant %s → %s from %s', async (override, manual, idp, grant, role, source) => {
    const org = await f.organization({ roleManualOverride: true });
    const id = await scimUser(org, 'subject', idp);
    if (manual) await setUserRole(f.ctx(org, 'admin'), id, manual);
    if (grant) await f.team(org, `Grants ${grant}`, grant, [id]);
    await f.setOrganization(org, { roleManualOverride: override });
    const ctx = f.ctx(org);
    const user = await ctx.em.findOneOrFail(User, { organizationId: org, id });
    await expect(userRole(ctx, user)).resolves.toEqual({ role, source });
  });

  it('takes the highest grant of all teams of each user', async () => {
    const org = await f.organization();
    const [both, member, none] = [await scimUser(org, 'both'), await scimUser(org, 'member'), await scimUser(org, 'none')];
    await f.team(org, 'Admins', 'ADMIN', [both]);
    await f.team(org, 'Members', 'MEMBER', [both, member]);
    await f.team(org, 'Plain', null, [none]);
    const grants = await teamGrants(f.ctx(org), org, [both, member, none, 'not-a-uuid']);
    expect(Object.fromEntries(grants)).toEqual({ [both]: 'ADMIN', [member]: 'MEMBER', [none]: null });
  });
});

describe('setUserRole', () => {
  it('refuses a manual role for an IdP-provisioned user while the override is off', async () => {
    const org = await f.organization();
    const id = await scimUser(org, 'idp-user');
    await expect(setUserRole(f.ctx(org, 'admin'), id, 'ADMIN')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/source of truth.*roleManualOverride/),
    });
  });

  it('sets a manual role on an IdP-provisioned user while the override is on, audited', async () => {
    const org = await f.organization({ roleManualOverride: true });
    const id = await scimUser(org, 'overridden');
    const user = await setUserRole(f.ctx(org, 'admin'), id, 'ADMIN');
    expect(user).toMatchObject({ manualRole: 'ADMIN', version: 2 });
    const [event] = await db.orm.em.fork().find(AuditEvent, { targetId: id, action: 'user.role_set' });
    expect(event.changes).toEqual({ manualRole: { before: null, after: 'ADMIN' } });
  });

  it('sets a manual role on a user not provisioned by the IdP', async () => {
    const org = await f.organization();
    const id = (await createUser(f.ctx(org, 'admin'), { userName: 'local' })).id;
    await expect(setUserRole(f.ctx(org, 'admin'), id, 'MEMBER')).resolves.toMatchObject({ manualRole: 'MEMBER' });
  });

  it('clears the manual role with null, and a repeat is a no-op', async () => {
    const org = await f.organization({ roleManualOverride: true });
    const id = await scimUser(org, 'cleared');
    await setUserRole(f.ctx(org, 'admin'), id, 'ADMIN');
    await setUserRole(f.ctx(org, 'admin'), id, null);
    const again = await setUserRole(f.ctx(org, 'admin'), id, null);
    expect(again).toMatchObject({ manualRole: null, version: 3 });
  });
});

/** The organization as the domain loads it. */
const loaded = (id: string): Promise<Organization> => db.orm.em.fork().findOneOrFail(Organization, { id });

describe('org admins', () => {
  it('finds the earliest-created active admin other than the excluded user', async () => {
    const org = await f.organization();
    const first = await scimUser(org, 'first', 'ADMIN');
    const second = await scimUser(org, 'second', 'ADMIN');
    await scimUser(org, 'member', 'MEMBER');
    expect((await findEarliestActiveAdmin(f.ctx(org), await loaded(org), null))?.id).toBe(first);
    expect((await findEarliestActiveAdmin(f.ctx(org), await loaded(org), first))?.id).toBe(second);
  });

  it('follows manual roles while the override is on', async () => {
    const org = await f.organization({ roleManualOverride: true });
    const demoted = await scimUser(org, 'demoted', 'ADMIN');
    const promoted = await scimUser(org, 'promoted');
    await setUserRole(f.ctx(org, 'admin'), demoted, 'MEMBER');
    await setUserRole(f.ctx(org, 'admin'), promoted, 'ADMIN');
    expect((await findEarliestActiveAdmin(f.ctx(org), await loaded(org), null))?.id).toBe(promoted);
  });

  it.each([
    ['a member', async (org: string) => scimUser(org, 'member', 'MEMBER')],
    ['an inactive admin', async (org: string) => { const id = await scimUser(org, 'gone', 'ADMIN'); await deactivateUser(f.ctx(org), id); return id; }],
    ["another organization's admin", async () => scimUser(await f.organization(), 'foreign', 'ADMIN')],
    ['a non-UUID', async () => 'nobody'],
  ])('refuses %s as content successor', async (_label, make) => {
    const org = await f.organization();
    const id = await make(org);
    await expect(assertActiveOrgAdmin(f.ctx(org), await loaded(org), id)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'contentSuccessorId' } });
    await expect(updateOrganizationSettings(f.ctx(org), org, { contentSuccessorId: id })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('accepts an active admin as content successor', async () => {
    const org = await f.organization();
    const admin = await scimUser(org, 'admin', 'ADMIN');
    await expect(updateOrganizationSettings(f.ctx(org), org, { contentSuccessorId: admin })).resolves.toMatchObject({ contentSuccessorId: admin });
  });
});
