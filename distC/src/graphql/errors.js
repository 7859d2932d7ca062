"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INTERNAL_MESSAGE = exports.GRAPHQL_CODES = void 0;
exports.asDomainError = asDomainError;
exports.toGraphQLError = toGraphQLError;
exports.codeResolverErrors = codeResolverErrors;
exports.isRefusedRequest = isRefusedRequest;
exports.maskError = maskError;
const graphql_1 = require("graphql");
const errors_1 = require("../common/errors");
const db_errors_1 = require("../domain/db-errors");
/** The GraphQL `extensions.code` of each domain error code: its own name, but Apollo's for INTERNAL. */
exports.GRAPHQL_CODES = {
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
exports.INTERNAL_MESSAGE = 'Internal server error';
/** type-graphql's own errors carry no domain code; they are known by class name. */
const LIBRARY_CODES = {
    AuthenticationError: 'UNAUTHENTICATED',
    AuthorizationError: 'FORBIDDEN',
    ArgumentValidationError: 'BAD_USER_INPUT',
};
/**
 * Any error raised while resolving a field, as the DomainError it stands for: domain errors as
 * they are, a database out of reach as UNAVAILABLE, type-graphql's authorization and validation
 * errors by class, anything else INTERNAL (with the error as its cause, for the log).
 */
function asDomainError(error) {
    if ((0, errors_1.isDomainError)(error))
        return error;
    if (error instanceof graphql_1.GraphQLError && (0, errors_1.isDomainError)(error.originalError))
        return error.originalError;
    if ((0, db_errors_1.isDatabaseUnavailable)(error))
        return (0, db_errors_1.databaseUnavailable)(error);
    const name = error?.constructor?.name;
    const libraryCode = typeof name === 'string' && Object.hasOwn(LIBRARY_CODES, name) ? LIBRARY_CODES[name] : undefined;
    if (libraryCode === 'BAD_USER_INPUT')
        return new errors_1.DomainError(libraryCode, error.message, {}, { cause: error });
    if (libraryCode)
        return new errors_1.DomainError(libraryCode, 'Not allowed for this token', {}, { cause: error });
    return new errors_1.DomainError('INTERNAL', exports.INTERNAL_MESSAGE, {}, { cause: error });
}
/**
 * DomainError → GraphQLError with `extensions.code`, the error's details and any `extra` extensions.
 * An INTERNAL error keeps its cause as `originalError`, so the door can log what was masked.
 */
function toGraphQLError(error, extra = {}, at) {
    return new graphql_1.GraphQLError(error.message, {
        ...(at ? { nodes: at.fieldNodes, path: (0, graphql_1.responsePathAsArray)(at.path) } : {}),
        extensions: { code: exports.GRAPHQL_CODES[error.code], ...error.details, ...extra },
        originalError: error.code === 'INTERNAL' && error.cause instanceof Error ? error.cause : error,
    });
}
const isPromise = (value) => typeof value?.then === 'function';
const codedResolvers = new WeakSet();
/** A resolver whose errors, thrown or rejected, leave as coded GraphQL errors located at the field. */
function coded(resolve) {
    if (codedResolvers.has(resolve))
        return resolve;
    const wrapped = (source, args, context, info) => {
        const fail = (error) => {
            throw toGraphQLError(asDomainError(error), {}, info);
        };
        try {
            const result = resolve(source, args, context, info);
            return isPromise(result) ? result.catch(fail) : result;
        }
        catch (error) {
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
function codeResolverErrors(schema) {
    for (const type of Object.values(schema.getTypeMap())) {
        if (!(0, graphql_1.isObjectType)(type) || type.name.startsWith('__'))
            continue;
        for (const field of Object.values(type.getFields())) {
            if (field.resolve)
                field.resolve = coded(field.resolve);
        }
    }
}
/** Apollo's code for a request it refuses before execution, as its own request errors carry it. */
const BAD_REQUEST_CODE = 'BAD_REQUEST';
/**
 * Whether Apollo's request pipeline refused the request with a client status and no code of its
 * own (a persisted query whose hash does not match its text): the client's fault, told in Apollo's
 * own words, never a bug to mask and log.
 */
function isRefusedRequest(error) {
    if (!(error instanceof graphql_1.GraphQLError) || error.originalError || error.extensions.code !== undefined)
        return false;
    const status = error.extensions.http?.status;
    return typeof status === 'number' && status >= 400 && status < 500;
}
/**
 * The GraphQL door's last word on an error: coded errors pass, a request Apollo refused gets
 * BAD_REQUEST, and INTERNAL_SERVER_ERROR or an uncoded error (a bug outside any resolver) is masked
 * as INTERNAL_SERVER_ERROR, what it masked reported through `log` when given (the app logs it
 * where it knows the request id instead).
 */
function maskError(formatted, error, log) {
    if (isRefusedRequest(error))
        return { ...formatted, extensions: { ...formatted.extensions, code: BAD_REQUEST_CODE } };
    const code = formatted.extensions?.code;
    const original = error instanceof graphql_1.GraphQLError ? error.originalError : error;
    if (typeof code === 'string' && code !== exports.GRAPHQL_CODES.INTERNAL)
        return formatted;
    log?.(original ?? error);
    return { message: exports.INTERNAL_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: exports.GRAPHQL_CODES.INTERNAL } };
}
//# sourceMappingURL=errors.js.map