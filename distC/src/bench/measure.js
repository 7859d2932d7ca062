"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.perSecond = exports.ms = exports.mean = exports.median = void 0;
exports.timed = timed;
exports.measured = measured;
exports.expectStatus = expectStatus;
exports.percentile = percentile;
exports.spread = spread;
const node_perf_hooks_1 = require("node:perf_hooks");
/** Milliseconds `work` took, and what it returned. */
async function timed(work) {
    const start = node_perf_hooks_1.performance.now();
    const value = await work();
    return { ms: node_perf_hooks_1.performance.now() - start, value };
}
/** Milliseconds and SQL statements of one piece of work. */
async function measured(app, work) {
    const before = app.statements();
    const { ms, value } = await timed(work);
    return { ms, statements: app.statements() - before, value };
}
/** Fails the bench when a response is not the one expected: a figure for a failing request means nothing. */
function expectStatus(response, status, what) {
    if (response.status !== status)
        throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
    return response;
}
function percentile(samples, p) {
    const sorted = [...samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const median = (samples) => percentile(samples, 50);
exports.median = median;
const mean = (samples) => samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length);
exports.mean = mean;
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
exports.ms = ms;
const perSecond = (count, elapsedMs) => `${(count / (elapsedMs / 1000)).toFixed(0)}/s`;
exports.perSecond = perSecond;
/** A deterministic spread of `count` indexes below `size` (no Math.random: runs compare). */
function spread(count, size) {
    return Array.from({ length: count }, (_, i) => Math.floor(((i * 7919) % count) * (size / count) + (i % 7)) % size);
}
//# sourceMappingURL=measure.js.map