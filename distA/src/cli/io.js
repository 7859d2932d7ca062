"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigError = exports.UsageError = void 0;
exports.printOutput = printOutput;
exports.printJsonError = printJsonError;
/** A mistake in how the command was called (exit status 2), found before touching the database. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
exports.UsageError = UsageError;
/** DATABASE_URL or another setting is unusable (exit status 1, code `CONFIG`). */
class ConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigError';
    }
}
exports.ConfigError = ConfigError;
function printOutput(io, output, json) {
    io.stdout.write(json ? `${JSON.stringify(output.json)}\n` : `${output.text}\n`);
}
/** `--json` output of a failure: exactly one object on stdout, as for success. */
function printJsonError(io, code, message) {
    io.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
}
//# sourceMappingURL=io.js.map