import { TeamMember } from '../../src/domain/team/team-member.entity';
import { createTestApp, type TestApp } from '../support/app';
import { createGroup, memberIdsOf, members, seedUsers } from './groups-client';
import { createScimClient, patchBody, type ScimClient } from './users-client';

/**
 * Membership PATCHes that race on one group, through the HTTP door: each writes only its own
 * delta in its own transaction, so none is lost (no read-modify-write of the member list).
 */
let t: TestApp;
let scim: ScimClient;
let users: string[];

beforeAll(async () => {
  t = await createTestApp();
  scim = await createScimClient(t, 'group-race');
  users = await seedUsers(t, scim.organizationId, 40);
});
afterAll(async () => t.close());

const read = async (id: string) => (await scim.call('get', `/Groups/${id}`).expect(200)).body;
const add = (groupId: string, ids: string[], extra: Record<string, unknown>[] = []) =>
  scim.call('patch', `/Groups/${groupId}`, patchBody(...extra, { op: 'add', path: 'members', value: members(...ids) }));

describe('concurrent membership PATCHes on one group', () => {
  it('keeps both of two PATCHes adding different members at the same time', async () => {
    const group = await createGroup(scim, 'Race Two');
    const responses = await Promise.all([add(group.id, users.slice(0, 2)), add(group.id, users.slice(2, 4))]);
    expect(responses.map((r) => r.status)).toEqual([204, 204]);
    const after = await read(group.id);
    expect(memberIdsOf(after)).toEqual(users.slice(0, 4).sort());
    expect(after.meta.version).toBe('W/"3"');
  });

  it('keeps every one of ten Okta pushes (rename op included) adding different members at the same time', async () => {
    const group = await createGroup(scim, 'Race Ten');
    const rename = { op: 'replace', value: { id: group.id, displayName: 'Race Ten' } };
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => add(group.id, users.slice(i * 4, i * 4 + 4), [rename])));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(204));
    const after = await read(group.id);
    expect(memberIdsOf(after)).toEqual([...users].sort());
    expect(after.meta.version).toBe('W/"11"');
  });

  it('applies racing additions and removals of different members', async () => {
    const group = await createGroup(scim, 'Race Mixed', users.slice(0, 10));
    const removals = users.slice(0, 5).map((id) => scim.call('patch', `/Groups/${group.id}`, patchBody({ op: 'remove', path: `members[value eq "${id}"]` })));
    const additions = users.slice(10, 15).map((id) => add(group.id, [id]));
    const responses = await Promise.all([...removals, ...additions]);
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(204));
    expect(memberIdsOf(await read(group.id))).toEqual(users.slice(5, 15).sort());
  });

  it('answers every racing rename and member push without If-Match, none with 412', async () => {
    const group = await createGroup(scim, 'Race Rename');
    const renames = Array.from({ length: 8 }, (_, i) => scim.call('patch', `/Groups/${group.id}`, patchBody({ op: 'replace', path: 'displayName', value: `Race Rename ${i}` })));
    const pushes = users.slice(20, 28).map((id) => add(group.id, [id]));
    const responses = await Promise.all([...renames, ...pushes]);
    expect(responses.map((r) => r.status)).toEqual(Array(16).fill(204));
    const after = await read(group.id);
    expect(memberIdsOf(after)).toEqual(users.slice(20, 28).sort());
    expect(after.displayName).toMatch(/^Race Rename [0-7]$/);
  });

  it('adds the same members from two PATCHes listing them in opposite orders, without a deadlock', async () => {
    const many = await createScimClient(t, 'group-order');
    const ids = await seedUsers(t, many.organizationId, 400);
    for (let round = 0; round < 5; round += 1) {
      const group = await createGroup(many, `Race Order ${round}`);
      const push = (order: string[]) => many.call('patch', `/Groups/${group.id}`, patchBody({ op: 'add', path: 'members', value: members(...order) }));
      const responses = await Promise.all([push(ids), push([...ids].reverse())]);
      expect(responses.map((r) => r.status)).toEqual([204, 204]);
      expect(memberIdsOf((await many.call('get', `/Groups/${group.id}`).expect(200)).body)).toEqual([...ids].sort());
    }
  });

  it('answers every racing replacement of the member list (PATCH replace, PUT) and addition, the last replacement winning', async () => {
    // Each replacement removes some members another one adds: a deadlock on PostgreSQL unless every
    // writer of the group waits for the group first.
    for (let round = 0; round < 3; round += 1) {
      const group = await createGroup(scim, `Race Replace ${round}`, users.slice(0, 20));
      const sets = Array.from({ length: 6 }, (_, i) => users.filter((_, j) => (j * 7 + i * 11 + round) % 3 !== 0).slice(0, 25));
      const replace = (ids: string[], i: number) =>
        i % 2 === 0
          ? scim.call('patch', `/Groups/${group.id}`, patchBody({ op: 'replace', path: 'members', value: members(...ids) }))
          : scim.call('put', `/Groups/${group.id}`, { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: `Race Replace ${round}`, members: members(...ids) });
      const responses = await Promise.all([...sets.map(replace), add(group.id, users.slice(36, 38)), add(group.id, users.slice(38, 40))]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 204, 204, 204, 204, 204]);
      // Whatever the order, the group holds one replacement's members plus additions made after it.
      const after = memberIdsOf(await read(group.id));
      expect(sets.some((set) => set.every((id) => after.includes(id)) && after.every((id) => set.includes(id) || users.slice(36, 40).includes(id)))).toBe(true);
    }
  });

  it('answers a member replacement racing the deactivation of a member it removes and of one it adds', async () => {
    const group = await createGroup(scim, 'Race Deactivate', users.slice(0, 10));
    const deactivate = (id: string) => scim.call('patch', `/Users/${id}`, patchBody({ op: 'replace', path: 'active', value: false }));
    const responses = await Promise.all([
      scim.call('patch', `/Groups/${group.id}`, patchBody({ op: 'replace', path: 'members', value: members(...users.slice(5, 15)) })),
      deactivate(users[2]),
      deactivate(users[12]),
      scim.call('patch', `/Groups/${group.id}`, patchBody({ op: 'replace', path: 'members', value: members(...users.slice(0, 8)) })),
    ]);
    expect(responses.map((r) => r.status)).toEqual([204, 200, 200, 204]);
  });

  it("answers an IdP's deactivations of members racing additions to their admin-granting group", async () => {
    // A team write on a group that grants ADMIN locks the group, then the organization (its admins
    // are reconciled); an IdP's deactivation locks the organization too (the deprovision hold).
    const many = await createScimClient(t, 'group-deprovision');
    const ids = await seedUsers(t, many.organizationId, 40);
    for (let round = 0; round < 4; round += 1) {
      const group = await createGroup(many, `Race Admins ${round}`, ids.slice(round * 8, round * 8 + 6));
      await many.admin('mutation ($id: ID!) { setTeamGrantsRole(teamId: $id, role: ADMIN) { id } }', { id: group.id });
      const deactivations = ids.slice(round * 8, round * 8 + 3).map((id) => many.call('patch', `/Users/${id}`, patchBody({ op: 'replace', path: 'active', value: false })));
      const additions = ids.slice(32 + round * 2, 34 + round * 2).map((id) => many.call('patch', `/Groups/${group.id}`, patchBody({ op: 'add', path: 'members', value: members(id) })));
      const responses = await Promise.all([...deactivations, ...additions]);
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 204, 204]);
    }
  });

  it("answers an IdP's and an admin's deactivations of members of one group racing each other", async () => {
    const many = await createScimClient(t, 'group-two-doors');
    const ids = await seedUsers(t, many.organizationId, 24);
    for (let round = 0; round < 4; round += 1) {
      for (let g = 0; g < 2; g += 1) await createGroup(many, `Race Doors ${round}-${g}`, ids.slice(round * 6, round * 6 + 6));
      const byAdmin = ids.slice(round * 6, round * 6 + 3).map((id) => many.admin('mutation ($id: ID!) { deactivateUser(id: $id) { id active } }', { id }));
      const byIdp = ids.slice(round * 6 + 3, round * 6 + 6).map((id) => many.call('patch', `/Users/${id}`, patchBody({ op: 'replace', path: 'active', value: false })));
      const [admins, idp] = await Promise.all([Promise.all(byAdmin), Promise.all(byIdp)]);
      expect(admins.map((data) => data.deactivateUser.active)).toEqual([false, false, false]);
      expect(idp.map((r) => r.status)).toEqual([200, 200, 200]);
    }
  });

  it('never keeps a membership of a user deleted while being added', async () => {
    // A real race on PostgreSQL (a pool of connections); SQLite runs the requests one at a time.
    const group = await createGroup(scim, 'Race Delete');
    const doomed = users.slice(30, 40);
    const responses = await Promise.all(doomed.flatMap((id) => [add(group.id, [id]), scim.call('delete', `/Users/${id}`)]));
    // Each add lands before the delete (and the delete removes it) or after it (400: not a user).
    for (const [i, response] of responses.entries()) expect(i % 2 === 0 ? [204, 400] : [204]).toContain(response.status);
    // The rows themselves, not the rendered group (which leaves deleted users out anyway).
    expect(await t.orm.em.fork().count(TeamMember, { organizationId: scim.organizationId, teamId: group.id })).toBe(0);
  });
});
