import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  execute,
  getNamedType,
  isInputObjectType,
  typeFromAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLInputObjectType,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Execute } from '../scim/execute';

/** Whether an input object type can hold itself (a filter's `and`/`or`/`not`). */
function isRecursive(type: GraphQLInputObjectType, seen: Set<string> = new Set()): boolean {
  if (seen.has(type.name)) return true;
  const inner = new Set(seen).add(type.name);
  return Object.values(type.getFields()).some((field) => {
    const named = getNamedType(field.type);
    return isInputObjectType(named) && isRecursive(named, inner);
  });
}

/**
 * Whether graphql-jit can compile the document: it writes its variables' coercion out in full, so
 * a recursive input type (a filter) would never end. Those documents run through graphql-js.
 */
function compilable(schema: GraphQLSchema, document: DocumentNode): boolean {
  return document.definitions.every(
    (definition) =>
      definition.kind !== 'OperationDefinition' ||
      (definition.variableDefinitions ?? []).every((variable) => {
        const named = getNamedType(typeFromAST(schema, variable.type as never));
        return !isInputObjectType(named) || !isRecursive(named);
      }),
  );
}

/**
 * Runs the façade's documents on the one schema, each compiled once (graphql-jit) into a function
 * that coerces its variables and completes its result without walking the document again: the
 * same resolvers run, error codes included. A document graphql-jit cannot compile runs through
 * graphql-js `execute`. This is the one place the façade's result types are trusted: the documents
 * were validated against this schema at start-up and their types generated from it, so the data of
 * a result has the document's shape.
 */
export function createCompiledExecute(schema: GraphQLSchema, documents: readonly DocumentNode[] = []): Execute {
  const compiled = new WeakMap<DocumentNode, CompiledQuery | null>();
  const compile = (document: DocumentNode): CompiledQuery | null => {
    if (!compiled.has(document)) {
      const result = compilable(schema, document) ? compileQuery(schema, document) : null;
      compiled.set(document, result && isCompiledQuery(result) ? result : null);
    }
    return compiled.get(document) ?? null;
  };
  // At start-up rather than on a first request: compiling takes milliseconds.
  for (const document of documents) compile(document);
  return async <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, context: unknown) => {
    const query = compile(document);
    const values = variables as Record<string, unknown>;
    const result = query ? await query.query(undefined, context, values) : await execute({ schema, document, variableValues: values, contextValue: context });
    return result as ExecutionResult<TResult>;
  };
}
