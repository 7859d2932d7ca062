import { GraphQLError } from 'graphql';
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

const SCIM_TYPE_SET: ReadonlySet<string> = new Set(SCIM_TYPES);

export function isScimType(value: unknown): value is ScimType {
  return typeof value === 'string' && SCIM_TYPE_SET.has(value);
}

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

export function toScimErrorBody(error: ScimError): ScimErrorBody {
  const body: ScimErrorBody = { schemas: [SCIM_ERROR_SCHEMA], status: String(error.status), detail: error.detail };
  if (error.scimType) body.scimType = error.scimType;
  return body;
}

/** Status and default scimType of each domain error code. */
export interface ScimErrorMapping {
  status: number;
  scimType?: ScimType;
}

/**
 * ErrorCode → SCIM status/scimType. Typed over the whole union: a new domain code does not
 * compile until it is mapped here. For 400s, a `details.reason` that is a ScimType wins over the
 * default scimType (e.g. BAD_USER_INPUT with reason `mutability`).
 */
export const GRAPHQL_CODE_TO_SCIM: Record<ErrorCode, ScimErrorMapping> = {
  BAD_USER_INPUT: { status: 400, scimType: 'invalidValue' },
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
  UNAVAILABLE: { status: 503 },
  INTERNAL: { status: 500 },
};

/** GraphQL `extensions.code` strings that differ from the domain code's own name. */
const RENAMED_GRAPHQL_CODES: Readonly<Record<string, ErrorCode>> = {
  INTERNAL_SERVER_ERROR: 'INTERNAL',
  // type-graphql's AuthorizationError: a right the token lacks.
  UNAUTHORIZED: 'FORBIDDEN',
};

/**
 * The domain code behind a GraphQL `extensions.code` (`INTERNAL_SERVER_ERROR` → INTERNAL).
 * Anything else — including graphql-js's own parse/validation codes, which on the SCIM door can only
 * mean a façade bug — is INTERNAL.
 */
export function errorCodeFromGraphQLCode(code: unknown): ErrorCode {
  if (typeof code !== 'string') return 'INTERNAL';
  if (Object.hasOwn(RENAMED_GRAPHQL_CODES, code)) return RENAMED_GRAPHQL_CODES[code];
  return Object.hasOwn(GRAPHQL_CODE_TO_SCIM, code) ? (code as ErrorCode) : 'INTERNAL';
}

/** type-graphql's authorization and validation errors, known by class name whatever code they carry. */
const LIBRARY_ERROR_CODES: Readonly<Record<string, ErrorCode>> = {
  AuthenticationError: 'UNAUTHENTICATED',
  AuthorizationError: 'FORBIDDEN',
  ArgumentValidationError: 'BAD_USER_INPUT',
};

function libraryErrorCode(error: unknown): ErrorCode | undefined {
  const name = (error as { constructor?: { name?: unknown } } | null | undefined)?.constructor?.name;
  return typeof name === 'string' && Object.hasOwn(LIBRARY_ERROR_CODES, name) ? LIBRARY_ERROR_CODES[name] : undefined;
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
  const mapping = GRAPHQL_CODE_TO_SCIM[code];
  if (mapping.status >= 500 && code !== 'UNAVAILABLE') return new ScimError(mapping.status, undefined, INTERNAL_DETAIL, { cause });
  const scimType = mapping.status === 400 && isScimType(details.reason) ? details.reason : mapping.scimType;
  const retryAfter = typeof details.retryAfter === 'number' && details.retryAfter >= 0 ? details.retryAfter : undefined;
  const detail = code === 'NOT_FOUND' ? notFoundMessage(message, details) : message;
  return new ScimError(mapping.status, scimType, detail, { retryAfter, cause });
}

export function scimErrorFromDomainError(error: DomainError): ScimError {
  return scimErrorForCode(error.code, error.message, error.details, error);
}

/** A GraphQL error (as thrown, or as formatted in a result's `errors`) → ScimError. */
export function scimErrorFromGraphQLError(error: { message: string; extensions?: Readonly<Record<string, unknown>> }): ScimError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original) {
    if (isScimError(original)) return original;
    if (isDomainError(original)) return scimErrorFromDomainError(original);
  }
  const extensions = error.extensions ?? {};
  const code = libraryErrorCode(original) ?? errorCodeFromGraphQLCode(extensions.code);
  return scimErrorForCode(code, error.message, extensions, error);
}

/** Express body-parser failures, recognised by the `type` it sets on its errors. */
function bodyParserError(error: unknown): ScimError | null {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') return new ScimError(400, 'invalidSyntax', 'The request body is not valid JSON', { cause: error });
  if (type === 'entity.too.large') return new ScimError(413, undefined, 'The request body is too large', { cause: error });
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return new ScimError(415, undefined, 'The request body encoding is not supported', { cause: error });
  }
  return null;
}

/**
 * Any thrown value → ScimError: ScimErrors pass, domain and GraphQL errors go through the table,
 * body-parser failures become invalidSyntax/413, and the rest is a masked 500.
 */
export function toScimError(error: unknown): ScimError {
  if (isScimError(error)) return error;
  if (isDomainError(error)) return scimErrorFromDomainError(error);
  if (error instanceof GraphQLError) return scimErrorFromGraphQLError(error);
  return bodyParserError(error) ?? new ScimError(500, undefined, INTERNAL_DETAIL, { cause: error });
}
