import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { isDomainError, type DomainError } from '../common/errors';
import type { GraphQLContext } from './context';

/** The GraphQL `extensions.code` of each domain error code (Apollo's names where they exist). */
export const GRAPHQL_CODES: Record<DomainError['code'], string> = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  CONFLICT: 'CONFLICT',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  TOO_COMPLEX: 'TOO_COMPLEX',
  RATE_LIMITED: 'RATE_LIMITED',
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

/** Codes a client may see as they are; anything else is masked. */
const PUBLIC_CODES = new Set([
  ...Object.values(GRAPHQL_CODES),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** DomainError → GraphQLError carrying `extensions.code`, the safe details and any `extra` extensions. */
export function toGraphQLError(error: DomainError, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: GRAPHQL_CODES[error.code], ...error.details, ...extra },
    originalError: error,
  });
}

/** Resolver middleware: domain errors become coded GraphQL errors; the rest pass to `maskError`. */
export const DomainErrors: MiddlewareFn<GraphQLContext> = async (_action, next) => {
  try {
    return await next();
  } catch (error) {
    if (isDomainError(error)) throw toGraphQLError(error);
    throw error;
  }
};

/** type-graphql's own authorization and validation errors, by class name. */
function knownLibraryCode(error: unknown): string | null {
  const name = (error as { constructor?: { name?: string } } | null)?.constructor?.name;
  // type-graphql 2 names: AuthorizationError carries the code UNAUTHORIZED, which is FORBIDDEN here.
  if (name === 'AuthenticationError') return 'UNAUTHENTICATED';
  if (name === 'AuthorizationError') return 'FORBIDDEN';
  if (name === 'ArgumentValidationError') return 'BAD_USER_INPUT';
  return null;
}

/**
 * The last word on every error leaving the GraphQL door: coded errors pass, anything uncoded is
 * reported through `log` and masked as INTERNAL_SERVER_ERROR with a generic message.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, log: (error: unknown) => void): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (isDomainError(original)) return { ...formatted, extensions: { ...formatted.extensions, code: GRAPHQL_CODES[original.code], ...original.details } };
  const libraryCode = knownLibraryCode(original);
  if (libraryCode) {
    const message = libraryCode === 'FORBIDDEN' || libraryCode === 'UNAUTHENTICATED' ? 'Not allowed for this token' : formatted.message;
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code: libraryCode } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (!(error instanceof GraphQLError) || error.originalError) log(original);
  else if (!code) return { ...formatted, extensions: { ...formatted.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } };
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
