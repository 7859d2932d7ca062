"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.notFound = exports.keepsWrites = exports.DomainError = exports.ERROR_CODES = void 0;
exports.isDomainError = isDomainError;
/**
 * The one error type the application raises. Each door renders it in its own protocol:
 * GraphQL as `extensions.code`, SCIM through a status/scimType table typed over `ErrorCode`.
 * Messages must be safe to show to the caller: no secrets, no SQL, no stack.
 */
exports.ERROR_CODES = [
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
];
class DomainError extends Error {
    constructor(code, message, details = {}, options) {
        super(message, options);
        this.code = code;
        this.details = details;
        this.name = 'DomainError';
        this.keepsWrites = options?.keepsWrites === true;
    }
}
exports.DomainError = DomainError;
/** Whether a unit of work that failed with `error` commits its writes (`DomainError.keepsWrites`). */
const keepsWrites = (error) => error instanceof DomainError && error.keepsWrites;
exports.keepsWrites = keepsWrites;
function isDomainError(error) {
    return error instanceof DomainError;
}
const notFound = (what, id) => new DomainError('NOT_FOUND', `${what} ${id} not found`, { id, resource: what });
exports.notFound = notFound;
//# sourceMappingURL=errors.js.map