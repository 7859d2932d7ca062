import {
  getIntrospectionQuery,
  getNullableType,
  getVariableValues,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DomainError } from '../common/errors';
import { DEFAULT_CONNECTION_SIZE } from './common/connection';

/** Limits applied to every operation before it executes. */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

export interface QueryMeasure {
  depth: number;
  cost: number;
}

/** Rows assumed behind a list field that takes no page size (a user's teams). */
const UNPAGED_LIST_FACTOR = 10;
const PAGE_SIZE_ARGS = ['first', 'last'] as const;

const isIntrospection = (name: string): boolean => name.startsWith('__');

/**
 * Cost of one field: 1, plus its selection times the rows it can return. Paged fields multiply
 * by their page size; lists without one by a fixed factor, except the `nodes`-style list of a
 * connection (a type with `pageInfo`), whose rows its parent already counted. Introspection
 * costs nothing, so the playground can always load the schema.
 */
const rowEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (isIntrospection(field.name) || isIntrospection(type.name)) return 0;
  const sizeArgs = field.args.filter((a) => (PAGE_SIZE_ARGS as readonly string[]).includes(a.name));
  if (sizeArgs.length) {
    // The largest size given (`first` or `last`), else the declared default, else the assumed one.
    const given = sizeArgs.map((a) => args[a.name]).filter((v) => v !== undefined && v !== null).map(Number);
    const declared = sizeArgs.map((a) => a.defaultValue).find((v) => v !== undefined && v !== null);
    const size = given.length ? Math.max(...given) : Number(declared ?? DEFAULT_CONNECTION_SIZE);
    return 1 + Math.max(1, Number.isFinite(size) ? size : DEFAULT_CONNECTION_SIZE) * childComplexity;
  }
  const isPage = isObjectType(type) && 'pageInfo' in type.getFields();
  const returnsList = isListType(getNullableType(field.type));
  return 1 + (returnsList && !isPage ? UNPAGED_LIST_FACTOR : 1) * childComplexity;
};

/** The longest list each introspection field can return in `schema` (1 at least). */
function introspectionListSizes(schema: GraphQLSchema): Map<string, number> {
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  const longest = (lengths: number[]): number => Math.max(1, ...lengths);
  const fieldsOf = (t: GraphQLNamedType) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []);
  return new Map([
    ['types', types.length],
    ['directives', directives.length],
    ['fields', longest(types.map((t) => fieldsOf(t).length))],
    ['inputFields', longest(types.map((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0)))],
    ['enumValues', longest(types.map((t) => (isEnumType(t) ? t.getValues().length : 0)))],
    ['args', longest([...types.flatMap((t) => fieldsOf(t).map((f) => f.args.length)), ...directives.map((d) => d.args.length)])],
    ['interfaces', longest(types.map((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0)))],
    ['possibleTypes', longest(types.map((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0)))],
    ['locations', longest(directives.map((d) => d.locations.length))],
  ]);
}

/**
 * Cost of introspection alone: each introspection field 1, plus its selection times the longest
 * list it can return in this schema; the schema's own fields pass their selection's cost through.
 * Aliases add up, so repeating `__schema` repeats its cost.
 */
function introspectionEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const sizes = introspectionListSizes(schema);
  return ({ type, field, childComplexity }) => {
    if (!isIntrospection(field.name) && !isIntrospection(type.name)) return childComplexity;
    return 1 + (isListType(getNullableType(field.type)) ? (sizes.get(field.name) ?? UNPAGED_LIST_FACTOR) : 1) * childComplexity;
  };
}

/** The largest introspection a client needs: GraphiQL's, with every option. */
const FULL_INTROSPECTION = parse(
  getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }),
);

interface IntrospectionLimit {
  estimator: ComplexityEstimator;
  budget: number;
}
const introspectionLimits = new WeakMap<GraphQLSchema, IntrospectionLimit>();

/**
 * What one operation may introspect: the full introspection of this schema, with a quarter to
 * spare. The playground loads the schema whatever the cost limit, and a document of aliased
 * `__schema` fields cannot make one request build many copies of it (about as large an answer as
 * the cost limit allows a query of rows).
 */
function introspectionLimit(schema: GraphQLSchema): IntrospectionLimit {
  let limit = introspectionLimits.get(schema);
  if (limit === undefined) {
    const estimator = introspectionEstimator(schema);
    const full = getComplexity({ schema, query: FULL_INTROSPECTION, variables: {}, estimators: [estimator] });
    introspectionLimits.set(schema, (limit = { estimator, budget: Math.ceil(1.25 * full) }));
  }
  return limit;
}

/** The most one operation may introspect in `schema` (see `introspectionLimit`). */
export const introspectionBudget = (schema: GraphQLSchema): number => introspectionLimit(schema).budget;

/** The estimated cost of the operation's introspection (see `introspectionEstimator`). */
export function measureIntrospection(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null, variables: Record<string, unknown> = {}): number {
  const { estimator } = introspectionLimit(schema);
  return getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables, estimators: [estimator] });
}

function operationOf(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  return document.definitions.find(
    (def): def is OperationDefinitionNode => def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName),
  );
}

/** Deepest field nesting of the operation; fragments count at the depth they are spread. */
export function measureDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const operation = operationOf(document, operationName);
  if (!operation) return 0;

  const depthOf = (set: SelectionSetNode | undefined, visiting: Set<string>): number => {
    let deepest = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (isIntrospection(selection.name.value)) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, visiting));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set(visiting).add(name)));
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}

/** The estimated cost of the operation (see `rowEstimator`). */
export function measureCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables: Record<string, unknown> = {},
): number {
  return getComplexity({
    schema,
    query: document,
    operationName: operationName ?? undefined,
    variables,
    estimators: [rowEstimator],
  });
}

/**
 * Coerces the operation's variables as execution will, and throws `BAD_USER_INPUT` naming the
 * first variable that does not coerce (a string for an `Int`, a number out of 32-bit range, a
 * missing required input): the client's mistake, told before anything is measured or read.
 */
export function checkVariables(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null, variables?: Record<string, unknown>): void {
  const operation = operationOf(document, operationName);
  if (!operation?.variableDefinitions?.length) return;
  const { errors } = getVariableValues(schema, operation.variableDefinitions, variables ?? {}, { maxErrors: 1 });
  const [error] = errors ?? [];
  if (!error) return;
  const node = error.nodes?.[0];
  const field = node?.kind === Kind.VARIABLE_DEFINITION ? node.variable.name.value : undefined;
  throw new DomainError('BAD_USER_INPUT', error.message, field ? { field } : {});
}

/**
 * Checks the variables (`checkVariables`), then measures the operation and throws `TOO_COMPLEX`,
 * naming the limit and the measured value, when it is deeper or costlier than allowed. Runs before
 * execution: nothing is read.
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: QueryLimits,
  operationName?: string | null,
  variables?: Record<string, unknown>,
): QueryMeasure {
  checkVariables(schema, document, operationName, variables);
  const depth = measureDepth(document, operationName);
  withinLimit('depth', 'Query depth', depth, limits.maxDepth);
  const cost = measured('cost', () => measureCost(schema, document, operationName, variables));
  withinLimit('cost', 'Query cost', cost, limits.maxCost);
  const introspection = measured('introspection', () => measureIntrospection(schema, document, operationName, variables));
  withinLimit('introspection', 'Introspection cost', introspection, introspectionBudget(schema));
  return { depth, cost };
}

type Limit = 'depth' | 'cost' | 'introspection';

/** Throws TOO_COMPLEX naming the limit, its maximum and the measured value, when over it. */
function withinLimit(limit: Limit, what: string, actual: number, maximum: number): void {
  if (actual > maximum) throw new DomainError('TOO_COMPLEX', `${what} ${actual} exceeds the limit of ${maximum}`, { limit, maximum, actual });
}

/** A measure of the operation; TOO_COMPLEX naming the limit when the document cannot be measured. */
function measured(limit: Limit, measure: () => number): number {
  try {
    return measure();
  } catch (error) {
    throw new DomainError('TOO_COMPLEX', `Query ${limit} could not be measured: ${(error as Error).message}`, { limit });
  }
}
