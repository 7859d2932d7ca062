import { GraphQLError } from 'graphql';
import { DomainError, ERROR_CODES, type ErrorCode } from '../../src/common/errors';
import { GRAPHQL_CODES, toGraphQLError } from '../../src/graphql/errors';
import {
  SCIM_ERRORS,
  SCIM_ERROR_SCHEMA,
  ScimError,
  errorCodeFromGraphQLCode,
  scimErrorForCode,
  scimErrorFromDomainError,
  scimErrorFromGraphQLError,
  toScimError,
  toScimErrorBody,
  type ScimType,
} from '../../src/scim/errors';

describe('toScimErrorBody', () => {
  it('renders the RFC 7644 §3.12 body with the status as a string', () => {
    const body = toScimErrorBody(new ScimError(400, 'invalidFilter', 'Bad filter'));
    expect(body).toEqual({ schemas: [SCIM_ERROR_SCHEMA], status: '400', scimType: 'invalidFilter', detail: 'Bad filter' });
  });

  it('leaves scimType out when there is none', () => {
    expect(toScimErrorBody(new ScimError(404, undefined, 'User 1 not found'))).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '404',
      detail: 'User 1 not found',
    });
  });
});

describe('SCIM_ERRORS', () => {
  it.each<[ErrorCode, number, ScimType | undefined]>([
    ['BAD_USER_INPUT', 400, 'invalidValue'],
    ['INVALID_CURSOR', 400, 'invalidCursor'],
    ['MEMBER_NOT_IN_ORGANIZATION', 400, 'invalidValue'],
    ['UNAUTHENTICATED', 401, undefined],
    ['FORBIDDEN', 403, undefined],
    ['NOT_FOUND', 404, undefined],
    ['ALREADY_EXISTS', 409, 'uniqueness'],
    ['CONFLICT', 409, undefined],
    ['PRECONDITION_FAILED', 412, undefined],
    ['PAYLOAD_TOO_LARGE', 413, undefined],
    ['TOO_COMPLEX', 400, 'tooMany'],
    ['RATE_LIMITED', 429, undefined],
    ['DEPROVISION_HELD', 409, undefined],
    ['UNAVAILABLE', 503, undefined],
    ['INTERNAL', 500, undefined],
  ])('maps %s to %i %s', (code, status, scimType) => {
    expect(SCIM_ERRORS[code]).toEqual(scimType ? { status, scimType } : { status });
  });

  it('maps every domain error code', () => {
    expect(Object.keys(SCIM_ERRORS).sort()).toEqual([...ERROR_CODES].sort());
  });
});

describe('errorCodeFromGraphQLCode', () => {
  it.each(Object.entries(GRAPHQL_CODES))('finds %s back from its GraphQL code %s', (domainCode, graphqlCode) => {
    expect(errorCodeFromGraphQLCode(graphqlCode)).toBe(domainCode);
  });

  it.each([['GRAPHQL_VALIDATION_FAILED'], ['GRAPHQL_PARSE_FAILED'], ['SOMETHING_NEW'], ['toString'], [undefined], [42]])(
    'treats %p as INTERNAL',
    (code) => {
      expect(errorCodeFromGraphQLCode(code)).toBe('INTERNAL');
    },
  );
});

describe('scimErrorForCode', () => {
  it('takes the scimType from the code alone, whatever the details say', () => {
    expect(scimErrorForCode('BAD_USER_INPUT', 'No', { reason: 'invalidPath' }).scimType).toBe('invalidValue');
  });

  it('keeps the safe message as detail', () => {
    expect(scimErrorForCode('NOT_FOUND', 'User 7 not found').detail).toBe('User 7 not found');
  });

  it('masks the message of an internal error', () => {
    const error = scimErrorForCode('INTERNAL', 'relation "users" does not exist');
    expect([error.status, error.detail]).toEqual([500, 'Internal server error']);
  });

  it.each<[ErrorCode]>([['RATE_LIMITED'], ['UNAVAILABLE']])('carries retryAfter for %s', (code) => {
    expect(scimErrorForCode(code, 'Later', { retryAfter: 30 }).retryAfter).toBe(30);
  });
});

describe('scimErrorFromGraphQLError', () => {
  it('reads code and details from the extensions of a coded error', () => {
    const error = scimErrorFromGraphQLError(toGraphQLError(new DomainError('ALREADY_EXISTS', 'userName is taken', { field: 'userName' })));
    expect([error.status, error.scimType, error.detail]).toEqual([409, 'uniqueness', 'userName is taken']);
  });

  it('reads a formatted error (no originalError) the same way', () => {
    const error = scimErrorFromGraphQLError({ message: 'Not users of this organization: x', extensions: { code: 'MEMBER_NOT_IN_ORGANIZATION', field: 'members' } });
    expect([error.status, error.scimType, error.detail]).toEqual([400, 'invalidValue', 'Not users of this organization: x']);
  });

  it('names a missing team a Group from the typed extensions resource and id', () => {
    const error = scimErrorFromGraphQLError({ message: 'Team 7 not found', extensions: { code: 'NOT_FOUND', resource: 'Team', id: '7' } });
    expect([error.status, error.detail]).toEqual([404, 'Group 7 not found']);
  });

  it('ignores what the error was before it was coded: an uncoded error is a masked 500', () => {
    const original = new DomainError('ALREADY_EXISTS', 'userName is taken');
    const error = scimErrorFromGraphQLError(new GraphQLError('secret', { originalError: original }));
    expect([error.status, error.detail]).toEqual([500, 'Internal server error']);
  });
});

describe('toScimError', () => {
  it('passes a ScimError through', () => {
    const error = new ScimError(400, 'invalidPath', 'Bad path');
    expect(toScimError(error)).toBe(error);
  });

  it('maps a DomainError', () => {
    expect(toScimError(new DomainError('PRECONDITION_FAILED', 'Version mismatch')).status).toBe(412);
  });

  it('maps a domain error directly as well', () => {
    expect(scimErrorFromDomainError(new DomainError('RATE_LIMITED', 'Slow down', { retryAfter: 5 })).retryAfter).toBe(5);
  });

  it.each([
    ['entity.parse.failed', 400, 'invalidSyntax'],
    ['entity.too.large', 413, undefined],
    ['charset.unsupported', 415, undefined],
  ])('maps a body-parser %s error to %i', (type, status, scimType) => {
    const error = toScimError(Object.assign(new Error('parser'), { type }));
    expect([error.status, error.scimType]).toEqual([status, scimType]);
  });

  it.each([
    ['a body cut short (request.aborted)', Object.assign(new Error('request aborted'), { type: 'request.aborted', status: 400 }), 400],
    ['too many parameters', Object.assign(new Error('too many parameters'), { type: 'parameters.too.many', status: 413 }), 413],
    ['a path that does not decode', Object.assign(new URIError("Failed to decode param '%E0%A4%A'"), { status: 400 }), 400],
    ['any other http error with a 4xx', Object.assign(new Error('nope'), { status: 405, expose: true }), 405],
  ])('keeps the 4xx of %s, without its message', (_case, thrown, status) => {
    const error = toScimError(thrown);
    expect(error.status).toBe(status);
    expect(error.detail).not.toMatch(/%E0|aborted|nope|too many/);
  });

  it('does not take a 5xx status from a thrown error', () => {
    expect(toScimError(Object.assign(new Error('x'), { status: 503 })).status).toBe(500);
  });

  it.each([[new Error('boom')], ['a string'], [null], [undefined]])('masks %p as 500', (thrown) => {
    const error = toScimError(thrown);
    expect([error.status, error.scimType, error.detail]).toEqual([500, undefined, 'Internal server error']);
  });
});
