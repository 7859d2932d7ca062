"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createCompiledExecute = createCompiledExecute;
const graphql_1 = require("graphql");
const graphql_jit_1 = require("graphql-jit");
/** Whether an input object type can hold itself (a filter's `and`/`or`/`not`). */
function isRecursive(type, seen = new Set()) {
    if (seen.has(type.name))
        return true;
    const inner = new Set(seen).add(type.name);
    return Object.values(type.getFields()).some((field) => {
        const named = (0, graphql_1.getNamedType)(field.type);
        return (0, graphql_1.isInputObjectType)(named) && isRecursive(named, inner);
    });
}
/** The recursive input object type a variable's or field's type is, or holds in a list; null when none. */
function recursiveInputOf(type) {
    const named = type && (0, graphql_1.getNamedType)(type);
    return named && (0, graphql_1.isInputObjectType)(named) && isRecursive(named) ? named : null;
}
const spreadName = (variable, field) => `${variable}__${field}`;
/**
 * The document's variables of a recursive input type, each to be spread; null when one cannot be:
 * a required one or one with a default, whose absence graphql-js does not read as "no argument".
 */
function spreadVariablesOf(schema, document) {
    const spread = [];
    for (const definition of document.definitions) {
        if (definition.kind !== graphql_1.Kind.OPERATION_DEFINITION)
            continue;
        for (const variable of definition.variableDefinitions ?? []) {
            const type = recursiveInputOf((0, graphql_1.typeFromAST)(schema, variable.type));
            if (!type)
                continue;
            if (variable.type.kind === graphql_1.Kind.NON_NULL_TYPE || variable.defaultValue)
                return null;
            const fields = Object.values(type.getFields()).filter((field) => recursiveInputOf(field.type) === null);
            spread.push({ name: variable.variable.name.value, fields: new Map(fields.map((field) => [field.name, field.type])) });
        }
    }
    return spread;
}
/** The shape of each spread variable's value, or null when one uses a field that recurses or is not an object. */
function shapeOf(values, spread) {
    const shape = new Map();
    for (const variable of spread) {
        const value = values[variable.name];
        if (value === undefined || value === null) {
            shape.set(variable.name, value === null ? 'null' : 'absent');
            continue;
        }
        if (typeof value !== 'object' || Array.isArray(value))
            return null;
        const fields = Object.keys(value).filter((field) => value[field] !== undefined);
        if (!fields.every((field) => variable.fields.has(field)))
            return null;
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
function spreadDocument(schema, document, spread, shape) {
    const byName = new Map(spread.map((variable) => [variable.name, variable]));
    const variable = (name, field) => ({ kind: graphql_1.Kind.VARIABLE, name: { kind: graphql_1.Kind.NAME, value: spreadName(name, field) } });
    const spreadDefinition = (definition) => {
        const name = definition.variable.name.value;
        const known = byName.get(name);
        const fields = shape.get(name);
        if (!known)
            return [definition];
        if (!Array.isArray(fields))
            return [];
        return fields.map((field) => ({ kind: graphql_1.Kind.VARIABLE_DEFINITION, variable: variable(name, field), type: (0, graphql_1.parseType)(String(known.fields.get(field))) }));
    };
    const literal = (name) => {
        const fields = shape.get(name);
        if (!Array.isArray(fields))
            return { kind: graphql_1.Kind.NULL };
        return { kind: graphql_1.Kind.OBJECT, fields: fields.map((field) => ({ kind: graphql_1.Kind.OBJECT_FIELD, name: { kind: graphql_1.Kind.NAME, value: field }, value: variable(name, field) })) };
    };
    // An argument whose variable is absent is left out, as graphql-js leaves it out.
    const absent = (argument) => argument.value.kind === graphql_1.Kind.VARIABLE && shape.get(argument.value.name.value) === 'absent';
    const definitions = document.definitions.map((definition) => definition.kind === graphql_1.Kind.OPERATION_DEFINITION ? { ...definition, variableDefinitions: definition.variableDefinitions?.flatMap(spreadDefinition) } : definition);
    const rewritten = (0, graphql_1.visit)({ ...document, definitions }, {
        Argument: (node) => (absent(node) ? null : undefined),
        Variable: (node, _key, parent) => (byName.has(node.name.value) && parent && 'kind' in parent && parent.kind === graphql_1.Kind.ARGUMENT ? literal(node.name.value) : undefined),
    });
    return (0, graphql_1.validate)(schema, rewritten).length === 0 ? rewritten : null;
}
/** The values for a spread document of `shape`. */
function spreadValues(values, shape) {
    // Built without `delete`, which would turn the object into a slow dictionary for the compiled query.
    const out = {};
    for (const name in values)
        if (!shape.has(name))
            out[name] = values[name];
    for (const [name, fields] of shape) {
        const value = values[name];
        if (Array.isArray(fields))
            for (const field of fields)
                out[spreadName(name, field)] = value[field];
    }
    return out;
}
/** Shapes compiled per document at most; a value of another shape runs through graphql-js. */
const SHAPES_PER_DOCUMENT = 32;
function compiledOrNull(schema, document) {
    const result = document && (0, graphql_jit_1.compileQuery)(schema, document);
    return result && (0, graphql_jit_1.isCompiledQuery)(result) ? result : null;
}
/**
 * graphql-jit writes a document's variable coercion out in full, so it cannot compile a variable of
 * a recursive input type (a filter's `and`/`or`/`not` would never end). Such a document runs
 * compiled per shape of its filter instead (see SpreadVariable): a filter that uses no recursive
 * field (a `userName eq`, an `externalId eq`: what IdPs send), or none, runs compiled; any other
 * through graphql-js.
 */
function planOf(schema, document) {
    const spread = spreadVariablesOf(schema, document);
    if (spread === null)
        return { compiled: null, spread: [], shapes: new Map() };
    return { compiled: spread.length === 0 ? compiledOrNull(schema, document) : null, spread, shapes: new Map() };
}
/** Which compiled query runs a request, with its variables; null: graphql-js runs it. */
function routeOf(schema, document, plan, values) {
    if (plan.compiled)
        return { query: plan.compiled, variables: values };
    const shape = plan.spread.length > 0 ? shapeOf(values, plan.spread) : null;
    if (!shape)
        return null;
    const key = [...shape].map(([name, fields]) => `${name}:${Array.isArray(fields) ? `{${fields.join(',')}}` : fields}`).join(';');
    if (!plan.shapes.has(key)) {
        if (plan.shapes.size >= SHAPES_PER_DOCUMENT)
            return null;
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
function createCompiledExecute(schema, documents = []) {
    const plans = new WeakMap();
    const plan = (document) => {
        let known = plans.get(document);
        if (!known)
            plans.set(document, (known = planOf(schema, document)));
        return known;
    };
    // At start-up rather than on a first request: compiling takes milliseconds.
    for (const document of documents)
        plan(document);
    const run = async (document, variables, context) => {
        const values = variables;
        const route = routeOf(schema, document, plan(document), values);
        const result = route ? await route.query.query(undefined, context, route.variables) : await (0, graphql_1.execute)({ schema, document, variableValues: values, contextValue: context });
        return result;
    };
    return Object.assign(run, { compiledRun: (document, variables) => routeOf(schema, document, plan(document), variables) !== null });
}
//# sourceMappingURL=compiled-execute.js.map