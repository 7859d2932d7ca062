import type { MikroORM } from '@mikro-orm/core';
import { AuditEvent } from '../../src/domain/audit/audit-event.entity';
import { Organization } from '../../src/domain/organization/organization.entity';
import { TeamMember } from '../../src/domain/team/team-member.entity';
import { Team } from '../../src/domain/team/team.entity';
import { UserContact } from '../../src/domain/user/user-contact.entity';
import { User } from '../../src/domain/user/user.entity';
import * as userService from '../../src/domain/user/user.service';
import type { DomainContext } from '../../src/domain/context';
import { pinnedClock } from '../support/clock';
import { createCliHarness, type CliHarness, type CliRun } from './harness';

/** The written user's row (the services also return its contact rows). */
const createUser = async (...args: Parameters<typeof userService.createUser>) => (await userService.createUser(...args)).user;

let cli: CliHarness;
let orm: MikroORM;
let orgId: string;
let seeded: CliRun;

beforeAll(async () => {
  cli = await createCliHarness();
  orgId = (await cli.run('org', 'create', '--name', 'Seeded', '--json')).json.id;
  seeded = await cli.run('seed', '--org', 'seeded', '--users', '50', '--teams', '5', '--batch-size', '20', '--json');
  orm = await cli.orm();
});
afterAll(async () => cli.close());

const em = () => orm.em.fork();

describe('scimgraph seed', () => {
  it('prints one JSON summary on stdout and its progress on stderr', () => {
    expect(seeded.code).toBe(0);
    expect(seeded.json).toEqual({
      organizationId: orgId,
      users: 50,
      teams: 5,
      memberships: expect.any(Number),
      admins: 1,
      firstUserName: 'user000001@seeded.example',
      lastUserName: 'user000050@seeded.example',
      seconds: expect.any(Number),
    });
    expect(seeded.stderr).toContain('seed: 100% (55/55)');
  });

  it('writes the users with lower-cased name keys, version 1 and timestamps', async () => {
    const users = await em().find(User, { organizationId: orgId }, { orderBy: { userName: 'asc' } });
    expect(users).toHaveLength(50);
    expect(users[0]).toMatchObject({ userName: 'user000001@seeded.example', active: true, version: 1, idpRole: 'ADMIN', deletedAt: null });
    expect(users.every((u) => u.userNameKey === u.userName.toLowerCase())).toBe(true);
    expect(users.every((u) => u.nameGivenName && u.nameFamilyName && u.displayName === `${u.nameGivenName} ${u.nameFamilyName}`)).toBe(true);
    expect(users.every((u) => u.createdAt instanceof Date && u.updatedAt.getTime() === u.createdAt.getTime())).toBe(true);
  });

  it('gives every user exactly one primary work email equal to the user name', async () => {
    const users = await em().find(User, { organizationId: orgId });
    const contacts = await em().find(UserContact, { organizationId: orgId });
    expect(contacts).toHaveLength(users.length);
    const byUser = new Map(contacts.map((c) => [c.userId, c]));
    for (const user of users) {
      expect(byUser.get(user.id)).toMatchObject({
        kind: 'email',
        position: 0,
        value: user.userName,
        valueKey: user.userName.toLowerCase(),
        type: 'work',
        primary: true,
      });
    }
  });

  it('names the teams with lower-cased keys and spreads users over one to three of them', async () => {
    const teams = await em().find(Team, { organizationId: orgId }, { orderBy: { displayName: 'asc' } });
    expect(teams.map((t) => [t.displayName, t.displayNameKey, t.version])).toEqual(
      [1, 2, 3, 4, 5].map((n) => [`Team 000${n}`, `team 000${n}`, 1]),
    );
    const members = await em().find(TeamMember, { organizationId: orgId });
    expect(members).toHaveLength(seeded.json.memberships);
    const perUser = new Map<string, Set<string>>();
    for (const m of members) perUser.set(m.userId, (perUser.get(m.userId) ?? new Set()).add(m.teamId));
    expect(perUser.size).toBe(50);
    expect([...perUser.values()].every((set) => set.size >= 1 && set.size <= 3)).toBe(true);
    expect(new Set(members.map((m) => m.teamId))).toEqual(new Set(teams.map((t) => t.id)));
  });

  it('stores timestamps in the same column format as rows written through the ORM', async () => {
    const connection = em().getConnection();
    const [org] = await connection.execute('select created_at as t from organizations where id = ?', [orgId]);
    const [user] = await connection.execute('select created_at as t from users where organization_id = ? limit 1', [orgId]);
    const [member] = await connection.execute('select created_at as t from team_members where organization_id = ? limit 1', [orgId]);
    expect([typeof user.t, typeof member.t]).toEqual([typeof org.t, typeof org.t]);
  });

  it('writes user and email rows column for column as createUser does for an IdP push', async () => {
    const ctx: DomainContext = {
      em: em(),
      actor: { kind: 'token', id: null, name: 'okta', scope: 'scim', organizationId: orgId },
      requestId: 'req-seed',
      now: pinnedClock(),
    };
    const created = await createUser(ctx, {
      userName: 'Pushed.User@Seeded.Example',
      name: { givenName: 'Ada', familyName: 'Turing' },
      displayName: 'Ada Turing',
      emails: [{ value: 'Pushed.User@Seeded.Example', type: 'work', primary: true }],
    });
    const connection = em().getConnection();
    const row = async (table: string, column: string, id: string) =>
      (await connection.execute(`select * from ${table} where organization_id = ? and ${column} = ?`, [orgId, id]))[0];
    const seededUser = (await em().findOneOrFail(User, { organizationId: orgId, userName: 'user000002@seeded.example' })).id;
    const differ = ['id', 'user_id', 'user_name', 'user_name_key', 'value', 'value_key', 'name_given_name', 'name_family_name', 'display_name', 'created_at', 'updated_at'];
    const comparable = (r: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, differ.includes(k) ? typeof v : v]));
    expect(comparable(await row('users', 'id', seededUser))).toEqual(comparable(await row('users', 'id', created.id)));
    expect(comparable(await row('user_contacts', 'user_id', seededUser))).toEqual(comparable(await row('user_contacts', 'user_id', created.id)));
  });

  it('records one audit event summarising the run', async () => {
    const events = await em().find(AuditEvent, { organizationId: orgId, action: 'organization.seeded' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorType: 'cli', targetType: 'organization', targetId: orgId });
    expect(events[0].changes).toMatchObject({ users: { before: null, after: 50 }, teams: { before: null, after: 5 } });
  });

  it('continues the numbering when seeding the same organization again', async () => {
    const before = await em().count(User, { organizationId: orgId });
    const again = await cli.run('seed', '--org', orgId, '--users', '3', '--teams', '2', '--json');
    expect(again.json).toMatchObject({ firstUserName: 'user000051@seeded.example', lastUserName: 'user000053@seeded.example' });
    const teams = await em().find(Team, { organizationId: orgId, displayName: { $in: ['Team 0006', 'Team 0007'] } });
    expect(teams).toHaveLength(2);
    expect(await em().count(User, { organizationId: orgId })).toBe(before + 3);
  });

  it('keeps other organizations untouched', async () => {
    const before = await em().count(User, { organizationId: orgId });
    const other = await cli.run('org', 'create', '--name', 'Bystander', '--json');
    await cli.run('seed', '--org', 'bystander', '--users', '2', '--teams', '1', '--json');
    expect(await em().count(User, { organizationId: other.json.id })).toBe(2);
    expect(await em().count(User, { organizationId: orgId })).toBe(before);
  });

  it('refuses more users than it supports with BAD_USER_INPUT', async () => {
    const failed = await cli.run('seed', '--org', 'seeded', '--users', '1000001', '--teams', '0', '--json');
    expect([failed.code, failed.json.error.code]).toEqual([1, 'BAD_USER_INPUT']);
  });

  it('answers NOT_FOUND for an unknown organization', async () => {
    const failed = await cli.run('seed', '--org', 'missing', '--users', '1', '--teams', '1', '--json');
    expect([failed.code, failed.json.error.code]).toEqual([1, 'NOT_FOUND']);
    expect(await em().count(Organization, { slug: 'missing' })).toBe(0);
  });
});
