"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.responsiveness = responsiveness;
const promises_1 = require("node:timers/promises");
const http_client_1 = require("./http.client");
const measure_1 = require("./measure");
const report_table_1 = require("./report.table");
const scenarios_1 = require("./scenarios");
/**
 * Does one heavy request starve the others? `/healthz` is asked every few milliseconds, on a
 * connection of its own, while a second client sends heavy requests back to back: the probe's p99
 * is how long a cheap request can wait behind them (50 ms targeted).
 */
const PROBE_GAP_MS = 2;
const TARGET_MS = 50;
/** Probes `/healthz` on its own socket for as long as `heavy` runs `rounds` times. */
async function probeDuring(baseUrl, rounds, heavy) {
    const probe = (0, http_client_1.httpClient)(baseUrl, 1);
    const probes = [];
    const times = [];
    let running = true;
    const probing = (async () => {
        while (running) {
            const { ms: took, value } = await (0, measure_1.timed)(() => probe.send('GET', '/healthz', {}));
            (0, measure_1.expectStatus)(value, 200, 'healthz');
            probes.push(took);
            await (0, promises_1.setTimeout)(PROBE_GAP_MS);
        }
    })();
    try {
        for (let round = 0; round < rounds; round += 1)
            times.push((await (0, measure_1.timed)(() => heavy(round))).ms);
    }
    finally {
        running = false;
        await probing;
        probe.close();
    }
    return { probes, heavy: times };
}
function starvationFigure(name, result, heavyName) {
    const p99 = (0, measure_1.percentile)(result.probes, 99);
    const detail = `p50 ${(0, measure_1.ms)((0, measure_1.percentile)(result.probes, 50))}, max ${(0, measure_1.ms)(Math.max(...result.probes))}; ${result.probes.length} probes; ${heavyName} p50 ${(0, measure_1.ms)((0, measure_1.percentile)(result.heavy, 50))}`;
    return (0, report_table_1.absoluteFigure)(name, p99, TARGET_MS, detail);
}
/**
 * `/healthz` p99 while (1) full pages of 1,000 users are read back to back, and (2) PATCHes add
 * `size` members to a group and remove them again (Entra's `remove` with a value list).
 */
async function responsiveness(app, org, baseUrl, size, rounds) {
    const pages = await probeDuring(baseUrl, rounds, async (round) => {
        const page = (0, measure_1.expectStatus)(await org.scim('GET', `/Users?startIndex=${1 + round * 1000}&count=1000`), 200, 'page of 1000').body;
        if (page.Resources.length !== 1000)
            throw new Error(`page of 1000 answered ${page.Resources.length} users`);
    });
    const ids = (await (0, scenarios_1.userIds)(app, org)).slice(0, size);
    if (ids.length < size)
        throw new Error(`the ${size}-member PATCH needs ${size} users, the organization has ${ids.length}`);
    const group = await (0, scenarios_1.createGroup)(org, 'Bench starvation');
    const patches = await probeDuring(baseUrl, rounds, async (round) => {
        const op = round % 2 === 0 ? { op: 'add', path: 'members', value: (0, scenarios_1.members)(ids) } : { op: 'remove', path: 'members', value: (0, scenarios_1.members)(ids) };
        (0, measure_1.expectStatus)(await org.scim('PATCH', `/Groups/${group}`, (0, scenarios_1.patchOf)(op)), 204, `${op.op} ${size} members`);
    });
    const thousands = size.toLocaleString('en');
    return [
        starvationFigure('`/healthz` p99 while 1,000-user pages are served back to back', pages, 'page'),
        starvationFigure(`\`/healthz\` p99 while PATCHes add or remove ${thousands} members`, patches, 'PATCH'),
    ];
}
//# sourceMappingURL=responsiveness.js.map