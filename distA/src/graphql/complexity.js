"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.introspectionBudget = void 0;
exports.measureIntrospection = measureIntrospection;
exports.measureDepth = measureDepth;
exports.measureCost = measureCost;
exports.checkVariables = checkVariables;
exports.checkQueryLimits = checkQueryLimits;
const graphql_1 = require("graphql");
const graphql_query_complexity_1 = require("graphql-query-complexity");
const errors_1 = require("../common/errors");
const connection_1 = require("./common/connection");
/** Rows assumed behind a list field that takes no page size (a user's teams). */
const UNPAGED_LIST_FACTOR = 10;
const PAGE_SIZE_ARGS = ['first', 'last'];
const isIntrospection = (name) => name.startsWith('__');
/**
 * Cost of one field: 1, plus its selection times the rows it can return. Paged fields multiply
 * by their page size; lists without one by a fixed factor, except the `nodes`-style list of a
 * connection (a type with `pageInfo`), whose rows its parent already counted. Introspection
 * costs nothing, so the playground can always load the schema.
 */
const rowEstimator = ({ type, field, args, childComplexity }) => {
    if (isIntrospection(field.name) || isIntrospection(type.name))
        return 0;
    const sizeArgs = field.args.filter((a) => PAGE_SIZE_ARGS.includes(a.name));
    if (sizeArgs.length) {
        // The largest size given (`first` or `last`), else the declared default, else the assumed one.
        const given = sizeArgs.map((a) => args[a.name]).filter((v) => v !== undefined && v !== null).map(Number);
        const declared = sizeArgs.map((a) => a.defaultValue).find((v) => v !== undefined && v !== null);
        const size = given.length ? Math.max(...given) : Number(declared ?? connection_1.DEFAULT_CONNECTION_SIZE);
        return 1 + Math.max(1, Number.isFinite(size) ? size : connection_1.DEFAULT_CONNECTION_SIZE) * childComplexity;
    }
    const isPage = (0, graphql_1.isObjectType)(type) && 'pageInfo' in type.getFields();
    const returnsList = (0, graphql_1.isListType)((0, graphql_1.getNullableType)(field.type));
    return 1 + (returnsList && !isPage ? UNPAGED_LIST_FACTOR : 1) * childComplexity;
};
/** The longest list each introspection field can return in `schema` (1 at least). */
function introspectionListSizes(schema) {
    const types = Object.values(schema.getTypeMap());
    const directives = schema.getDirectives();
    const longest = (lengths) => Math.max(1, ...lengths);
    const fieldsOf = (t) => ((0, graphql_1.isObjectType)(t) || (0, graphql_1.isInterfaceType)(t) ? Object.values(t.getFields()) : []);
    return new Map([
        ['types', types.length],
        ['directives', directives.length],
        ['fields', longest(types.map((t) => fieldsOf(t).length))],
        ['inputFields', longest(types.map((t) => ((0, graphql_1.isInputObjectType)(t) ? Object.keys(t.getFields()).length : 0)))],
        ['enumValues', longest(types.map((t) => ((0, graphql_1.isEnumType)(t) ? t.getValues().length : 0)))],
        ['args', longest([...types.flatMap((t) => fieldsOf(t).map((f) => f.args.length)), ...directives.map((d) => d.args.length)])],
        ['interfaces', longest(types.map((t) => ((0, graphql_1.isObjectType)(t) || (0, graphql_1.isInterfaceType)(t) ? t.getInterfaces().length : 0)))],
        ['possibleTypes', longest(types.map((t) => ((0, graphql_1.isAbstractType)(t) ? schema.getPossibleTypes(t).length : 0)))],
        ['locations', longest(directives.map((d) => d.locations.length))],
    ]);
}
/**
 * Cost of introspection alone: each introspection field 1, plus its selection times the longest
 * list it can return in this schema; the schema's own fields pass their selection's cost through.
 * Aliases add up, so repeating `__schema` repeats its cost.
 */
function introspectionEstimator(schema) {
    const sizes = introspectionListSizes(schema);
    return ({ type, field, childComplexity }) => {
        if (!isIntrospection(field.name) && !isIntrospection(type.name))
            return childComplexity;
        return 1 + ((0, graphql_1.isListType)((0, graphql_1.getNullableType)(field.type)) ? (sizes.get(field.name) ?? UNPAGED_LIST_FACTOR) : 1) * childComplexity;
    };
}
/** The largest introspection a client needs: GraphiQL's, with every option. */
const FULL_INTROSPECTION = (0, graphql_1.parse)((0, graphql_1.getIntrospectionQuery)({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }));
const introspectionLimits = new WeakMap();
/**
 * What one operation may introspect: the full introspection of this schema, with a quarter to
 * spare. The playground loads the schema whatever the cost limit, and a document of aliased
 * `__schema` fields cannot make one request build many copies of it (about as large an answer as
 * the cost limit allows a query of rows).
 */
function introspectionLimit(schema) {
    let limit = introspectionLimits.get(schema);
    if (limit === undefined) {
        const estimator = introspectionEstimator(schema);
        const full = (0, graphql_query_complexity_1.getComplexity)({ schema, query: FULL_INTROSPECTION, variables: {}, estimators: [estimator] });
        introspectionLimits.set(schema, (limit = { estimator, budget: Math.ceil(1.25 * full) }));
    }
    return limit;
}
/** The most one operation may introspect in `schema` (see `introspectionLimit`). */
const introspectionBudget = (schema) => introspectionLimit(schema).budget;
exports.introspectionBudget = introspectionBudget;
/** The estimated cost of the operation's introspection (see `introspectionEstimator`). */
function measureIntrospection(schema, document, operationName, variables = {}) {
    const { estimator } = introspectionLimit(schema);
    return (0, graphql_query_complexity_1.getComplexity)({ schema, query: document, operationName: operationName ?? undefined, variables, estimators: [estimator] });
}
function operationOf(document, operationName) {
    return document.definitions.find((def) => def.kind === graphql_1.Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName));
}
/** Deepest field nesting of the operation; fragments count at the depth they are spread. */
function measureDepth(document, operationName) {
    const fragments = new Map();
    for (const def of document.definitions)
        if (def.kind === graphql_1.Kind.FRAGMENT_DEFINITION)
            fragments.set(def.name.value, def);
    const operation = operationOf(document, operationName);
    if (!operation)
        return 0;
    const depthOf = (set, visiting) => {
        let deepest = 0;
        for (const selection of set?.selections ?? []) {
            if (selection.kind === graphql_1.Kind.FIELD) {
                if (isIntrospection(selection.name.value))
                    continue;
                deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, visiting));
            }
            else if (selection.kind === graphql_1.Kind.INLINE_FRAGMENT) {
                deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
            }
            else {
                const name = selection.name.value;
                const fragment = fragments.get(name);
                if (!fragment || visiting.has(name))
                    continue;
                deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set(visiting).add(name)));
            }
        }
        return deepest;
    };
    return depthOf(operation.selectionSet, new Set());
}
/** The estimated cost of the operation (see `rowEstimator`). */
function measureCost(schema, document, operationName, variables = {}) {
    return (0, graphql_query_complexity_1.getComplexity)({
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
function checkVariables(schema, document, operationName, variables) {
    const operation = operationOf(document, operationName);
    if (!operation?.variableDefinitions?.length)
        return;
    const { errors } = (0, graphql_1.getVariableValues)(schema, operation.variableDefinitions, variables ?? {}, { maxErrors: 1 });
    const [error] = errors ?? [];
    if (!error)
        return;
    const node = error.nodes?.[0];
    const field = node?.kind === graphql_1.Kind.VARIABLE_DEFINITION ? node.variable.name.value : undefined;
    throw new errors_1.DomainError('BAD_USER_INPUT', error.message, field ? { field } : {});
}
/**
 * Checks the variables (`checkVariables`), then measures the operation and throws `TOO_COMPLEX`,
 * naming the limit and the measured value, when it is deeper or costlier than allowed. Runs before
 * execution: nothing is read.
 */
function checkQueryLimits(schema, document, limits, operationName, variables) {
    checkVariables(schema, document, operationName, variables);
    const depth = measureDepth(document, operationName);
    withinLimit('depth', 'Query depth', depth, limits.maxDepth);
    const cost = measured('cost', () => measureCost(schema, document, operationName, variables));
    withinLimit('cost', 'Query cost', cost, limits.maxCost);
    const introspection = measured('introspection', () => measureIntrospection(schema, document, operationName, variables));
    withinLimit('introspection', 'Introspection cost', introspection, (0, exports.introspectionBudget)(schema));
    return { depth, cost };
}
/** Throws TOO_COMPLEX naming the limit, its maximum and the measured value, when over it. */
function withinLimit(limit, what, actual, maximum) {
    if (actual > maximum)
        throw new errors_1.DomainError('TOO_COMPLEX', `${what} ${actual} exceeds the limit of ${maximum}`, { limit, maximum, actual });
}
/** A measure of the operation; TOO_COMPLEX naming the limit when the document cannot be measured. */
function measured(limit, measure) {
    try {
        return measure();
    }
    catch (error) {
        throw new errors_1.DomainError('TOO_COMPLEX', `Query ${limit} could not be measured: ${error.message}`, { limit });
    }
}
//# sourceMappingURL=complexity.js.map