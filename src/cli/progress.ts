import { Presets, SingleBar } from 'cli-progress';
import type { CliStream } from './io';

/** Progress of a long command, always on stderr so stdout stays machine-readable. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * A bar on a terminal; elsewhere (CI logs, pipes) one plain line per tenth of the work,
 * so logs stay readable.
 */
export function createProgress(stderr: CliStream, label: string): Progress {
  if (stderr.isTTY) {
    const bar = new SingleBar(
      { stream: stderr as NodeJS.WritableStream, format: `${label} [{bar}] {percentage}% | {value}/{total} | eta {eta_formatted}`, hideCursor: true },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
      stop: () => {
        if (started) bar.stop();
      },
    };
  }
  let shownTenth = 0;
  return {
    update(done, total) {
      const tenth = total === 0 ? 10 : Math.floor((done * 10) / total);
      if (tenth > shownTenth) {
        shownTenth = tenth;
        stderr.write(`${label}: ${tenth * 10}% (${done}/${total})\n`);
      }
    },
    stop: () => undefined,
  };
}
