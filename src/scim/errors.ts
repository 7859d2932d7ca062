import { isDomainError, type DomainError, type ErrorCode, type ErrorDetails } from '../common/errors';

/**
 * The SCIM error catalogue: RFC 7644 §3.12 (Table 9) plus RFC 9865's cursor errors.
 * Domain errors reach SCIM through one table typed over `ErrorCode`; errors only the SCIM
 * protocol can see (a bad filter, a bad PATCH path, …) are raised here as `ScimError`.
 */
export const SCIM_TYPES = [
  'invalidFilter',
  'tooMany',
  'uniqueness',
  'mutability',
  'invalidSyntax',
  'invalidPath',
  'noTarget',
  'invalidValue',
  'invalidVers',
  'sensitive',
  'invalidCursor',
  'expiredCursor',
  'invalidCount',
] as const;

export type ScimType = (typeof SCIM_TYPES)[number];

export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** An error with its HTTP status and SCIM `scimType`; `detail` is shown to the client as it is. */
export class ScimError extends Error {
  /** Seconds to wait before retrying, rendered as `Retry-After` (429, 503). */
  readonly retryAfter?: number;

  constructor(
    readonly status: number,
    readonly scimType: ScimType | undefined,
    readonly detail: string,
    options: { retryAfter?: number; cause?: unknown } = {},
  ) {
    super(detail, { cause: options.cause });
    this.name = 'ScimError';
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
  }
}

/** Whether `error` is already a SCIM error, rendered as it is. */
export function isScimError(error: unknown): error is ScimError {
  return error instanceof ScimError;
}

/** The RFC 7644 §3.12 error body; `status` is a JSON string there. */
export interface ScimErrorBody {
  schemas: [typeof SCIM_ERROR_SCHEMA];
  status: string;
  scimType?: ScimType;
  detail: string;
}

/** The response body of a ScimError (RFC 7644 §3.12): `status` as a string, `scimType` only when it has one. */
export function toScimErrorBody(error: ScimError): ScimErrorBody {
  const body: ScimErrorBody = { schemas: [SCIM_ERROR_SCHEMA], status: String(error.status), detail: error.detail };
  if (error.scimType) body.scimType = error.scimType;
  return body;
}

/** Status and scimType of each domain error code. */
export interface ScimErrorMapping {
  status: number;
  scimType?: ScimType;
}

/**
 * ErrorCode → SCIM status/scimType (RFC 7644 §3.12). Typed over the whole union: a new domain code
 * does not compile until it is mapped here.
 */
export const SCIM_ERRORS: Record<ErrorCode, ScimErrorMapping> = {
  BAD_USER_INPUT: { status: 400, scimType: 'invalidValue' },
  INVALID_CURSOR: { status: 400, scimType: 'invalidCursor' },
  // RFC 7643 §4.2: a member must be a resource of the service provider.
  MEMBER_NOT_IN_ORGANIZATION: { status: 400, scimType: 'invalidValue' },
  UNAUTHENTICATED: { status: 401 },
  FORBIDDEN: { status: 403 },
  NOT_FOUND: { status: 404 },
  // RFC 7644 §3.3: a create that collides answers 409 with scimType uniqueness.
  ALREADY_EXISTS: { status: 409, scimType: 'uniqueness' },
  CONFLICT: { status: 409 },
  PRECONDITION_FAILED: { status: 412 },
  PAYLOAD_TOO_LARGE: { status: 413 },
  // A query the service refuses to compute: RFC 7644 Table 9's "tooMany" is the closest kin.
  TOO_COMPLEX: { status: 400, scimType: 'tooMany' },
  RATE_LIMITED: { status: 429 },
  // A held mass deprovision waits for a person (an org admin releases it), so it must not be a
  // 429 or 503, which Okta retries on its own and shows nobody. RFC 9110 §15.5.10: 409 is a
  // conflict with the target's current state that the user might resolve and resubmit; Okta
  // shows a 4xx's detail to its admin as a failed task, Entra logs it and retries next cycle.
  DEPROVISION_HELD: { status: 409 },
  UNAVAILABLE: { status: 503 },
  INTERNAL: { status: 500 },
};

/** GraphQL `extensions.code` strings that are not the domain code's own name. */
const RENAMED_GRAPHQL_CODES: Readonly<Record<string, ErrorCode>> = { INTERNAL_SERVER_ERROR: 'INTERNAL' };

/**
 * The domain code behind a GraphQL `extensions.code`. Anything else — graphql-js's own request
 * errors included, which on the SCIM door can only mean a façade bug — is INTERNAL.
 */
export function errorCodeFromGraphQLCode(code: unknown): ErrorCode {
  if (typeof code !== 'string') return 'INTERNAL';
  if (Object.hasOwn(RENAMED_GRAPHQL_CODES, code)) return RENAMED_GRAPHQL_CODES[code];
  return Object.hasOwn(SCIM_ERRORS, code) ? (code as ErrorCode) : 'INTERNAL';
}

const INTERNAL_DETAIL = 'Internal server error';

/** The graph's resource names that SCIM clients know by another name. */
const SCIM_RESOURCE_NAMES: Readonly<Record<string, string>> = { Team: 'Group' };

/** A NOT_FOUND message in the client's vocabulary: a missing team is a missing Group. */
function notFoundMessage(message: string, details: ErrorDetails): string {
  const { resource, id } = details;
  if (typeof resource !== 'string' || typeof id !== 'string' || !Object.hasOwn(SCIM_RESOURCE_NAMES, resource)) return message;
  return `${SCIM_RESOURCE_NAMES[resource]} ${id} not found`;
}

/** Builds the ScimError for a domain code, its safe message and details. */
export function scimErrorForCode(code: ErrorCode, message: string, details: ErrorDetails = {}, cause?: unknown): ScimError {
  const { status, scimType } = SCIM_ERRORS[code];
  if (status >= 500 && code !== 'UNAVAILABLE') return new ScimError(status, undefined, INTERNAL_DETAIL, { cause });
  const retryAfter = typeof details.retryAfter === 'number' && details.retryAfter >= 0 ? details.retryAfter : undefined;
  const detail = code === 'NOT_FOUND' ? notFoundMessage(message, details) : message;
  return new ScimError(status, scimType, detail, { retryAfter, cause });
}

/** A domain error through the SCIM_ERRORS table (RFC 7644 §3.12), keeping it as the cause. */
export function scimErrorFromDomainError(error: DomainError): ScimError {
  return scimErrorForCode(error.code, error.message, error.details, error);
}

/**
 * An error of an execution result → ScimError, from its `extensions` alone (`code` and the
 * details the domain put there): what the error was before it left the schema is not the door's
 * business. The GraphQL error is kept as the cause, for the log of a 500.
 */
export function scimErrorFromGraphQLError(error: { message: string; extensions?: Readonly<Record<string, unknown>> }): ScimError {
  const extensions: ErrorDetails = { ...error.extensions };
  return scimErrorForCode(errorCodeFromGraphQLCode(extensions.code), error.message, extensions, error);
}

/** body-parser's error types, each with what the client is told (its own messages may quote the body). */
const BODY_PARSER_ERRORS: Readonly<Record<string, { status: number; scimType?: ScimType; detail: string }>> = {
  'entity.parse.failed': { status: 400, scimType: 'invalidSyntax', detail: 'The request body is not valid JSON' },
  'entity.too.large': { status: 413, detail: 'The request body is too large' },
  'encoding.unsupported': { status: 415, detail: 'The request body encoding is not supported' },
  'charset.unsupported': { status: 415, detail: 'The request body encoding is not supported' },
};

/**
 * Errors of the HTTP machinery before any handler ran, keeping their 4xx status: body-parser's
 * (bad JSON, too large, an unknown Content-Encoding, a body cut short) and the router's
 * (a path whose percent-encoding does not decode: `/Users/%E0%A4%A`). Null for anything else.
 */
function requestError(error: unknown): ScimError | null {
  const e = error as { type?: unknown; status?: unknown } | null;
  const known = typeof e?.type === 'string' && Object.hasOwn(BODY_PARSER_ERRORS, e.type) ? BODY_PARSER_ERRORS[e.type] : undefined;
  if (known) return new ScimError(known.status, known.scimType, known.detail, { cause: error });
  if (typeof e?.status !== 'number' || e.status < 400 || e.status >= 500) return null;
  if (error instanceof URIError) return new ScimError(400, undefined, 'The request path is not valid percent-encoding', { cause: error });
  // A body that does not decode (a Content-Encoding it is not in) has no structure to read: RFC 7644 §3.12 invalidSyntax.
  return new ScimError(e.status, e.status === 400 ? 'invalidSyntax' : undefined, 'The request could not be read', { cause: error });
}

/**
 * Any thrown value → ScimError: ScimErrors pass, domain errors (from the authentication step, before
 * any execution) go through the table, request errors keep their 4xx, and the rest is a masked 500.
 */
export function toScimError(error: unknown): ScimError {
  if (isScimError(error)) return error;
  if (isDomainError(error)) return scimErrorFromDomainError(error);
  return requestError(error) ?? new ScimError(500, undefined, INTERNAL_DETAIL, { cause: error });
}
