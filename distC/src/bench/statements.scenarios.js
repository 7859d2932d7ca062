"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.routeStatements = routeStatements;
const seed_rows_1 = require("../domain/seed/seed.rows");
const floor_scenarios_1 = require("./floor.scenarios");
const measure_1 = require("./measure");
const scenarios_1 = require("./scenarios");
const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
/** The SCIM routes in the order an IdP's life cycle calls them, each request with Okta's body where Okta sends one. */
function routeSteps(org, userIdsInOrg) {
    const existing = (0, seed_rows_1.seedUserName)(1, org.slug);
    const userName = `statements.${Date.now()}@bench.example`;
    const groupName = `Statements ${Date.now()}`;
    let user = '';
    let group = '';
    const memberAdd = () => (0, scenarios_1.patchOf)({ op: 'replace', value: { id: group, displayName: groupName } }, { op: 'add', path: 'members', value: (0, scenarios_1.members)([userIdsInOrg[0]]) });
    return [
        { route: 'GET /Users?filter=userName eq', status: 200, send: () => org.scim('GET', `/Users?filter=${(0, floor_scenarios_1.eqFilter)(existing.toUpperCase())}`), check: (b) => b.totalResults === 1 || fail(b) },
        { route: 'GET /Users/{id}', status: 200, send: () => org.scim('GET', `/Users/${userIdsInOrg[0]}`) },
        { route: 'POST /Users', status: 201, send: () => org.scim('POST', '/Users', (0, floor_scenarios_1.oktaUser)(userName, 1)), check: (b) => (user = b.id) },
        { route: 'PUT /Users/{id}', status: 200, send: () => org.scim('PUT', `/Users/${user}`, { ...(0, floor_scenarios_1.oktaUser)(userName, 1), id: user, displayName: 'Flow User Renamed' }) },
        { route: 'PATCH /Users/{id} (deactivate)', status: 200, send: () => org.scim('PATCH', `/Users/${user}`, (0, scenarios_1.patchOf)({ op: 'replace', value: { active: false } })), check: (b) => b.active === false || fail(b) },
        { route: 'DELETE /Users/{id}', status: 204, send: () => org.scim('DELETE', `/Users/${user}`) },
        { route: 'GET /Groups?startIndex=1&count=100', status: 200, send: () => org.scim('GET', '/Groups?startIndex=1&count=100'), check: (b) => b.totalResults === org.seed.teams || fail(b) },
        { route: 'POST /Groups', status: 201, send: () => org.scim('POST', '/Groups', { schemas: [CORE_GROUP], displayName: groupName, members: [] }), check: (b) => (group = b.id) },
        { route: 'PATCH /Groups/{id} (Okta member add)', status: 204, send: () => org.scim('PATCH', `/Groups/${group}`, memberAdd()) },
        { route: 'PATCH /Groups/{id} (rename)', status: 204, send: () => org.scim('PATCH', `/Groups/${group}`, (0, scenarios_1.patchOf)({ op: 'replace', value: { id: group, displayName: `${groupName} renamed` } })) },
        {
            route: 'PUT /Groups/{id} (two members)',
            status: 200,
            send: () => org.scim('PUT', `/Groups/${group}`, { schemas: [CORE_GROUP], id: group, displayName: groupName, members: (0, scenarios_1.members)(userIdsInOrg.slice(1, 3)) }),
            check: (b) => b.members?.length === 2 || fail(b),
        },
        { route: 'DELETE /Groups/{id}', status: 204, send: () => org.scim('DELETE', `/Groups/${group}`) },
    ];
}
function fail(body) {
    throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 500)}`);
}
/**
 * SQL statements of one request of each SCIM route, counted in-process from the ORM's query log
 * (token check and audit included). A first request, not counted, lets the token check write the
 * token's `lastUsedAt` (it does so at most once a minute), so that every count is a steady one.
 */
async function routeStatements(app, org) {
    const figures = [];
    (0, measure_1.expectStatus)(await org.scim('GET', '/Users?count=0'), 200, 'first request');
    const steps = routeSteps(org, await (0, scenarios_1.userIds)(app, org));
    for (const step of steps) {
        const run = await (0, measure_1.measured)(app, step.send);
        const body = (0, measure_1.expectStatus)(run.value, step.status, step.route).body;
        step.check?.(body);
        figures.push({ name: `SQL statements: ${step.route}`, value: String(run.statements), detail: `${step.status}; one request, token check and audit included` });
    }
    return figures;
}
//# sourceMappingURL=statements.scenarios.js.map