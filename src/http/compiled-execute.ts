import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  execute,
  getNamedType,
  isInputObjectType,
  Kind,
  parseType,
  typeFromAST,
  validate,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
  type GraphQLType,
  type NullValueNode,
  type ObjectValueNode,
  type VariableDefinitionNode,
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

/** The recursive input object type a variable's or field's type is, or holds in a list; null when none. */
function recursiveInputOf(type: GraphQLType | undefined): GraphQLInputObjectType | null {
  const named = type && getNamedType(type);
  return named && isInputObjectType(named) && isRecursive(named) ? named : null;
}

/**
 * A variable of a recursive input type (a filter) that graphql-jit can still compile: spread into
 * one variable per field the value uses, when none of them recurses. `$filter: UserFilterInput`
 * with the value `{ userName: … }` becomes `$filter__userName: StringFilterInput`, and the argument
 * `filter: $filter` the literal `{ userName: $filter__userName }`.
 */
interface SpreadVariable {
  name: string;
  /** The fields that do not recurse, with their types. */
  fields: ReadonlyMap<string, GraphQLInputType>;
}

const spreadName = (variable: string, field: string): string => `${variable}__${field}`;

/**
 * The document's variables of a recursive input type, each to be spread; null when one cannot be:
 * a required one or one with a default, whose absence graphql-js does not read as "no argument".
 */
function spreadVariablesOf(schema: GraphQLSchema, document: DocumentNode): SpreadVariable[] | null {
  const spread: SpreadVariable[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = recursiveInputOf(typeFromAST(schema, variable.type as never));
      if (!type) continue;
      if (variable.type.kind === Kind.NON_NULL_TYPE || variable.defaultValue) return null;
      const fields = Object.values(type.getFields()).filter((field) => recursiveInputOf(field.type) === null);
      spread.push({ name: variable.variable.name.value, fields: new Map(fields.map((field) => [field.name, field.type])) });
    }
  }
  return spread;
}

/**
 * What a spread variable's value is: the fields it uses (sorted), or the variable is absent or null
 * (the argument is then left out, or null).
 */
type Shape = Map<string, string[] | 'absent' | 'null'>;

/** The shape of each spread variable's value, or null when one uses a field that recurses or is not an object. */
function shapeOf(values: Record<string, unknown>, spread: readonly SpreadVariable[]): Shape | null {
  const shape: Shape = new Map();
  for (const variable of spread) {
    const value = values[variable.name];
    if (value === undefined || value === null) {
      shape.set(variable.name, value === null ? 'null' : 'absent');
      continue;
    }
    if (typeof value !== 'object' || Array.isArray(value)) return null;
    const fields = Object.keys(value).filter((field) => (value as Record<string, unknown>)[field] !== undefined);
    if (!fields.every((field) => variable.fields.has(field))) return null;
    shape.set(variable.name, fields.sort());
  }
  return shape;
}

/**
 * The document with each spread variable replaced by the variables of the fields in `shape`, or
 * null when the rewrite does not validate (a spread variable used other than as an argument's
 * whole value). Only the fields the value has are in the literal, so the resolvers receive exactly
 * the input graphql-js would give them (a literal field whose variable is absent would be null).
 */
function spreadDocument(schema: GraphQLSchema, document: DocumentNode, spread: readonly SpreadVariable[], shape: Shape): DocumentNode | null {
  const byName = new Map(spread.map((variable) => [variable.name, variable]));
  const variable = (name: string, field: string) => ({ kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: spreadName(name, field) } }) as const;
  const spreadDefinition = (definition: VariableDefinitionNode): VariableDefinitionNode[] => {
    const name = definition.variable.name.value;
    const known = byName.get(name);
    const fields = shape.get(name);
    if (!known) return [definition];
    if (!Array.isArray(fields)) return [];
    return fields.map((field) => ({ kind: Kind.VARIABLE_DEFINITION, variable: variable(name, field), type: parseType(String(known.fields.get(field))) }));
  };
  const literal = (name: string): ObjectValueNode | NullValueNode => {
    const fields = shape.get(name);
    if (!Array.isArray(fields)) return { kind: Kind.NULL };
    return { kind: Kind.OBJECT, fields: fields.map((field) => ({ kind: Kind.OBJECT_FIELD, name: { kind: Kind.NAME, value: field }, value: variable(name, field) })) };
  };
  // An argument whose variable is absent is left out, as graphql-js leaves it out.
  const absent = (argument: ArgumentNode): boolean => argument.value.kind === Kind.VARIABLE && shape.get(argument.value.name.value) === 'absent';
  const definitions = document.definitions.map((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? { ...definition, variableDefinitions: definition.variableDefinitions?.flatMap(spreadDefinition) } : definition,
  );
  const rewritten = visit(
    { ...document, definitions },
    {
      Argument: (node) => (absent(node) ? null : undefined),
      Variable: (node, _key, parent) => (byName.has(node.name.value) && parent && 'kind' in parent && parent.kind === Kind.ARGUMENT ? literal(node.name.value) : undefined),
    },
  );
  return validate(schema, rewritten).length === 0 ? rewritten : null;
}

/** The values for a spread document of `shape`. */
function spreadValues(values: Record<string, unknown>, shape: Shape): Record<string, unknown> {
  // Built without `delete`, which would turn the object into a slow dictionary for the compiled query.
  const out: Record<string, unknown> = {};
  for (const name in values) if (!shape.has(name)) out[name] = values[name];
  for (const [name, fields] of shape) {
    const value = values[name] as Record<string, unknown>;
    if (Array.isArray(fields)) for (const field of fields) out[spreadName(name, field)] = value[field];
  }
  return out;
}

/** Shapes compiled per document at most; a value of another shape runs through graphql-js. */
const SHAPES_PER_DOCUMENT = 32;

/** How one façade document runs: compiled as written, compiled per shape of its filter, or through graphql-js. */
interface Plan {
  compiled: CompiledQuery | null;
  spread: SpreadVariable[];
  shapes: Map<string, CompiledQuery | null>;
}

function compiledOrNull(schema: GraphQLSchema, document: DocumentNode | null): CompiledQuery | null {
  const result = document && compileQuery(schema, document);
  return result && isCompiledQuery(result) ? result : null;
}

/**
 * graphql-jit writes a document's variable coercion out in full, so it cannot compile a variable of
 * a recursive input type (a filter's `and`/`or`/`not` would never end). Such a document runs
 * compiled per shape of its filter instead (see SpreadVariable): a filter that uses no recursive
 * field (a `userName eq`, an `externalId eq`: what IdPs send), or none, runs compiled; any other
 * through graphql-js.
 */
function planOf(schema: GraphQLSchema, document: DocumentNode): Plan {
  const spread = spreadVariablesOf(schema, document);
  if (spread === null) return { compiled: null, spread: [], shapes: new Map() };
  return { compiled: spread.length === 0 ? compiledOrNull(schema, document) : null, spread, shapes: new Map() };
}

/** Which compiled query runs a request, with its variables; null: graphql-js runs it. */
function routeOf(schema: GraphQLSchema, document: DocumentNode, plan: Plan, values: Record<string, unknown>): { query: CompiledQuery; variables: Record<string, unknown> } | null {
  if (plan.compiled) return { query: plan.compiled, variables: values };
  const shape = plan.spread.length > 0 ? shapeOf(values, plan.spread) : null;
  if (!shape) return null;
  const key = [...shape].map(([name, fields]) => `${name}:${Array.isArray(fields) ? `{${fields.join(',')}}` : fields}`).join(';');
  if (!plan.shapes.has(key)) {
    if (plan.shapes.size >= SHAPES_PER_DOCUMENT) return null;
    plan.shapes.set(key, compiledOrNull(schema, spreadDocument(schema, document, plan.spread, shape)));
  }
  const query = plan.shapes.get(key);
  return query ? { query, variables: spreadValues(values, shape) } : null;
}

/**
 * Runs the façade's documents on the one schema, each compiled once (graphql-jit) into a function
 * that coerces its variables and completes its result without walking the document again: the
 * same resolvers run, error codes included. What graphql-jit cannot compile runs through graphql-js
 * `execute`. This is the one place the façade's result types are trusted: the documents were
 * validated against this schema at start-up and their types generated from it, so the data of a
 * result has the document's shape. `compiledRun` tells whether a run is compiled (for tests).
 */
export function createCompiledExecute(schema: GraphQLSchema, documents: readonly DocumentNode[] = []): Execute & { compiledRun(document: DocumentNode, variables: object): boolean } {
  const plans = new WeakMap<DocumentNode, Plan>();
  const plan = (document: DocumentNode): Plan => {
    let known = plans.get(document);
    if (!known) plans.set(document, (known = planOf(schema, document)));
    return known;
  };
  // At start-up rather than on a first request: compiling takes milliseconds.
  for (const document of documents) plan(document);
  const run = async <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, context: unknown) => {
    const values = variables as Record<string, unknown>;
    const route = routeOf(schema, document, plan(document), values);
    const result = route ? await route.query.query(undefined, context, route.variables) : await execute({ schema, document, variableValues: values, contextValue: context });
    return result as ExecutionResult<TResult>;
  };
  return Object.assign(run, { compiledRun: (document: DocumentNode, variables: object) => routeOf(schema, document, plan(document), variables as Record<string, unknown>) !== null });
}
