import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { DomainError, isDomainError, type ErrorCode } from '../common/errors';
import { databaseUnavailable, isDatabaseUnavailable } from '../domain/db-errors';
import { toGraphQLError } from '../graphql/errors';
import { requestIdOf } from './request-id';

/** The HTTP status of each domain error code when it ends a request outside GraphQL execution. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
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
export function sendDomainError(res: Response, error: DomainError, status = HTTP_STATUS[error.code]): void {
  const { retryAfter } = error.details;
  if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
  if (error.code === 'UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer');
  const { message, extensions } = toGraphQLError(error);
  res.status(status).json({ errors: [{ message, extensions }] });
}

/** body-parser's error types that are the client's mistake, and what the client is told. */
const BODY_PARSER_MESSAGES: Readonly<Record<string, string>> = {
  // The parser's own message quotes the body, which may hold secrets.
  'entity.parse.failed': 'Request body is not valid JSON',
  'encoding.unsupported': 'The request body encoding is not supported',
  'charset.unsupported': 'The request body charset is not supported',
};

/**
 * Body-parser, router and other http-errors style errors with a 4xx status (bad JSON, an unknown
 * Content-Encoding, a body too large, a path that does not decode): they keep their status.
 */
function clientError(error: unknown): { status: number; error: DomainError } | null {
  const e = error as { status?: unknown; type?: unknown } | null;
  if (!e || typeof e.status !== 'number' || e.status < 400 || e.status >= 500) return null;
  if (e.status === 413) return { status: 413, error: new DomainError('PAYLOAD_TOO_LARGE', 'Request body is too large') };
  const type = typeof e.type === 'string' && Object.hasOwn(BODY_PARSER_MESSAGES, e.type) ? e.type : undefined;
  const message = type ? BODY_PARSER_MESSAGES[type] : error instanceof URIError ? 'The request path is not valid percent-encoding' : 'The request could not be read';
  return { status: e.status, error: new DomainError('BAD_USER_INPUT', message) };
}

/** Unmatched routes answer a JSON 404. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendDomainError(res, new DomainError('NOT_FOUND', `No route for ${req.method} ${req.path}`));
};

/**
 * The last handler: domain errors are rendered with their status, client errors (bad JSON, body
 * too large) as 4xx, database outages as 503 with Retry-After, anything else is logged and
 * answered with a generic 500.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req: Request, res: Response, _next) => {
    if (res.headersSent) {
      // Too late for an error body: cut the response, so the client sees it failed.
      logger.error({ err: error, requestId: requestIdOf(req) }, 'error after the response began');
      res.destroy();
      return;
    }
    if (isDomainError(error)) return sendDomainError(res, error);
    const client = clientError(error);
    if (client) return sendDomainError(res, client.error, client.status);
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err: error, requestId: requestIdOf(req) }, 'database unavailable');
      return sendDomainError(res, databaseUnavailable(error));
    }
    logger.error({ err: error, requestId: requestIdOf(req) }, 'unexpected error');
    return sendDomainError(res, new DomainError('INTERNAL', 'Internal server error'));
  };
}
