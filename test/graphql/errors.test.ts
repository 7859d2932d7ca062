import { GraphQLError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { DomainError } from '../../src/common/errors';
import { asDomainError, toGraphQLError } from '../../src/graphql/errors';

describe('asDomainError', () => {
  it('keeps a domain error as it is', () => {
    const error = new DomainError('NOT_FOUND', 'User 1 not found');
    expect(asDomainError(error)).toBe(error);
  });

  it('finds the domain error behind a GraphQL error', () => {
    const error = new DomainError('CONFLICT', 'No');
    expect(asDomainError(new GraphQLError('No', { originalError: error }))).toBe(error);
  });

  it.each([
    ['AuthorizationError', new AuthorizationError(), 'FORBIDDEN'],
    ['AuthenticationError', new AuthenticationError(), 'UNAUTHENTICATED'],
    ['ArgumentValidationError', new ArgumentValidationError([]), 'BAD_USER_INPUT'],
  ])("codes type-graphql's %s by class", (_name, error, code) => {
    expect(asDomainError(error).code).toBe(code);
  });

  it('codes a lost database connection as UNAVAILABLE with a retry delay', () => {
    const error = asDomainError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    expect([error.code, error.details.retryAfter]).toEqual(['UNAVAILABLE', 5]);
  });

  it('codes anything else INTERNAL with a generic message, keeping it as the cause', () => {
    const original = new TypeError('password=hunter2');
    const error = asDomainError(original);
    expect([error.code, error.message, error.cause]).toEqual(['INTERNAL', 'Internal server error', original]);
  });
});

describe('toGraphQLError', () => {
  it('carries the code and the details as extensions', () => {
    const error = toGraphQLError(new DomainError('INVALID_CURSOR', 'The cursor is not valid for this query', { field: 'after' }));
    expect(error.extensions).toEqual({ code: 'INVALID_CURSOR', field: 'after' });
  });

  it('names INTERNAL as Apollo does and keeps the masked cause as originalError', () => {
    const cause = new Error('driver detail');
    const error = toGraphQLError(new DomainError('INTERNAL', 'Internal server error', {}, { cause }));
    expect([error.extensions.code, error.message, error.originalError]).toEqual(['INTERNAL_SERVER_ERROR', 'Internal server error', cause]);
  });
});
