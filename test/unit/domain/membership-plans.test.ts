import { systemActor, type DomainContext } from '../../../src/domain/context';
import { createOrganization, findOrganization } from '../../../src/domain/organization/organization.service';
import { seedOrganization } from '../../../src/domain/seed/seed.service';
import { teamsOfUsers } from '../../../src/domain/team/team-members.query';
import { MEMBERS_BY_USER_INDEX } from '../../../src/domain/team/team-member.entity';
import { findEarliestActiveAdmin, teamGrants } from '../../../src/domain/user/user-role.service';
import { User } from '../../../src/domain/user/user.entity';
import { createTestDatabase, type TestDatabase } from '../../support/db';
import { planOf, statementsRun, type Statement } from '../../support/sql';

/**
 * Reads of a user's memberships go through the (organization_id, user_id) index. On a SQLite file
 * without statistics the planner otherwise takes the covering primary key, whose
 * (organization_id) prefix reads every membership of the organization for each user: an "is an
 * admin" subquery over 50,000 users ran for minutes. PostgreSQL plans from its own statistics; there
 * the same reads are checked for their results only.
 */
let db: TestDatabase;
let organizationId: string;
let userIds: string[];

const context = (): DomainContext => ({ em: db.orm.em, actor: systemActor(organizationId), requestId: null, now: () => new Date() });

beforeAll(async () => {
  db = await createTestDatabase();
  organizationId = (await createOrganization({ ...context(), actor: systemActor(null) }, { name: 'Plans', slug: 'plans' })).id;
  await seedOrganization(context(), { users: 300, teams: 6 });
  userIds = (await db.orm.em.fork().find(User, { organizationId }, { fields: ['id'], orderBy: { id: 'asc' } })).map((u) => u.id);
}, 120_000);
afterAll(async () => db.close());

/** The statements of `work` that read team_members by user. */
async function membershipReads(work: () => Promise<unknown>): Promise<Statement[]> {
  const statements = await statementsRun(db.orm, work);
  return statements.filter(({ sql }) => /team_members/.test(sql) && /user_id (=|in)/.test(sql));
}

async function expectUserIndex(statements: Statement[]): Promise<void> {
  expect(statements.length).toBeGreaterThan(0);
  if (db.config.driver !== 'sqlite') return;
  for (const statement of statements) {
    const plan = await planOf(db.orm, 'sqlite', statement);
    expect(plan).toContain(`USING INDEX ${MEMBERS_BY_USER_INDEX} (organization_id=? AND user_id=?)`);
    expect(plan).not.toMatch(/sqlite_autoindex_team_members_1 \(organization_id=\?\)/);
  }
}

it("reads users' teams by the user index", async () => {
  let found = new Map<string, unknown[]>();
  const reads = await membershipReads(async () => {
    found = await teamsOfUsers(context(), userIds.slice(0, 20).map((id) => ({ organizationId, id })));
  });
  expect([...found.values()].some((teams) => teams.length > 0)).toBe(true);
  await expectUserIndex(reads);
});

it("reads users' team grants by the user index", async () => {
  const reads = await membershipReads(() => teamGrants(context(), organizationId, userIds.slice(0, 20)));
  await expectUserIndex(reads);
});

it('looks for the earliest active admin with one index probe per user', async () => {
  const org = await findOrganization(context(), organizationId);
  let admin: User | null = null;
  const reads = await membershipReads(async () => {
    admin = await findEarliestActiveAdmin(context(), org, null);
  });
  expect(admin).not.toBeNull();
  await expectUserIndex(reads);
});
