import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Response } from 'express';
import { scimErrorFromGraphQLError } from './errors';
import type { Execute } from './execute';
import { groupsBackend, type GroupsBackend } from './groups.backend';
import { usersBackend, type UsersBackend } from './users.backend';

/** Runs one of the façade's typed documents for the request; rejects with the SCIM error of its first error. */
export type Run = <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables) => Promise<TResult>;

/** The application as a SCIM handler sees it for one request: typed calls, each one GraphQL operation. */
export interface ScimBackend {
  users: UsersBackend;
  groups: GroupsBackend;
}

/** The backend of one request: `execute` bound to the request's context. */
export function createBackend(execute: Execute, context: unknown): ScimBackend {
  const run: Run = async (document, variables) => {
    const result = await execute(document, variables, context);
    if (result.errors?.length) throw scimErrorFromGraphQLError(result.errors[0]);
    if (!result.data) throw new Error('A GraphQL result without errors holds no data');
    return result.data;
  };
  return { users: usersBackend(run), groups: groupsBackend(run) };
}

const backends = new WeakMap<Response, ScimBackend>();

/** Keeps the request's backend where its handlers find it (`backendOf`). */
export function attachBackend(res: Response, backend: ScimBackend): void {
  backends.set(res, backend);
}

/** The backend the authentication step built for this request. */
export function backendOf(res: Response): ScimBackend {
  const backend = backends.get(res);
  if (!backend) throw new Error('The SCIM backend is built by the authentication step');
  return backend;
}
