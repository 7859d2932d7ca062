import type { Logger } from 'pino';
import { scrubMessage } from '../common/scrub';

/** What a logged error shows: enough to find the fault, nothing a request carried. */
export interface SafeError {
  type: string;
  /** SQLSTATE, a socket error code or a domain code. */
  code?: string;
  message: string;
  /** The statement's text with its `?` placeholders: the SQL shape, never the values bound to it. */
  sql?: string;
  stack?: string;
  cause?: SafeError;
}

const CODE = /^[A-Za-z0-9_.-]{1,40}$/;
/** Nested causes shown at most (DomainError → GraphQLError → driver error → socket error). */
const MAX_CAUSES = 4;

/** The frames of a stack, without its first lines (they repeat the message). */
const framesOf = (stack: unknown): string | undefined =>
  typeof stack === 'string' ? stack.split('\n').filter((line) => line.trimStart().startsWith('at ')).join('\n') || undefined : undefined;

/**
 * pino's `err` serializer for this service (issue 11, item 9): the error's class, code, SQL shape
 * and stack frames, with values scrubbed from its message. Row contents, bound values, a driver's
 * `detail`/`where`, and whatever else an error object carries are left out by construction.
 */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!error || typeof error !== 'object') return { type: typeof error, message: '' };
  const e = error as { name?: unknown; code?: unknown; sqlState?: unknown; message?: unknown; sql?: unknown; stack?: unknown; cause?: unknown; originalError?: unknown };
  const type = (error as { constructor?: { name?: unknown } }).constructor?.name;
  const code = [e.sqlState, e.code].find((value): value is string => typeof value === 'string' && CODE.test(value));
  const out: SafeError = { type: typeof type === 'string' ? type : 'Object', message: scrubMessage(typeof e.message === 'string' ? e.message : '') };
  if (code) out.code = code;
  if (typeof e.sql === 'string') out.sql = e.sql.slice(0, 2000);
  const stack = framesOf(e.stack);
  if (stack) out.stack = stack;
  const cause = e.originalError ?? e.cause;
  if (cause && cause !== error && depth < MAX_CAUSES) out.cause = safeError(cause, depth + 1);
  return out;
}

/** The logger the app writes through: errors (`err`) are serialized by `safeError`. */
export const safeLogger = (logger: Logger): Logger => logger.child({}, { serializers: { err: (error: unknown) => safeError(error) } });
