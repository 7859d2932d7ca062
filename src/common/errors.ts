/**
 * The one error type the application raises. Each door renders it in its own protocol:
 * GraphQL as `extensions.code`, SCIM through a status/scimType table typed over `ErrorCode`.
 * Messages must be safe to show to the caller: no secrets, no SQL, no stack.
 */

/**
 * Every code a DomainError carries: a public contract, the GraphQL API's `extensions.code` (INTERNAL
 * as `INTERNAL_SERVER_ERROR`) and the key of the SCIM status table. Never rename one.
 */
export const ERROR_CODES = [
  /** An input the caller can fix: malformed, out of range, or against a rule of the domain; `details.field` names the field when there is one. */
  'BAD_USER_INPUT',
  /** A paging cursor (`after`, `before`, a team's member cursor) that is not one this query handed out. */
  'INVALID_CURSOR',
  /** A team membership naming users that are not users of the team's organization (or do not exist). */
  'MEMBER_NOT_IN_ORGANIZATION',
  /** No API token, or one that is unknown or revoked; a console session that is invalid or expired. */
  'UNAUTHENTICATED',
  /** An authenticated caller without the right: a token scoped to no organization, a role that may not do this, a field only the identity provider writes. */
  'FORBIDDEN',
  /** The resource named (`details.resource`, `details.id`) does not exist in the caller's organization, or was deleted. */
  'NOT_FOUND',
  /** A create or rename that collides with a unique value (`details.field`: a userName, a team name, an externalId). */
  'ALREADY_EXISTS',
  /** A change refused because of the current state: it would leave the organization without an active org admin; a seed collided with a concurrent one. */
  'CONFLICT',
  /** A write guarded by `ifVersion` (If-Match) found the resource at another version (`details.version`). */
  'PRECONDITION_FAILED',
  /** A request body larger than the server accepts. */
  'PAYLOAD_TOO_LARGE',
  /** A GraphQL query whose complexity or depth exceeds the limit, or that could not be measured. */
  'TOO_COMPLEX',
  /** Too many requests for this token or organization (`details.limit`); `details.retryAfter` says when to retry. */
  'RATE_LIMITED',
  /** An IdP deprovision held while the organization's deprovision hold is engaged: recorded as held (the writes kept), applied only after an org admin releases the hold. */
  'DEPROVISION_HELD',
  /** The database cannot be reached; `details.retryAfter` says when to retry. */
  'UNAVAILABLE',
  /** Anything uncoded: logged with its cause and shown only as a generic message. */
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

/**
 * The one error the application throws: a code, a message safe to show the caller, details the
 * doors may render (GraphQL `extensions`, SCIM `detail`), and the underlying error as `cause`.
 */
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

/** Whether `error` is a DomainError (a coded error the doors render as it is, not masked). */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** NOT_FOUND for the `what` (`User`, `Team`, …) of this id, with both in its details (the SCIM door names a Team a Group). */
export const notFound = (what: string, id: string): DomainError =>
  new DomainError('NOT_FOUND', `${what} ${id} not found`, { id, resource: what });
