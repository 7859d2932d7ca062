/**
 * The one error type the application raises. Each door renders it in its own protocol:
 * GraphQL as `extensions.code`, SCIM through a status/scimType table typed over `ErrorCode`.
 * Messages must be safe to show to the caller: no secrets, no SQL, no stack.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'INVALID_CURSOR',
  'MEMBER_NOT_IN_ORGANIZATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'TOO_COMPLEX',
  'RATE_LIMITED',
  'DEPROVISION_HELD',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * What an error says besides its message, safe to show to the caller. The named members are the
 * ones the doors read (as GraphQL `extensions`); others are informative.
 */
export interface ErrorDetails {
  /** The input field the error is about, e.g. `userName`. */
  field?: string;
  /** Seconds the client should wait before retrying (RATE_LIMITED, UNAVAILABLE). */
  retryAfter?: number;
  /** NOT_FOUND: the kind of thing missing (`User`, `Team`, …) and the id asked for. */
  resource?: string;
  id?: string;
  /** PRECONDITION_FAILED: the current version. */
  version?: number;
  [key: string]: unknown;
}

export class DomainError extends Error {
  /**
   * A refusal that is itself recorded (a held deprovision): the unit of work that raised it
   * commits what it wrote before the refusal, then fails with it. Raise it only before the unit
   * has changed anything else.
   */
  readonly keepsWrites: boolean;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
    options?: { cause?: unknown; keepsWrites?: boolean },
  ) {
    super(message, options);
    this.name = 'DomainError';
    this.keepsWrites = options?.keepsWrites === true;
  }
}

/** Whether a unit of work that failed with `error` commits its writes (`DomainError.keepsWrites`). */
export const keepsWrites = (error: unknown): boolean => error instanceof DomainError && error.keepsWrites;

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export const notFound = (what: string, id: string): DomainError =>
  new DomainError('NOT_FOUND', `${what} ${id} not found`, { id, resource: what });
