import { GraphQLError } from 'graphql';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { DomainError, ERROR_CODES, type ErrorCode } from '../../src/common/errors';
import { GRAPHQL_CODES } from '../../src/graphql/errors';
import {
  GRAPHQL_CODE_TO_SCIM,
  SCIM_ERROR_SCHEMA,
  ScimError,
  errorCodeFromGraphQLCode,
  isScimType,
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

describe('GRAPHQL_CODE_TO_SCIM', () => {
  it.each<[ErrorCode, number, ScimType | undefined]>([
    ['BAD_USER_INPUT', 400, 'invalidValue'],
    ['UNAUTHENTICATED', 401, undefined],
    ['FORBIDDEN', 403, undefined],
    ['NOT_FOUND', 404, undefined],
    ['ALREADY_EXISTS', 409, 'uniqueness'],
    ['CONFLICT', 409, undefined],
    ['PRECONDITION_FAILED', 412, undefined],
    ['PAYLOAD_TOO_LARGE', 413, undefined],
    ['TOO_COMPLEX', 400, 'tooMany'],
    ['RATE_LIMITED', 429, undefined],
    ['UNAVAILABLE', 503, undefined],
    ['INTERNAL', 500, undefined],
  ])('maps %s to %i %s', (code, status, scimType) => {
    expect(GRAPHQL_CODE_TO_SCIM[code]).toEqual(scimType ? { status, scimType } : { status });
  });

  it('maps every domain error code', () => {
    expect(Object.keys(GRAPHQL_CODE_TO_SCIM).sort()).toEqual([...ERROR_CODES].sort());
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
  it.each<[ScimType]>([['mutability'], ['invalidPath'], ['noTarget'], ['invalidSyntax']])(
    'takes a BAD_USER_INPUT scimType from details.reason %s',
    (reason) => {
      expect(scimErrorForCode('BAD_USER_INPUT', 'No', { reason }).scimType).toBe(reason);
    },
  );

  it('keeps invalidValue when details.reason is not a scimType', () => {
    expect(scimErrorForCode('BAD_USER_INPUT', 'No', { reason: 'because' }).scimType).toBe('invalidValue');
  });

  it('ignores details.reason outside 400s', () => {
    expect(scimErrorForCode('ALREADY_EXISTS', 'Taken', { reason: 'invalidPath' }).scimType).toBe('uniqueness');
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
  it('uses the domain error behind a thrown GraphQLError', () => {
    const original = new DomainError('ALREADY_EXISTS', 'userName is taken', { field: 'userName' });
    const error = scimErrorFromGraphQLError(new GraphQLError('masked', { originalError: original }));
    expect([error.status, error.scimType, error.detail]).toEqual([409, 'uniqueness', 'userName is taken']);
  });

  it('passes a ScimError behind a GraphQLError through', () => {
    const original = new ScimError(400, 'invalidFilter', 'Bad');
    expect(scimErrorFromGraphQLError(new GraphQLError('x', { originalError: original }))).toBe(original);
  });

  it('reads code and reason from the extensions of a formatted error', () => {
    const error = scimErrorFromGraphQLError({ message: 'id is read-only', extensions: { code: 'BAD_USER_INPUT', reason: 'mutability' } });
    expect([error.status, error.scimType, error.detail]).toEqual([400, 'mutability', 'id is read-only']);
  });

  it.each([
    ['AuthorizationError', new AuthorizationError(), 403],
    ['AuthenticationError', new AuthenticationError(), 401],
  ])("maps type-graphql's %s by class", (_name, original, status) => {
    const error = scimErrorFromGraphQLError(new GraphQLError(original.message, { originalError: original }));
    expect(error.status).toBe(status);
  });

  it('masks an uncoded error as 500', () => {
    const error = scimErrorFromGraphQLError(new GraphQLError('secret', { originalError: new TypeError('secret') }));
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

  it.each([[new Error('boom')], ['a string'], [null], [undefined]])('masks %p as 500', (thrown) => {
    const error = toScimError(thrown);
    expect([error.status, error.scimType, error.detail]).toEqual([500, undefined, 'Internal server error']);
  });
});

describe('isScimType', () => {
  it.each([['invalidCursor', true], ['expiredCursor', true], ['invalidCount', true], ['sensitive', true], ['nope', false], [1, false]])(
    'says %p is a scimType: %p',
    (value, expected) => {
      expect(isScimType(value)).toBe(expected);
    },
  );
});
