import {
  execute as executeGraphQL,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { Request } from 'express';

/**
 * The façade's only way into the application: runs one GraphQL document on the one schema with
 * the per-request context the composition root built (the same kind of context Apollo builds).
 * A result with any `errors` is a failure even when `data` is present.
 */
export type Execute = (
  document: DocumentNode,
  variables: Record<string, unknown>,
  context: unknown,
) => Promise<ExecutionResult>;

/**
 * Authenticates a SCIM request (a `scim` token in `Authorization: Bearer`) and builds its
 * execution context, opaque to the façade. Rejects with a `DomainError` coded
 * `UNAUTHENTICATED` (missing, unknown or revoked token), `FORBIDDEN` (a token of another scope)
 * or `UNAVAILABLE` (database unreachable; `details.retryAfter` in seconds).
 */
export type ScimContextFactory = (req: Request) => Promise<unknown>;

/** Everything the SCIM router receives from the composition root (`http/scim.ts`). */
export interface ScimDependencies {
  /** The one schema, to prepare the façade's documents against at start-up. */
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

/** An `Execute` running graphql-js `execute` on `schema`. */
export function createExecute(schema: GraphQLSchema): Execute {
  return async (document, variables, context) =>
    executeGraphQL({ schema, document, variableValues: variables, contextValue: context });
}

/**
 * Parses a façade document and validates it against the schema. Meant for start-up: an invalid
 * document throws, naming it, so a broken façade never starts serving.
 */
export function prepareDocument(schema: GraphQLSchema, name: string, source: string): DocumentNode {
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch (error) {
    throw new Error(`GraphQL document ${name} does not parse: ${(error as Error).message}`);
  }
  const problems = validate(schema, document);
  if (problems.length > 0) {
    throw new Error(`GraphQL document ${name} is invalid: ${problems.map((p) => p.message).join('; ')}`);
  }
  return document;
}

/** Prepared document sets per schema, by their sources record: routes that share a set prepare it once. */
const preparedSets = new WeakMap<GraphQLSchema, Map<object, Record<string, DocumentNode>>>();

/** `prepareDocument` over a record of named sources, keeping the names; once per schema and record. */
export function prepareDocuments<K extends string>(
  schema: GraphQLSchema,
  sources: Record<K, string>,
): Record<K, DocumentNode> {
  const sets = preparedSets.get(schema) ?? new Map<object, Record<string, DocumentNode>>();
  preparedSets.set(schema, sets);
  const known = sets.get(sources);
  if (known) return known as Record<K, DocumentNode>;
  const prepared = {} as Record<K, DocumentNode>;
  for (const name of Object.keys(sources) as K[]) prepared[name] = prepareDocument(schema, name, sources[name]);
  sets.set(sources, prepared);
  return prepared;
}
