"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requestLogger = requestLogger;
const request_id_1 = require("./request-id");
/**
 * One line per request: method, path, status, duration and request id. The query string is left
 * out (it may carry secrets), and so are all headers (Authorization holds the token).
 */
function requestLogger(logger) {
    return (req, res, next) => {
        const started = process.hrtime.bigint();
        res.on('close', () => {
            const line = {
                method: req.method,
                path: req.originalUrl.split('?')[0],
                status: res.statusCode,
                durationMs: Number(process.hrtime.bigint() - started) / 1e6,
                requestId: (0, request_id_1.requestIdOf)(req),
                ...(res.writableFinished ? {} : { aborted: true }),
            };
            if (res.statusCode >= 500)
                logger.warn(line, 'request');
            else
                logger.info(line, 'request');
        });
        next();
    };
}
//# sourceMappingURL=logging.js.map