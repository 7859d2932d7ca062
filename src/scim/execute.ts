import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { validate, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Request } from 'express';

/**
 * The façade's only way into the application: runs one GraphQL document on the one schema with
 * the per-request context the composition root built (the same kind of context Apollo builds).
 * Documents carry their result and variable types (generated from schema/schema.graphql), so a
 * result is typed by the document that asked for it. A result with any `errors` is a failure even
 * when `data` is present.
 */
export type Execute = <TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  context: unknown,
) => Promise<ExecutionResult<TResult>>;

/**
 * Authenticates a SCIM request (a `scim` token in `Authorization: Bearer`) and builds its
 * execution context, opaque to the façade. Rejects with a `DomainError` coded
 * `UNAUTHENTICATED` (missing, unknown or revoked token), `FORBIDDEN` (a token of another scope)
 * or `UNAVAILABLE` (database unreachable; `details.retryAfter` in seconds).
 */
export type ScimContextFactory = (req: Request) => Promise<unknown>;

/** Everything the SCIM router receives from the composition root (`http/scim.ts`). */
export interface ScimDependencies {
  /** The one schema, to validate the façade's documents against at start-up. */
  schema: GraphQLSchema;
  execute: Execute;
  createContext: ScimContextFactory;
  /** Base of SCIM `meta.location` values, without a trailing slash, e.g. `http://localhost:4000/scim/v2`. */
  baseUrl: string;
  /** Largest accepted request body in bytes: the router parses its own bodies (SCIM media types). */
  maxBodyBytes: number;
  /** Reports an unexpected error (logged by the composition root with the request id). */
  reportError: (error: unknown, req: Request) => void;
}

/**
 * Validates the façade's documents against the schema. Meant for start-up: an invalid document
 * throws, naming it, so a façade that drifted from the schema never starts serving.
 */
export function validateDocuments(schema: GraphQLSchema, documents: Readonly<Record<string, TypedDocumentNode<unknown, never>>>): void {
  for (const [name, document] of Object.entries(documents)) {
    const problems = validate(schema, document);
    if (problems.length > 0) throw new Error(`GraphQL document ${name} is invalid: ${problems.map((p) => p.message).join('; ')}`);
  }
}
