import { parsePatchPath } from '../filter';
import { findSchema, schemaUrns, type AttributeCatalogue, type SchemaAttributes } from '../schema-catalogue';
import { cloneJson, isJsonObject, readKey, sameName, writeKey, type JsonObject, type JsonValue } from '../json';
import { resolvePatchPath, tryParsePatchPath, type PatchTarget } from './path';
import { patchError } from './patch-errors';
import { parsePatchRequest } from './request';
import { removeTarget, writeTarget } from './targets';
import type { ScimPatchOperation } from '../types';

/**
 * Applies a PatchOp request body (RFC 7644 §3.5.2) to `resource` and returns the new resource;
 * `resource` itself is not modified. Operations apply in order and all or none: the first failing
 * operation throws a 400 ScimError (invalidSyntax, invalidPath, invalidFilter, noTarget, invalidValue
 * or mutability) and nothing is returned.
 */
export function applyPatch(resource: JsonObject, body: unknown, catalogue: AttributeCatalogue): JsonObject {
  return applyPatchOperations(resource, parsePatchRequest(body), catalogue);
}

/** As `applyPatch`, for operations already validated by `parsePatchRequest`. */
export function applyPatchOperations(
  resource: JsonObject,
  operations: readonly ScimPatchOperation[],
  catalogue: AttributeCatalogue,
): JsonObject {
  const state: PatchState = { resource: cloneJson(resource), catalogue, touched: new Set() };
  operations.forEach((operation, index) => applyOperation(state, operation, `Operations[${index}]`));
  syncSchemas(state);
  return state.resource;
}

interface PatchState {
  readonly resource: JsonObject;
  readonly catalogue: AttributeCatalogue;
  /** Extensions written by this request, whose presence `schemas` must reflect. */
  readonly touched: Set<SchemaAttributes>;
}

function applyOperation(state: PatchState, operation: ScimPatchOperation, where: string): void {
  const { op, path, value } = operation;
  if (path === undefined) {
    // RFC 7644 §3.5.2.2: remove without a path has no target.
    if (op === 'remove') throw patchError('noTarget', `${where}: remove requires a path`);
    if (!isJsonObject(value)) throw patchError('invalidValue', `${where}: without a path, value must be an object of attributes`);
    applyValueObject(state, op, value);
    return;
  }
  const schema = findSchema(state.catalogue, path);
  if (schema) {
    applySchemaObject(state, schema, op, value, where);
    return;
  }
  const target = resolvePatchPath(state.catalogue, parsePatchPath(path), path)!;
  if (op === 'remove') {
    removeTarget(container(state, target.extension), target, value);
  } else {
    if (value === undefined) throw patchError('invalidValue', `${where}: ${op} requires a value`);
    writeTarget(container(state, target.extension), target, op, value, 'path');
  }
  prune(state, target.extension);
}

/** A path naming a whole schema (`urn:…:enterprise:2.0:User`): its value holds that schema's attributes. */
function applySchemaObject(state: PatchState, schema: SchemaAttributes, op: ScimPatchOperation['op'], value: JsonValue | undefined, where: string) {
  if (op === 'remove' || value === null) {
    const clear = op === 'remove' ? undefined : null;
    for (const attribute of schema.attributes) applyEntry(state, op, targetIn(state, schema, attribute.name), clear, 'path');
    return;
  }
  if (!isJsonObject(value)) throw patchError('invalidValue', `${where}: the value for ${schema.id} must be an object`);
  for (const [key, raw] of Object.entries(value)) applyEntry(state, op, targetIn(state, schema, key), raw, 'value');
}

/**
 * A path-less add/replace: each key of the value is an attribute (`active`), a dotted sub-attribute
 * (`name.givenName`), a URN-qualified attribute (`urn:…:User:employeeNumber`) or a whole schema
 * object (`{"urn:…:enterprise:2.0:User": {…}}`), merged per attribute. Unknown keys are ignored:
 * Entra sends attributes of schemas we do not serve (no recorded exchange yet; the shape is
 * test/scim/patch/entra.test.ts, "attributes of unknown vendor schemas…").
 */
function applyValueObject(state: PatchState, op: ScimPatchOperation['op'], value: JsonObject): void {
  for (const [key, raw] of Object.entries(value)) {
    const schema = findSchema(state.catalogue, key);
    if (schema) {
      if (isJsonObject(raw) || raw === null) applySchemaObject(state, schema, op, raw, key);
      continue;
    }
    const parsed = tryParsePatchPath(key);
    applyEntry(state, op, parsed && resolvePatchPath(state.catalogue, parsed, key, true), raw, 'value');
  }
}

function targetIn(state: PatchState, schema: SchemaAttributes, key: string): PatchTarget | undefined {
  const parsed = tryParsePatchPath(key);
  if (!parsed || parsed.attrPath.schema !== undefined) return undefined;
  return resolvePatchPath(state.catalogue, { ...parsed, attrPath: { ...parsed.attrPath, schema: schema.id } }, key, true);
}

function applyEntry(
  state: PatchState,
  op: ScimPatchOperation['op'],
  target: PatchTarget | undefined,
  raw: JsonValue | undefined,
  mode: 'path' | 'value',
): void {
  if (!target) return;
  if (mode === 'value' && target.extension === null && target.attribute.name === 'id' && !target.subAttribute) {
    // Okta's group rename repeats the group's own id in the value: harmless when it matches (okta/26-rename-with-id.json).
    const id = readKey(state.resource, 'id');
    if (id !== undefined && raw !== id) throw patchError('mutability', 'id is read-only and differs from the resource id');
    return;
  }
  const holder = container(state, target.extension);
  if (op === 'remove' || raw === undefined) removeTarget(holder, target, undefined);
  else writeTarget(holder, target, op, raw, mode);
  prune(state, target.extension);
}

/**
 * The object holding an extension's attributes, stored under the canonical URN: a variant key
 * (other case, or an alias such as the writer URN without `:User`) is merged into it.
 */
function container(state: PatchState, extension: SchemaAttributes | null): JsonObject {
  if (!extension) return state.resource;
  state.touched.add(extension);
  const merged: JsonObject = {};
  for (const urn of schemaUrns(extension)) {
    for (const key of Object.keys(state.resource).filter((k) => sameName(k, urn))) {
      const part = state.resource[key];
      if (isJsonObject(part)) Object.assign(merged, part);
      delete state.resource[key];
    }
  }
  state.resource[extension.id] = merged;
  return merged;
}

function prune(state: PatchState, extension: SchemaAttributes | null): void {
  if (!extension) return;
  const holder = state.resource[extension.id];
  if (isJsonObject(holder) && Object.keys(holder).length === 0) delete state.resource[extension.id];
}

/** Keeps `schemas` listing exactly the extensions the resource holds, for those this request touched. */
function syncSchemas(state: PatchState): void {
  const schemas = readKey(state.resource, 'schemas');
  if (!Array.isArray(schemas) || state.touched.size === 0) return;
  let next = [...schemas];
  for (const extension of state.touched) {
    const isExtension = (entry: JsonValue): boolean =>
      typeof entry === 'string' && schemaUrns(extension).some((urn) => sameName(urn, entry));
    const position = next.findIndex(isExtension);
    const present = isJsonObject(state.resource[extension.id]);
    next = next.filter((entry, index) => !isExtension(entry) || (present && index === position));
    if (present && position < 0) next.push(extension.id);
    else if (present) next[next.findIndex(isExtension)] = extension.id;
  }
  writeKey(state.resource, 'schemas', next);
}
