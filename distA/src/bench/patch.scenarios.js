"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.groupPatches = groupPatches;
exports.dashboard = dashboard;
const measure_1 = require("./measure");
const report_table_1 = require("./report.table");
const scenarios_1 = require("./scenarios");
/**
 * Figures of scimgraph alone (there is no floor for them), timed against its server process:
 * Okta's Push Groups PATCHes on a large group, and the GraphQL dashboard query.
 */
/** Okta Push Groups (okta/27-push-member-add.json): the group's id and name echoed, and one member added. */
const oktaMemberAdd = (group, displayName, userId) => (0, scenarios_1.patchOf)({ op: 'replace', value: { id: group, displayName } }, { op: 'add', path: 'members', value: (0, scenarios_1.members)([userId]) });
/** Okta's rename (okta/26-rename-with-id.json). */
const oktaRename = (group, displayName) => (0, scenarios_1.patchOf)({ op: 'replace', value: { id: group, displayName } });
const WARM = 10;
/** p50 and p95 of `count` timed requests made one after the other. */
async function quantiles(count, request) {
    const samples = [];
    for (let i = 0; i < count; i += 1)
        samples.push(await request(i));
    return [(0, measure_1.percentile)(samples, 50), (0, measure_1.percentile)(samples, 95)];
}
/**
 * A group filled with `size` members by one PATCH, then `count` Okta member-add PATCHes (each adds
 * another user) and `count` rename-only PATCHes, one at a time; p50 of each, 3 ms targeted.
 */
async function groupPatches(app, org, size, count) {
    const ids = await (0, scenarios_1.userIds)(app, org);
    if (ids.length < size + WARM + count)
        throw new Error(`group PATCH needs ${size + WARM + count} users, the organization has ${ids.length}`);
    const name = 'Bench push';
    const group = await (0, scenarios_1.createGroup)(org, name);
    (0, measure_1.expectStatus)(await org.scim('PATCH', `/Groups/${group}`, (0, scenarios_1.patchOf)({ op: 'add', path: 'members', value: (0, scenarios_1.members)(ids.slice(0, size)) })), 204, 'fill group');
    const patch = async (body, what) => {
        const { ms: took, value } = await (0, measure_1.timed)(() => org.scim('PATCH', `/Groups/${group}`, body));
        (0, measure_1.expectStatus)(value, 204, what);
        return took;
    };
    for (let i = 0; i < WARM; i += 1)
        await patch(oktaMemberAdd(group, name, ids[size + i]), 'member add');
    const adds = await quantiles(count, (i) => patch(oktaMemberAdd(group, name, ids[size + WARM + i]), 'member add'));
    const renames = await quantiles(count, (i) => patch(oktaRename(group, `${name} ${i}`), 'rename'));
    const check = (0, measure_1.expectStatus)(await org.graphql('query ($id: ID!) { team(id: $id) { displayName memberCount } }', { id: group }), 200, 'group after PATCHes').body;
    const expected = { displayName: `${name} ${count - 1}`, memberCount: size + WARM + count };
    if (JSON.stringify(check.data?.team) !== JSON.stringify(expected))
        throw new Error(`group after PATCHes: ${JSON.stringify(check)}, expected ${JSON.stringify(expected)}`);
    return [
        (0, report_table_1.absoluteFigure)(`Okta member-add PATCH on a ${size.toLocaleString('en')}-member group: p50`, adds[0], 3, `p95 ${(0, measure_1.ms)(adds[1])}; ${count} PATCHes, each adds another user (id and name echoed)`),
        (0, report_table_1.absoluteFigure)(`Rename-only PATCH on the same group: p50`, renames[0], 3, `p95 ${(0, measure_1.ms)(renames[1])}; ${count} PATCHes, a new displayName each`),
    ];
}
const DASHBOARD = '{ organization { id name } teams(first: 50) { nodes { id displayName members(first: 50) { nodes { id userName } } } } }';
function checkDashboard(response, teams) {
    const body = (0, measure_1.expectStatus)(response, 200, 'dashboard').body;
    const nodes = body.data?.teams?.nodes;
    if (body.errors || !Array.isArray(nodes) || nodes.length !== Math.min(50, teams))
        throw new Error(`dashboard answered ${JSON.stringify(body).slice(0, 500)}`);
    for (const team of nodes)
        if (!(team.members.nodes.length > 0 && team.members.nodes.length <= 50))
            throw new Error(`dashboard: team ${team.id} has ${team.members.nodes.length} members`);
}
/**
 * The dashboard (organization → 50 teams → 50 members each, admin token): p50 of `runs` requests to
 * the server process; SQL statements of one request, counted in-process (`inProcess`).
 */
async function dashboard(app, inProcess, server, runs) {
    const teams = inProcess.seed.teams;
    for (let i = 0; i < 3; i += 1)
        checkDashboard(await server.graphql(DASHBOARD), teams);
    const [p50, p95] = await quantiles(runs, async () => {
        const { ms: took, value } = await (0, measure_1.timed)(() => server.graphql(DASHBOARD));
        checkDashboard(value, teams);
        return took;
    });
    checkDashboard(await inProcess.graphql(DASHBOARD), teams);
    const counted = await (0, measure_1.measured)(app, () => inProcess.graphql(DASHBOARD));
    checkDashboard(counted.value, teams);
    const shape = `${Math.min(50, teams)} teams × up to 50 members`;
    return [
        { name: 'Dashboard GraphQL query: p50', value: (0, measure_1.ms)(p50), detail: `p95 ${(0, measure_1.ms)(p95)}; ${runs} requests; organization → ${shape} (id, userName), admin token` },
        { name: 'Dashboard GraphQL query: SQL statements per request', value: String(counted.statements), detail: `${shape}; token check included` },
    ];
}
//# sourceMappingURL=patch.scenarios.js.map