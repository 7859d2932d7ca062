import type { BenchApp, BenchOrganization } from './harness';
import { expectStatus, mean, measured, ms, spread, type Figure } from './measure';

const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** SCIM member references for user ids. */
export const members = (ids: readonly string[]) => ids.map((value) => ({ value }));
/** A SCIM PatchOp body (RFC 7644 §3.5.2) of `operations`. */
export const patchOf = (...operations: Record<string, unknown>[]) => ({ schemas: [PATCH_OP], Operations: operations });

/** The organization's user ids in userName order (seeded users only), read directly: setup, not measured. */
export async function userIds(app: BenchApp, org: BenchOrganization): Promise<string[]> {
  const rows: { id: string }[] = await app.orm.em
    .fork()
    .getConnection()
    .execute('select id from users where organization_id = ? and user_name_key like ? order by user_name_key', [org.id, 'user%']);
  return rows.map((row) => row.id);
}

/** Creates an empty group through `POST /Groups`; its id. */
export async function createGroup(org: BenchOrganization, displayName: string): Promise<string> {
  return expectStatus(await org.scim('POST', '/Groups', { schemas: [CORE_GROUP], displayName, members: [] }), 201, 'create group').body.id;
}

/** Membership at scale: one PATCH adding `add` members; removing one member of a `large`-member team, against a one-member team. */
export async function membership(app: BenchApp, org: BenchOrganization, add: number, large: number): Promise<Figure[]> {
  const ids = await userIds(app, org);
  // Not counted: lets the token check write lastUsedAt (at most once a minute) before the counted PATCH.
  expectStatus(await org.scim('GET', '/Users?count=0'), 200, 'first request');
  if (ids.length < Math.max(add, large)) throw new Error(`membership needs ${Math.max(add, large)} users, the organization has ${ids.length}`);
  const target = await createGroup(org, 'Bench add');
  const adding = await measured(app, () => org.scim('PATCH', `/Groups/${target}`, patchOf({ op: 'add', path: 'members', value: members(ids.slice(0, add)) })));
  expectStatus(adding.value, 204, 'add members');

  const big = await createGroup(org, 'Bench large');
  for (let start = 0; start < large; start += add) {
    const chunk = ids.slice(start, Math.min(large, start + add));
    expectStatus(await org.scim('PATCH', `/Groups/${big}`, patchOf({ op: 'add', path: 'members', value: members(chunk) })), 204, 'fill large team');
  }
  const small = await createGroup(org, 'Bench one member');
  expectStatus(await org.scim('PATCH', `/Groups/${small}`, patchOf({ op: 'add', path: 'members', value: members([ids[0]]) })), 204, 'fill small team');
  const remove = (group: string, id: string) => measured(app, () => org.scim('PATCH', `/Groups/${group}`, patchOf({ op: 'remove', path: `members[value eq "${id}"]` })));
  const removals = [];
  for (const index of spread(5, large)) removals.push(await remove(big, ids[index]));
  for (const removal of removals) expectStatus(removal.value, 204, 'remove member');
  const onSmall = await remove(small, ids[0]);
  return [
    { name: `PATCH adding ${add.toLocaleString('en')} members`, value: ms(adding.ms), detail: `${adding.statements} SQL statements (auth and audit included)` },
    {
      name: `PATCH removing 1 member of a ${large.toLocaleString('en')}-member team`,
      value: `${ms(mean(removals.map((r) => r.ms)))} mean of 5`,
      detail: `${removals[0].statements} SQL statements; ${onSmall.statements} on a one-member team (${ms(onSmall.ms)})`,
    },
  ];
}
