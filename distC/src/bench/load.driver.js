"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CpuMeter = exports.floorDoor = exports.scimgraphDoor = void 0;
exports.drive = drive;
exports.alternate = alternate;
const node_perf_hooks_1 = require("node:perf_hooks");
const harness_1 = require("./harness");
/** scimgraph: the organization's scim bearer token. */
const scimgraphDoor = (server) => ({
    name: 'scimgraph',
    scim: (org, method, path, body) => server.client.send(method, `/scim/v2${path}`, (0, harness_1.scimHeaders)(org.scimToken), body),
    cpuMs: () => server.cpuMs(),
});
exports.scimgraphDoor = scimgraphDoor;
/** The floor and the ceiling check no token: the organization is named in a header. */
const floorDoor = (server, name) => ({
    name,
    scim: (org, method, path, body) => server.client.send(method, `/scim/v2${path}`, { 'X-Organization-Id': org.id, 'Content-Type': 'application/scim+json; charset=utf-8' }, body),
    cpuMs: () => server.cpuMs(),
});
exports.floorDoor = floorDoor;
/**
 * The server CPU time each door's work used, and how many steps it did: CPU per step, a figure
 * that another tenant's load on a shared machine barely moves.
 */
class CpuMeter {
    constructor() {
        this.used = new Map();
    }
    /** Runs `work` (which does `steps` steps, or as many as it returns) at `door`, adding the CPU its server used meanwhile. */
    async measure(door, work, steps) {
        const before = door.cpuMs();
        const value = await work();
        const after = door.cpuMs();
        if (before !== null && after !== null) {
            const known = this.used.get(door.name) ?? { ms: 0, steps: 0 };
            this.used.set(door.name, { ms: known.ms + after - before, steps: known.steps + steps(value) });
        }
        return value;
    }
    /** `server CPU per <unit>: scimgraph 4.52 ms, ceiling 1.48 ms, floor 0.61 ms`, or '' when nothing was measured. */
    summary(unit) {
        const parts = [...this.used].filter(([, used]) => used.steps > 0).map(([name, used]) => `${name} ${(used.ms / used.steps).toFixed(2)} ms`);
        return parts.length === 0 ? '' : `; server CPU per ${unit}: ${parts.join(', ')}`;
    }
}
exports.CpuMeter = CpuMeter;
/**
 * `clients` loops, each running one step after the other (a step is a whole flow, which may be
 * several requests), with step numbers shared so that every step is distinct, until `until`.
 */
async function drive(clients, step, until) {
    const latencies = [];
    const start = node_perf_hooks_1.performance.now();
    const more = (n) => ('ms' in until ? node_perf_hooks_1.performance.now() - start < until.ms : n < until.count);
    let next = 0;
    const loop = async () => {
        while (more(next)) {
            const n = next;
            next += 1;
            const began = node_perf_hooks_1.performance.now();
            await step(n);
            latencies.push(node_perf_hooks_1.performance.now() - began);
        }
    };
    await Promise.all(Array.from({ length: clients }, loop));
    return { count: latencies.length, elapsedMs: node_perf_hooks_1.performance.now() - start, latencies };
}
/**
 * Runs `round` for each door in turn, `rounds` times (scimgraph, ceiling, floor, scimgraph, …), so
 * that whatever else the machine does falls on both alike; returns each door's results in order.
 */
async function alternate(doors, rounds, round) {
    const results = new Map(doors.map((door) => [door.name, []]));
    for (let index = 0; index < rounds; index += 1) {
        for (const door of doors)
            results.get(door.name)?.push(await round(door, index));
    }
    return results;
}
//# sourceMappingURL=load.driver.js.map