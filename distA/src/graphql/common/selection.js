"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.selectedFields = selectedFields;
const graphql_1 = require("graphql");
/**
 * The fields selected on the value at `path` below the resolver's own field (`[]`: the field's
 * value itself; `['nodes']`: each node of a connection), over every fragment, with `@include` and
 * `@skip` applied. For a resolver that reads related rows in its own statement only when a client
 * asks for them. Field names, not aliases. The set is shared: read it, never change it.
 */
function selectedFields(info, path = []) {
    // A compiled document hands its resolvers the same field nodes on every run: the walk is kept
    // per field nodes and path, with the values of the variables its directives read.
    let known = walks.get(info.fieldNodes);
    if (!known)
        walks.set(info.fieldNodes, (known = new Map()));
    const key = path.join('.');
    const kept = known.get(key);
    if (kept && kept.variables.every((name, i) => Object.is(info.variableValues[name], kept.values[i])))
        return kept.fields;
    const read = new Set();
    let level = info.fieldNodes;
    for (const name of path)
        level = fieldsOf(info, level, read).filter((field) => field.name.value === name);
    const fields = new Set(fieldsOf(info, level, read).map((field) => field.name.value));
    const variables = [...read];
    known.set(key, { variables, values: variables.map((name) => info.variableValues[name]), fields });
    return fields;
}
const walks = new WeakMap();
/**
 * The fields directly inside the selection sets of `parents`, fragments spread, skipped ones left
 * out; the variables the `@skip`/`@include` directives read are added to `read`.
 */
function fieldsOf(info, parents, read) {
    const fields = [];
    const visit = (selectionSet) => {
        for (const selection of selectionSet?.selections ?? []) {
            if (!included(info, selection, read))
                continue;
            if (selection.kind === graphql_1.Kind.FIELD)
                fields.push(selection);
            else if (selection.kind === graphql_1.Kind.INLINE_FRAGMENT)
                visit(selection.selectionSet);
            else
                visit(info.fragments[selection.name.value]?.selectionSet);
        }
    };
    for (const parent of parents)
        visit(parent.selectionSet);
    return fields;
}
/** GraphQL's own rule (graphql-js `shouldIncludeNode`): `@skip(if: true)` or `@include(if: false)` leaves a selection out. */
function included(info, node, read) {
    if (!node.directives?.length)
        return true;
    for (const directive of node.directives) {
        for (const argument of directive.arguments ?? [])
            if (argument.value.kind === graphql_1.Kind.VARIABLE)
                read.add(argument.value.name.value);
    }
    if ((0, graphql_1.getDirectiveValues)(graphql_1.GraphQLSkipDirective, node, info.variableValues)?.if === true)
        return false;
    return (0, graphql_1.getDirectiveValues)(graphql_1.GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}
//# sourceMappingURL=selection.js.map