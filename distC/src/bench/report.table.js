"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rate = void 0;
exports.rateFigure = rateFigure;
exports.latencyFigure = latencyFigure;
exports.selfRatioFigure = selfRatioFigure;
exports.absoluteFigure = absoluteFigure;
exports.table = table;
const measure_1 = require("./measure");
/**
 * The report's rows: scimgraph's figure, the floor's, the ratio between them and the target, with
 * the verdict in plain words. A missed target is reported, never an error: the figures are the point.
 */
const verdict = (met) => (met ? 'pass' : 'fail');
const share = (ratio) => `${(ratio * 100).toFixed(ratio < 0.1 ? 1 : 0)} %`;
const times = (ratio) => `${ratio.toFixed(ratio < 10 ? 2 : 1)}×`;
const rate = (perSecond, unit) => `${perSecond.toFixed(perSecond < 100 ? 1 : 0)} ${unit}`;
exports.rate = rate;
/** A throughput: the ratio is scimgraph's share of the floor's; the target a least share. */
function rateFigure(name, scimgraph, floor, unit, minShare, detail, ceiling) {
    const ratio = scimgraph / floor;
    return {
        name,
        value: (0, exports.rate)(scimgraph, unit),
        floor: (0, exports.rate)(floor, unit),
        ceiling: ceiling === undefined ? undefined : `${(0, exports.rate)(ceiling, unit)} (${share(ceiling / floor)} of floor)`,
        ratio: `${share(ratio)} of floor`,
        target: minShare === null ? '' : `≥ ${share(minShare)} of floor: ${verdict(ratio >= minShare)}`,
        detail,
    };
}
/** A latency: the ratio is how many times the floor's scimgraph's is; the target a most. */
function latencyFigure(name, scimgraph, floor, maxTimes, detail, ceiling) {
    const ratio = scimgraph / floor;
    return {
        name,
        value: (0, measure_1.ms)(scimgraph),
        floor: (0, measure_1.ms)(floor),
        ceiling: ceiling === undefined ? undefined : `${(0, measure_1.ms)(ceiling)} (${times(ceiling / floor)} floor)`,
        ratio: `${times(ratio)} floor`,
        target: maxTimes === null ? '' : `≤ ${maxTimes}× floor: ${verdict(ratio <= maxTimes)}`,
        detail,
    };
}
/** A latency compared with another of scimgraph's own (`base`, named by `baseName`). */
function selfRatioFigure(name, value, base, baseName, maxTimes, detail) {
    const ratio = value / base;
    return { name, value: (0, measure_1.ms)(value), floor: '', ratio: `${times(ratio)} ${baseName}`, target: `≤ ${maxTimes}× ${baseName}: ${verdict(ratio <= maxTimes)}`, detail };
}
/** A latency with an absolute target and no floor. */
function absoluteFigure(name, value, maxMs, detail) {
    return { name, value: (0, measure_1.ms)(value), floor: '', ratio: '', target: `≤ ${maxMs} ms: ${verdict(value <= maxMs)}`, detail };
}
/** Markdown: one table per database. */
function table(title, intro, figures) {
    const cell = (text) => (text ?? '').replace(/\|/g, '\\|');
    const rows = figures.map((f) => `| ${[f.name, f.value, f.floor, f.ceiling, f.ratio, f.target, f.detail].map(cell).join(' | ')} |`);
    return [`### ${title}`, '', ...intro, '', '| measurement | scimgraph | floor | stack ceiling | ratio | target | detail |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}
//# sourceMappingURL=report.table.js.map