import { GraphQLError, isObjectType, responsePathAsArray, type GraphQLFieldResolver, type GraphQLFormattedError, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { DomainError, isDomainError, type ErrorCode } from '../common/errors';
import { databaseUnavailable, isDatabaseUnavailable } from '../domain/db-errors';

/** The GraphQL `extensions.code` of each domain error code: its own name, but Apollo's for INTERNAL. */
export const GRAPHQL_CODES: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INVALID_CURSOR: 'INVALID_CURSOR',
  MEMBER_NOT_IN_ORGANIZATION: 'MEMBER_NOT_IN_ORGANIZATION',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  CONFLICT: 'CONFLICT',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  TOO_COMPLEX: 'TOO_COMPLEX',
  RATE_LIMITED: 'RATE_LIMITED',
  DEPROVISION_HELD: 'DEPROVISION_HELD',
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

/** The message every uncoded error is shown with: its own may hold SQL, values or secrets. */
export const INTERNAL_MESSAGE = 'Internal server error';

/** type-graphql's own errors carry no domain code; they are known by class name. */
const LIBRARY_CODES: Readonly<Record<string, ErrorCode>> = {
  AuthenticationError: 'UNAUTHENTICATED',
  AuthorizationError: 'FORBIDDEN',
  ArgumentValidationError: 'BAD_USER_INPUT',
};

/**
 * Any error raised while resolving a field, as the DomainError it stands for: domain errors as
 * they are, a database out of reach as UNAVAILABLE, type-graphql's authorization and validation
 * errors by class, anything else INTERNAL (with the error as its cause, for the log).
 */
export function asDomainError(error: unknown): DomainError {
  if (isDomainError(error)) return error;
  if (error instanceof GraphQLError && isDomainError(error.originalError)) return error.originalError;
  if (isDatabaseUnavailable(error)) return databaseUnavailable(error);
  const name = (error as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  const libraryCode = typeof name === 'string' && Object.hasOwn(LIBRARY_CODES, name) ? LIBRARY_CODES[name] : undefined;
  if (libraryCode === 'BAD_USER_INPUT') return new DomainError(libraryCode, (error as Error).message, {}, { cause: error });
  if (libraryCode) return new DomainError(libraryCode, 'Not allowed for this token', {}, { cause: error });
  return new DomainError('INTERNAL', INTERNAL_MESSAGE, {}, { cause: error });
}

/**
 * DomainError → GraphQLError with `extensions.code`, the error's details and any `extra` extensions.
 * An INTERNAL error keeps its cause as `originalError`, so the door can log what was masked.
 */
export function toGraphQLError(error: DomainError, extra: Record<string, unknown> = {}, at?: GraphQLResolveInfo): GraphQLError {
  return new GraphQLError(error.message, {
    ...(at ? { nodes: at.fieldNodes, path: responsePathAsArray(at.path) } : {}),
    extensions: { code: GRAPHQL_CODES[error.code], ...error.details, ...extra },
    originalError: error.code === 'INTERNAL' && error.cause instanceof Error ? error.cause : error,
  });
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === 'function';

const codedResolvers = new WeakSet<GraphQLFieldResolver<unknown, unknown>>();

/** A resolver whose errors, thrown or rejected, leave as coded GraphQL errors located at the field. */
function coded(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  if (codedResolvers.has(resolve)) return resolve;
  const wrapped: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
    const fail = (error: unknown): never => {
      throw toGraphQLError(asDomainError(error), {}, info);
    };
    try {
      const result = resolve(source, args, context, info);
      return isPromise(result) ? result.catch(fail) : result;
    } catch (error) {
      return fail(error);
    }
  };
  codedResolvers.add(wrapped);
  return wrapped;
}

/**
 * The one place errors get their code: every field of the schema that has a resolver of its own is
 * wrapped so that whatever it throws carries `extensions.code` (and the error's details as
 * extensions). Plain properties keep graphql-js's default resolver and pay nothing. Both doors
 * then read only `extensions`. Applying it twice wraps nothing twice.
 */
export function codeResolverErrors(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) field.resolve = coded(field.resolve);
    }
  }
}

/** Apollo's code for a request it refuses before execution, as its own request errors carry it. */
export const BAD_REQUEST_CODE = 'BAD_REQUEST';

/**
 * Whether Apollo's request pipeline refused the request with a client status and no code of its
 * own (a persisted query whose hash does not match its text): the client's fault, told in Apollo's
 * own words, never a bug to mask and log.
 */
export function isRefusedRequest(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * The GraphQL door's last word on an error: coded errors pass, a request Apollo refused gets
 * BAD_REQUEST, and INTERNAL_SERVER_ERROR or an uncoded error (a bug outside any resolver) is masked
 * as INTERNAL_SERVER_ERROR, what it masked reported through `log` when given (the app logs it
 * where it knows the request id instead).
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, log?: (error: unknown) => void): GraphQLFormattedError {
  if (isRefusedRequest(error)) return { ...formatted, extensions: { ...formatted.extensions, code: BAD_REQUEST_CODE } };
  const code = formatted.extensions?.code;
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (typeof code === 'string' && code !== GRAPHQL_CODES.INTERNAL) return formatted;
  log?.(original ?? error);
  return { message: INTERNAL_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: GRAPHQL_CODES.INTERNAL } };
}
