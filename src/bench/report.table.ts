import { ms, type Figure } from './measure';

/**
 * The report's rows: scimgraph's figure, the floor's, the ratio between them and the target, with
 * the verdict in plain words. A missed target is reported, never an error: the figures are the point.
 */

const verdict = (met: boolean): string => (met ? 'pass' : 'fail');
const share = (ratio: number): string => `${(ratio * 100).toFixed(ratio < 0.1 ? 1 : 0)} %`;
const times = (ratio: number): string => `${ratio.toFixed(ratio < 10 ? 2 : 1)}×`;
export const rate = (perSecond: number, unit: string): string => `${perSecond.toFixed(perSecond < 100 ? 1 : 0)} ${unit}`;

/** A throughput: the ratio is scimgraph's share of the floor's; the target a least share. */
export function rateFigure(name: string, scimgraph: number, floor: number, unit: string, minShare: number | null, detail: string, ceiling?: number): Figure {
  const ratio = scimgraph / floor;
  return {
    name,
    value: rate(scimgraph, unit),
    floor: rate(floor, unit),
    ceiling: ceiling === undefined ? undefined : `${rate(ceiling, unit)} (${share(ceiling / floor)} of floor)`,
    ratio: `${share(ratio)} of floor`,
    target: minShare === null ? '' : `≥ ${share(minShare)} of floor: ${verdict(ratio >= minShare)}`,
    detail,
  };
}

/** A latency: the ratio is how many times the floor's scimgraph's is; the target a most. */
export function latencyFigure(name: string, scimgraph: number, floor: number, maxTimes: number | null, detail: string, ceiling?: number): Figure {
  const ratio = scimgraph / floor;
  return {
    name,
    value: ms(scimgraph),
    floor: ms(floor),
    ceiling: ceiling === undefined ? undefined : `${ms(ceiling)} (${times(ceiling / floor)} floor)`,
    ratio: `${times(ratio)} floor`,
    target: maxTimes === null ? '' : `≤ ${maxTimes}× floor: ${verdict(ratio <= maxTimes)}`,
    detail,
  };
}

/** A latency compared with another of scimgraph's own (`base`, named by `baseName`). */
export function selfRatioFigure(name: string, value: number, base: number, baseName: string, maxTimes: number, detail: string): Figure {
  const ratio = value / base;
  return { name, value: ms(value), floor: '', ratio: `${times(ratio)} ${baseName}`, target: `≤ ${maxTimes}× ${baseName}: ${verdict(ratio <= maxTimes)}`, detail };
}

/** A latency with an absolute target and no floor. */
export function absoluteFigure(name: string, value: number, maxMs: number, detail: string): Figure {
  return { name, value: ms(value), floor: '', ratio: '', target: `≤ ${maxMs} ms: ${verdict(value <= maxMs)}`, detail };
}

/** Markdown: one table per database. */
export function table(title: string, intro: readonly string[], figures: readonly Figure[]): string {
  const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|');
  const rows = figures.map((f) => `| ${[f.name, f.value, f.floor, f.ceiling, f.ratio, f.target, f.detail].map(cell).join(' | ')} |`);
  return [`### ${title}`, '', ...intro, '', '| measurement | scimgraph | floor | stack ceiling | ratio | target | detail |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}
