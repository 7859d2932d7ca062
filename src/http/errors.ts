import { ConnectionException } from '@mikro-orm/core';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { DomainError, isDomainError, type ErrorCode } from '../common/errors';
import { GRAPHQL_CODES } from '../graphql/errors';
import { requestIdOf } from './request-id';

/** Seconds a client is asked to wait when the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN']);
/** PostgreSQL SQLSTATEs for a lost or refused connection (class 08, admin/crash shutdown, cannot connect now). */
const PG_CONNECTION_STATE = /^(08...|57P0[1-3])$/;
const POOL_MESSAGES = /Unable to acquire a connection|Timeout acquiring a connection|Connection terminated|connection is closed/i;

/** True when `error` (or anything in its cause chain) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 6; depth += 1) {
    const candidate = e as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown; originalError?: unknown };
    if (e instanceof ConnectionException || candidate.name === 'KnexTimeoutError') return true;
    if (typeof candidate.code === 'string' && (NETWORK_CODES.has(candidate.code) || PG_CONNECTION_STATE.test(candidate.code))) return true;
    if (typeof candidate.message === 'string' && POOL_MESSAGES.test(candidate.message)) return true;
    e = candidate.originalError ?? candidate.cause;
  }
  return false;
}

/** The error a database outage is reported as, on either door. */
export const databaseUnavailable = (cause?: unknown): DomainError =>
  new DomainError('UNAVAILABLE', 'The database is unavailable; retry later', { retryAfter: RETRY_AFTER_SECONDS }, { cause });

/** The HTTP status of each domain error code when it ends a request outside GraphQL execution. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  TOO_COMPLEX: 400,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** Sends a GraphQL-shaped error body (`{ errors: [{ message, extensions: { code } }] }`). */
export function sendDomainError(res: Response, error: DomainError, status = HTTP_STATUS[error.code]): void {
  const { retryAfter } = error.details;
  if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
  if (error.code === 'UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(status).json({
    errors: [{ message: error.message, extensions: { code: GRAPHQL_CODES[error.code], ...error.details } }],
  });
}

/** Body-parser and other http-errors style errors that are safe to show (4xx with `expose`). */
function clientError(error: unknown): { status: number; error: DomainError } | null {
  const e = error as { status?: unknown; expose?: unknown; type?: unknown; message?: unknown } | null;
  if (!e || typeof e.status !== 'number' || e.status < 400 || e.status >= 500 || e.expose !== true) return null;
  if (e.status === 413) return { status: 413, error: new DomainError('PAYLOAD_TOO_LARGE', 'Request body is too large') };
  // The parser's own message quotes the body, which may hold secrets.
  const message = e.type === 'entity.parse.failed' ? 'Request body is not valid JSON' : String(e.message ?? 'Bad request');
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
  return (error: unknown, req: Request, res: Response, next) => {
    if (res.headersSent) return next(error);
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
