"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.oktaUser = exports.eqFilter = void 0;
exports.preCheck = preCheck;
exports.oktaFlow = oktaFlow;
exports.createFlows = createFlows;
exports.lookup = lookup;
exports.userNameLookups = userNameLookups;
exports.bulkCreate = bulkCreate;
const seed_rows_1 = require("../domain/seed/seed.rows");
const load_driver_1 = require("./load.driver");
const measure_1 = require("./measure");
const report_table_1 = require("./report.table");
/**
 * The figures measured against scimgraph, the stack's ceiling and the floor alike, alternating
 * between them: Okta's create flow at 8 clients and at 1, `userName eq` lookups by directory size,
 * and 10,000 creates.
 */
const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const eqFilter = (userName) => encodeURIComponent(`userName eq "${userName}"`);
exports.eqFilter = eqFilter;
/** Okta's create body (scim-clients.md §1.3; okta/03-create-user.json). */
const oktaUser = (userName, n) => ({
    schemas: [CORE_USER],
    userName,
    name: { givenName: 'Flow', familyName: `User ${n}` },
    emails: [{ primary: true, value: userName, type: 'work' }],
    displayName: `Flow User ${n}`,
    externalId: `00u${n}`,
    groups: [],
    password: 'not-stored',
    active: true,
});
exports.oktaUser = oktaUser;
async function create(door, org, userName, n) {
    const created = (0, measure_1.expectStatus)(await door.scim(org, 'POST', '/Users', (0, exports.oktaUser)(userName, n)), 201, `${door.name} create`);
    if (created.body.userName !== userName || typeof created.body.id !== 'string')
        throw new Error(`${door.name} create answered ${JSON.stringify(created.body)}`);
}
/** Okta's existence check of a userName nobody has: 200 with no results. */
async function preCheck(door, org, userName) {
    const check = (0, measure_1.expectStatus)(await door.scim(org, 'GET', `/Users?filter=${(0, exports.eqFilter)(userName)}&startIndex=1&count=100`), 200, `${door.name} pre-check`);
    if (check.body.totalResults !== 0)
        throw new Error(`${door.name} pre-check of ${userName} found ${check.body.totalResults}`);
}
/** One Okta create flow: the existence check (0 results), then the POST. */
async function oktaFlow(door, org, userName, n) {
    await preCheck(door, org, userName);
    await create(door, org, userName, n);
}
/** A fresh userName per flow: scenario, server and round in it, so that the two servers never collide in the shared table. */
const flowName = (tag, door, round, n) => `${tag}.${door.name}.${round}.${n}@bench.example`;
/** Okta's create flow with `clients` concurrent clients, in alternating timed rounds; median of the rounds. */
async function createFlows(doors, org, plan) {
    const tag = `flow${plan.clients}`;
    for (const door of doors)
        await (0, load_driver_1.drive)(plan.clients, (n) => oktaFlow(door, org, flowName(tag, door, 'warm', n), n), { ms: plan.warmMs });
    const cpu = new load_driver_1.CpuMeter();
    const results = await (0, load_driver_1.alternate)(doors, plan.rounds, (door, round) => cpu.measure(door, () => (0, load_driver_1.drive)(plan.clients, (n) => oktaFlow(door, org, flowName(tag, door, round, n), n), { ms: plan.roundMs }), (r) => r.count));
    const flowsPerSecond = (r) => r.count / (r.elapsedMs / 1000);
    const of = (name) => results.get(name) ?? [];
    const rates = (name) => of(name).map(flowsPerSecond);
    const p = (name, q) => (0, measure_1.median)(of(name).map((r) => (0, measure_1.percentile)(r.latencies, q)));
    const list = (values) => values.map((v) => v.toFixed(0)).join(', ');
    const who = `${plan.clients} client${plan.clients === 1 ? '' : 's'}`;
    const how = `median of ${plan.rounds} alternating rounds of ${(plan.roundMs / 1000).toFixed(1)} s`;
    return [
        (0, report_table_1.rateFigure)(`Okta create flow, ${who}: flows/s`, (0, measure_1.median)(rates('scimgraph')), (0, measure_1.median)(rates('floor')), 'flows/s', plan.minShare, `${how}; rounds ${list(rates('scimgraph'))} vs floor ${list(rates('floor'))}; a flow is GET ?filter + POST${cpu.summary('flow')}`, (0, measure_1.median)(rates('ceiling'))),
        (0, report_table_1.latencyFigure)(`Okta create flow, ${who}: flow p50`, p('scimgraph', 50), p('floor', 50), null, `p95 ${(0, measure_1.ms)(p('scimgraph', 95))} vs floor ${(0, measure_1.ms)(p('floor', 95))} (${how})`, p('ceiling', 50)),
    ];
}
/** One `userName eq` lookup of seeded user `n + 1`, upper-cased (the match is case-insensitive); checks it finds that user. */
async function lookup(door, org, n) {
    const userName = (0, seed_rows_1.seedUserName)(n + 1, org.slug).toUpperCase();
    const { ms: took, value } = await (0, measure_1.timed)(() => door.scim(org, 'GET', `/Users?filter=${(0, exports.eqFilter)(userName)}`));
    const body = (0, measure_1.expectStatus)(value, 200, `${door.name} lookup`).body;
    if (body.totalResults !== 1 || body.Resources?.[0]?.userName?.toUpperCase() !== userName)
        throw new Error(`${door.name} lookup of ${userName} answered ${JSON.stringify(body)}`);
    return took;
}
/**
 * `count` lookups per organization and server after a warm-up, interleaved at every level: each
 * step looks up one user in every organization on every server, so that noise falls on every size
 * and every server alike. Each server first gets `warmMs` of lookups of its own: the group's
 * scimgraph process is fresh while the floor and the ceiling have served the groups before, and a
 * fresh process takes a few thousand requests before its hot code is optimised (its first thousand
 * lookups cost about half as much CPU again as the next ones). A server in service is warm.
 */
async function interleavedLookups(doors, orgs, count, warmMs, cpu) {
    const warmUp = async (door, n) => {
        const org = orgs[n % orgs.length];
        await lookup(door, org, n % org.seed.users);
    };
    for (const door of doors)
        await (0, load_driver_1.drive)(1, (n) => warmUp(door, n), { ms: warmMs });
    const samples = new Map(orgs.map((org) => [org.id, new Map(doors.map((door) => [door.name, []]))]));
    const warm = Math.min(100, count);
    const users = new Map(orgs.map((org) => [org.id, (0, measure_1.spread)(warm + count, org.seed.users)]));
    for (let i = 0; i < warm + count; i += 1) {
        for (const org of orgs) {
            for (const door of doors) {
                const user = users.get(org.id)?.[i] ?? 0;
                if (i < warm)
                    await lookup(door, org, user);
                else
                    samples.get(org.id)?.get(door.name)?.push(await cpu.measure(door, () => lookup(door, org, user), () => 1));
            }
        }
    }
    return samples;
}
/**
 * p50 and p95 of `userName eq` at three directory sizes, against the floor. Targets: at the medium
 * size, 2× the floor's p50; at the large size, 1.2× scimgraph's own p50 at the small size (the
 * unique index answers the filter, so it must not grow with the directory).
 */
async function userNameLookups(doors, orgs, count, warmMs) {
    const { small, medium, large } = orgs;
    const cpu = new load_driver_1.CpuMeter();
    const samples = await interleavedLookups(doors, [small, medium, large], count, warmMs, cpu);
    const p = (org, name, q) => (0, measure_1.percentile)(samples.get(org.id)?.get(name) ?? [], q);
    const size = (org) => org.seed.users.toLocaleString('en');
    const figure = (org, maxTimes) => (0, report_table_1.latencyFigure)(`userName eq lookup at ${size(org)} users: p50`, p(org, 'scimgraph', 50), p(org, 'floor', 50), maxTimes, `p95 ${(0, measure_1.ms)(p(org, 'scimgraph', 95))} vs floor ${(0, measure_1.ms)(p(org, 'floor', 95))}; ${count} lookups each, interleaved, upper-cased, after ${(warmMs / 1000).toFixed(1)} s of lookups per server${maxTimes === null ? '' : cpu.summary('lookup, all sizes')}`, p(org, 'ceiling', 50));
    return [
        figure(small, null),
        figure(medium, 2),
        figure(large, null),
        (0, report_table_1.selfRatioFigure)(`userName eq p50 at ${size(large)} vs ${size(small)} users (scimgraph)`, p(large, 'scimgraph', 50), p(small, 'scimgraph', 50), `its ${size(small)} p50`, 1.2, 'the unique (organization_id, user_name_key) index answers it'),
    ];
}
/** `total` users created through POST /Users by `clients` clients, in `chunks` alternating chunks per server; users/s over all chunks. */
async function bulkCreate(doors, org, total, clients, chunks, minShare) {
    const perChunk = Math.ceil(total / chunks);
    const cpu = new load_driver_1.CpuMeter();
    const results = await (0, load_driver_1.alternate)(doors, chunks, (door, chunk) => cpu.measure(door, () => (0, load_driver_1.drive)(clients, (n) => create(door, org, flowName('bulk', door, chunk, n), n), { count: perChunk }), (r) => r.count));
    const usersPerSecond = (name) => {
        const of = results.get(name) ?? [];
        return of.reduce((sum, r) => sum + r.count, 0) / (of.reduce((sum, r) => sum + r.elapsedMs, 0) / 1000);
    };
    const created = (perChunk * chunks).toLocaleString('en');
    const detail = `${chunks} alternating chunks of ${perChunk.toLocaleString('en')} per server, Okta's body; users/s = users / time in their chunks${cpu.summary('create')}`;
    return (0, report_table_1.rateFigure)(`${created} users through POST /Users, ${clients} clients: users/s`, usersPerSecond('scimgraph'), usersPerSecond('floor'), 'users/s', minShare, detail, usersPerSecond('ceiling'));
}
//# sourceMappingURL=floor.scenarios.js.map