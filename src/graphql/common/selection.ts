import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * The fields selected on the value at `path` below the resolver's own field (`[]`: the field's
 * value itself; `['nodes']`: each node of a connection), over every fragment, with `@include` and
 * `@skip` applied. For a resolver that reads related rows in its own statement only when a client
 * asks for them. Field names, not aliases.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) level = fieldsOf(info, level).filter((field) => field.name.value === name);
  return new Set(fieldsOf(info, level).map((field) => field.name.value));
}

/** The fields directly inside the selection sets of `parents`, fragments spread, skipped ones left out. */
function fieldsOf(info: GraphQLResolveInfo, parents: readonly FieldNode[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (!included(info, selection)) continue;
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const parent of parents) visit(parent.selectionSet);
  return fields;
}

/** GraphQL's own rule (graphql-js `shouldIncludeNode`): `@skip(if: true)` or `@include(if: false)` leaves a selection out. */
function included(info: GraphQLResolveInfo, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}
