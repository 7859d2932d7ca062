"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.notFoundHandler = exports.HTTP_STATUS = void 0;
exports.sendDomainError = sendDomainError;
exports.errorHandler = errorHandler;
const errors_1 = require("../common/errors");
const db_errors_1 = require("../domain/db-errors");
const errors_2 = require("../graphql/errors");
const request_id_1 = require("./request-id");
/** The HTTP status of each domain error code when it ends a request outside GraphQL execution. */
exports.HTTP_STATUS = {
    BAD_USER_INPUT: 400,
    INVALID_CURSOR: 400,
    MEMBER_NOT_IN_ORGANIZATION: 400,
    UNAUTHENTICATED: 401,
    FORBIDDEN: 403,
    NOT_FOUND: 404,
    ALREADY_EXISTS: 409,
    CONFLICT: 409,
    PRECONDITION_FAILED: 412,
    PAYLOAD_TOO_LARGE: 413,
    TOO_COMPLEX: 400,
    RATE_LIMITED: 429,
    DEPROVISION_HELD: 409,
    UNAVAILABLE: 503,
    INTERNAL: 500,
};
/** Sends a GraphQL-shaped error body (`{ errors: [{ message, extensions: { code } }] }`). */
function sendDomainError(res, error, status = exports.HTTP_STATUS[error.code]) {
    const { retryAfter } = error.details;
    if (retryAfter !== undefined)
        res.setHeader('Retry-After', String(retryAfter));
    if (error.code === 'UNAUTHENTICATED')
        res.setHeader('WWW-Authenticate', 'Bearer');
    const { message, extensions } = (0, errors_2.toGraphQLError)(error);
    res.status(status).json({ errors: [{ message, extensions }] });
}
/** body-parser's error types that are the client's mistake, and what the client is told. */
const BODY_PARSER_MESSAGES = {
    // The parser's own message quotes the body, which may hold secrets.
    'entity.parse.failed': 'Request body is not valid JSON',
    'encoding.unsupported': 'The request body encoding is not supported',
    'charset.unsupported': 'The request body charset is not supported',
};
/**
 * Body-parser, router and other http-errors style errors with a 4xx status (bad JSON, an unknown
 * Content-Encoding, a body too large, a path that does not decode): they keep their status.
 */
function clientError(error) {
    const e = error;
    if (!e || typeof e.status !== 'number' || e.status < 400 || e.status >= 500)
        return null;
    if (e.status === 413)
        return { status: 413, error: new errors_1.DomainError('PAYLOAD_TOO_LARGE', 'Request body is too large') };
    const type = typeof e.type === 'string' && Object.hasOwn(BODY_PARSER_MESSAGES, e.type) ? e.type : undefined;
    const message = type ? BODY_PARSER_MESSAGES[type] : error instanceof URIError ? 'The request path is not valid percent-encoding' : 'The request could not be read';
    return { status: e.status, error: new errors_1.DomainError('BAD_USER_INPUT', message) };
}
/** Unmatched routes answer a JSON 404. */
const notFoundHandler = (req, res) => {
    sendDomainError(res, new errors_1.DomainError('NOT_FOUND', `No route for ${req.method} ${req.path}`));
};
exports.notFoundHandler = notFoundHandler;
/**
 * The last handler: domain errors are rendered with their status, client errors (bad JSON, body
 * too large) as 4xx, database outages as 503 with Retry-After, anything else is logged and
 * answered with a generic 500.
 */
function errorHandler(logger) {
    return (error, req, res, _next) => {
        if (res.headersSent) {
            // Too late for an error body: cut the response, so the client sees it failed.
            logger.error({ err: error, requestId: (0, request_id_1.requestIdOf)(req) }, 'error after the response began');
            res.destroy();
            return;
        }
        if ((0, errors_1.isDomainError)(error))
            return sendDomainError(res, error);
        const client = clientError(error);
        if (client)
            return sendDomainError(res, client.error, client.status);
        if ((0, db_errors_1.isDatabaseUnavailable)(error)) {
            logger.warn({ err: error, requestId: (0, request_id_1.requestIdOf)(req) }, 'database unavailable');
            return sendDomainError(res, (0, db_errors_1.databaseUnavailable)(error));
        }
        logger.error({ err: error, requestId: (0, request_id_1.requestIdOf)(req) }, 'unexpected error');
        return sendDomainError(res, new errors_1.DomainError('INTERNAL', 'Internal server error'));
    };
}
//# sourceMappingURL=errors.js.map