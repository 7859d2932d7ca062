"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.safeLogger = void 0;
exports.safeError = safeError;
const scrub_1 = require("../common/scrub");
const CODE = /^[A-Za-z0-9_.-]{1,40}$/;
/** Nested causes shown at most (DomainError → GraphQLError → driver error → socket error). */
const MAX_CAUSES = 4;
/** The frames of a stack, without its first lines (they repeat the message). */
const framesOf = (stack) => typeof stack === 'string' ? stack.split('\n').filter((line) => line.trimStart().startsWith('at ')).join('\n') || undefined : undefined;
/**
 * pino's `err` serializer for this service (issue 11, item 9): the error's class, code, SQL shape
 * and stack frames, with values scrubbed from its message. Row contents, bound values, a driver's
 * `detail`/`where`, and whatever else an error object carries are left out by construction.
 */
function safeError(error, depth = 0) {
    if (!error || typeof error !== 'object')
        return { type: typeof error, message: '' };
    const e = error;
    const type = error.constructor?.name;
    const code = [e.sqlState, e.code].find((value) => typeof value === 'string' && CODE.test(value));
    const out = { type: typeof type === 'string' ? type : 'Object', message: (0, scrub_1.scrubMessage)(typeof e.message === 'string' ? e.message : '') };
    if (code)
        out.code = code;
    if (typeof e.sql === 'string')
        out.sql = e.sql.slice(0, 2000);
    const stack = framesOf(e.stack);
    if (stack)
        out.stack = stack;
    const cause = e.originalError ?? e.cause;
    if (cause && cause !== error && depth < MAX_CAUSES)
        out.cause = safeError(cause, depth + 1);
    return out;
}
/** The logger the app writes through: errors (`err`) are serialized by `safeError`. */
const safeLogger = (logger) => logger.child({}, { serializers: { err: (error) => safeError(error) } });
exports.safeLogger = safeLogger;
//# sourceMappingURL=log-safety.js.map