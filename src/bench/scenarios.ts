import { seedUserName } from '../domain/seed/seed.rows';
import type { BenchApp, BenchOrganization } from './harness';
import { expectStatus, mean, measured, ms, percentile, perSecond, spread, timed, type Figure } from './measure';

const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

const eqFilter = (userName: string): string => encodeURIComponent(`userName eq "${userName}"`);
const members = (ids: readonly string[]) => ids.map((value) => ({ value }));
const patchOf = (...operations: Record<string, unknown>[]) => ({ schemas: [PATCH_OP], Operations: operations });

/** Okta's create flow (scim-clients.md §1.3): the existence check, then the POST; one flow at a time, as Okta sends them. */
export async function oktaCreateFlow(org: BenchOrganization, flows: number): Promise<Figure[]> {
  const { ms: elapsed } = await timed(async () => {
    for (let i = 0; i < flows; i += 1) {
      const userName = `okta.flow.${i}@bench.example`;
      const check = expectStatus(await org.scim('GET', `/Users?filter=${eqFilter(userName)}&startIndex=1&count=100`), 200, 'pre-check');
      if (check.body.totalResults !== 0) throw new Error(`pre-check found ${userName}`);
      const body = {
        schemas: [CORE_USER],
        userName,
        name: { givenName: 'Flow', familyName: `User ${i}` },
        emails: [{ primary: true, value: userName, type: 'work' }],
        displayName: `Flow User ${i}`,
        externalId: `00u${i}`,
        groups: [],
        password: 'not-stored',
        active: true,
      };
      expectStatus(await org.scim('POST', '/Users', body), 201, 'create');
    }
  });
  return [
    { name: `Okta create flow (${flows} users, into ${org.seed.users.toLocaleString('en')} users)`, value: `${perSecond(flows * 2, elapsed)} requests`, detail: `${perSecond(flows, elapsed)} flows, ${ms(elapsed / flows)} per flow` },
  ];
}

/** `GET /Users?filter=userName eq "…"` latency: mean and p95 over lookups of existing users. */
export async function userNameLookup(org: BenchOrganization, lookups: number): Promise<Figure> {
  const samples: number[] = [];
  for (const n of spread(lookups, org.seed.users)) {
    const userName = seedUserName(n + 1, org.slug).toUpperCase();
    const { ms: took, value } = await timed(() => org.scim('GET', `/Users?filter=${eqFilter(userName)}`));
    if (expectStatus(value, 200, 'lookup').body.totalResults !== 1) throw new Error(`lookup of ${userName} found ${value.body.totalResults}`);
    samples.push(took);
  }
  return { name: `userName eq at ${org.seed.users.toLocaleString('en')} users`, value: `${ms(mean(samples))} mean`, detail: `p95 ${ms(percentile(samples, 95))}, ${lookups} lookups, upper-cased (case-insensitive match)` };
}

/** The organization's user ids in userName order (seeded users only), read directly: setup, not measured. */
async function userIds(app: BenchApp, org: BenchOrganization): Promise<string[]> {
  const rows: { id: string }[] = await app.orm.em
    .fork()
    .getConnection()
    .execute('select id from users where organization_id = ? and user_name_key like ? order by user_name_key', [org.id, 'user%']);
  return rows.map((row) => row.id);
}

async function createGroup(org: BenchOrganization, displayName: string): Promise<string> {
  return expectStatus(await org.scim('POST', '/Groups', { schemas: [CORE_GROUP], displayName, members: [] }), 201, 'create group').body.id;
}

/** Membership at scale: one PATCH adding `add` members; removing one member of a `large`-member team, against a one-member team. */
export async function membership(app: BenchApp, org: BenchOrganization, add: number, large: number): Promise<Figure[]> {
  const ids = await userIds(app, org);
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

/** The GraphQL dashboard query: organization → teams → members (and their teams); SQL statements per request. */
export async function dashboardStatements(app: BenchApp, org: BenchOrganization): Promise<Figure> {
  const query = `{
    organization { id name }
    teams(first: 20) { totalCount nodes { id displayName memberCount members(first: 10) { totalCount nodes { id userName role teams { id displayName } } } } }
  }`;
  const run = await measured(app, () => org.graphql(query));
  const data = expectStatus(run.value, 200, 'dashboard').body;
  if (data.errors) throw new Error(`dashboard: ${JSON.stringify(data.errors)}`);
  const teams = data.data.teams.nodes.length;
  return { name: 'Dashboard GraphQL query: organization → teams → members', value: `${run.statements} SQL statements`, detail: `${teams} teams × 10 members with their role and teams, ${ms(run.ms)}; token check included` };
}
