import type { BenchApp, BenchOrganization } from './harness';
import { expectStatus, measured, ms, percentile, timed, type Figure } from './measure';
import { absoluteFigure } from './report.table';
import { createGroup, members, patchOf, userIds } from './scenarios';

/**
 * Figures of scimgraph alone (there is no floor for them), timed against its server process:
 * Okta's Push Groups PATCHes on a large group, and the GraphQL dashboard query.
 */

/** Okta Push Groups (okta/27-push-member-add.json): the group's id and name echoed, and one member added. */
const oktaMemberAdd = (group: string, displayName: string, userId: string) =>
  patchOf({ op: 'replace', value: { id: group, displayName } }, { op: 'add', path: 'members', value: members([userId]) });

/** Okta's rename (okta/26-rename-with-id.json). */
const oktaRename = (group: string, displayName: string) => patchOf({ op: 'replace', value: { id: group, displayName } });

const WARM = 10;

/** p50 and p95 of `count` timed requests made one after the other. */
async function quantiles(count: number, request: (i: number) => Promise<number>): Promise<[number, number]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) samples.push(await request(i));
  return [percentile(samples, 50), percentile(samples, 95)];
}

/**
 * A group filled with `size` members by one PATCH, then `count` Okta member-add PATCHes (each adds
 * another user) and `count` rename-only PATCHes, one at a time; p50 of each, 3 ms targeted.
 */
export async function groupPatches(app: BenchApp, org: BenchOrganization, size: number, count: number): Promise<Figure[]> {
  const ids = await userIds(app, org);
  if (ids.length < size + WARM + count) throw new Error(`group PATCH needs ${size + WARM + count} users, the organization has ${ids.length}`);
  const name = 'Bench push';
  const group = await createGroup(org, name);
  expectStatus(await org.scim('PATCH', `/Groups/${group}`, patchOf({ op: 'add', path: 'members', value: members(ids.slice(0, size)) })), 204, 'fill group');
  const patch = async (body: unknown, what: string): Promise<number> => {
    const { ms: took, value } = await timed(() => org.scim('PATCH', `/Groups/${group}`, body));
    expectStatus(value, 204, what);
    return took;
  };
  for (let i = 0; i < WARM; i += 1) await patch(oktaMemberAdd(group, name, ids[size + i]), 'member add');
  const adds = await quantiles(count, (i) => patch(oktaMemberAdd(group, name, ids[size + WARM + i]), 'member add'));
  const renames = await quantiles(count, (i) => patch(oktaRename(group, `${name} ${i}`), 'rename'));
  const check = expectStatus(await org.graphql('query ($id: ID!) { team(id: $id) { displayName memberCount } }', { id: group }), 200, 'group after PATCHes').body;
  const expected = { displayName: `${name} ${count - 1}`, memberCount: size + WARM + count };
  if (JSON.stringify(check.data?.team) !== JSON.stringify(expected)) throw new Error(`group after PATCHes: ${JSON.stringify(check)}, expected ${JSON.stringify(expected)}`);
  return [
    absoluteFigure(`Okta member-add PATCH on a ${size.toLocaleString('en')}-member group: p50`, adds[0], 3, `p95 ${ms(adds[1])}; ${count} PATCHes, each adds another user (id and name echoed)`),
    absoluteFigure(`Rename-only PATCH on the same group: p50`, renames[0], 3, `p95 ${ms(renames[1])}; ${count} PATCHes, a new displayName each`),
  ];
}

const DASHBOARD = '{ organization { id name } teams(first: 50) { nodes { id displayName members(first: 50) { nodes { id userName } } } } }';

function checkDashboard(response: { status: number; body: any }, teams: number): void {
  const body = expectStatus(response, 200, 'dashboard').body;
  const nodes = body.data?.teams?.nodes;
  if (body.errors || !Array.isArray(nodes) || nodes.length !== Math.min(50, teams)) throw new Error(`dashboard answered ${JSON.stringify(body).slice(0, 500)}`);
  for (const team of nodes) if (!(team.members.nodes.length > 0 && team.members.nodes.length <= 50)) throw new Error(`dashboard: team ${team.id} has ${team.members.nodes.length} members`);
}

/**
 * The dashboard (organization → 50 teams → 50 members each, admin token): p50 of `runs` requests to
 * the server process; SQL statements of one request, counted in-process (`inProcess`).
 */
export async function dashboard(app: BenchApp, inProcess: BenchOrganization, server: BenchOrganization, runs: number): Promise<Figure[]> {
  const teams = inProcess.seed.teams;
  for (let i = 0; i < 3; i += 1) checkDashboard(await server.graphql(DASHBOARD), teams);
  const [p50, p95] = await quantiles(runs, async () => {
    const { ms: took, value } = await timed(() => server.graphql(DASHBOARD));
    checkDashboard(value, teams);
    return took;
  });
  checkDashboard(await inProcess.graphql(DASHBOARD), teams);
  const counted = await measured(app, () => inProcess.graphql(DASHBOARD));
  checkDashboard(counted.value, teams);
  const shape = `${Math.min(50, teams)} teams × up to 50 members`;
  return [
    { name: 'Dashboard GraphQL query: p50', value: ms(p50), detail: `p95 ${ms(p95)}; ${runs} requests; organization → ${shape} (id, userName), admin token` },
    { name: 'Dashboard GraphQL query: SQL statements per request', value: String(counted.statements), detail: `${shape}; token check included` },
  ];
}
