import { systemActor, type DomainContext } from '../../src/domain/context';
import { seedOrganization } from '../../src/domain/seed/seed.service';
import { User } from '../../src/domain/user/user.entity';
import type { TestApp } from '../support/app';
import { statementsRun } from '../support/sql';
import type { ScimClient } from './users-client';

export const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ADSCIM_GROUP = 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group';

/** `{ value }` entries for a members array. */
export const members = (...ids: string[]) => ids.map((value) => ({ value }));

/** The member ids a rendered group lists, sorted. */
export const memberIdsOf = (group: Record<string, any>): string[] => ((group.members ?? []) as { value: string }[]).map((m) => m.value).sort();

/** POST /Groups; returns the created resource (fails unless 201). */
export async function createGroup(scim: ScimClient, displayName: string, memberIds: string[] = [], extra: Record<string, unknown> = {}) {
  const response = await scim.call('post', '/Groups', { schemas: [GROUP], displayName, members: members(...memberIds), ...extra });
  if (response.status !== 201) throw new Error(`create group ${displayName}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Record<string, any>;
}

/** `count` users named `<prefix>-<n>@example.com`, created through SCIM; returns their ids. */
export async function createUsers(scim: ScimClient, prefix: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) ids.push((await scim.createUser(`${prefix}-${n}@example.com`)).id);
  return ids;
}

/**
 * `count` users bulk-written by the seed service (fast: no SCIM round trip per user); returns their
 * the ids of every seeded user of the organization, in userName order (`user000001@<slug>.example`, …).
 */
export async function seedUsers(t: TestApp, organizationId: string, count: number): Promise<string[]> {
  const ctx: DomainContext = { em: t.orm.em.fork(), actor: systemActor(organizationId), requestId: null, now: () => new Date() };
  await seedOrganization(ctx, { users: count, teams: 0 });
  const rows = await t.orm.em.fork().find(User, { organizationId, userName: { $like: 'user%' } }, { fields: ['id'], orderBy: { userNameKey: 'asc' } });
  return rows.map((row) => row.id);
}

/** The SQL statements `work` issues on the test app's database (knex's query events, transactions included). */
export async function statementsOf(t: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  return (await statementsRun(t.orm, work)).map((statement) => statement.sql);
}
