"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createProgress = createProgress;
const cli_progress_1 = require("cli-progress");
/**
 * A bar on a terminal; elsewhere (CI logs, pipes) one plain line per tenth of the work,
 * so logs stay readable.
 */
function createProgress(stderr, label) {
    if (stderr.isTTY) {
        const bar = new cli_progress_1.SingleBar({ stream: stderr, format: `${label} [{bar}] {percentage}% | {value}/{total} | eta {eta_formatted}`, hideCursor: true }, cli_progress_1.Presets.shades_classic);
        let started = false;
        return {
            update(done, total) {
                if (!started)
                    bar.start(total, 0);
                started = true;
                bar.update(done);
            },
            stop: () => {
                if (started)
                    bar.stop();
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
//# sourceMappingURL=progress.js.map