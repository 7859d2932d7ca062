import { coerceComplex, coerceSimple, coerceValues } from '../coerce';
import { ScimError } from '../errors';
import { isJsonObject, readKey, writeKey, type JsonObject, type JsonValue } from '../json';
import { findSchema, mutabilityOf, type AttributeCatalogue, type SchemaAttributes } from '../schema-catalogue';
import { enforceSinglePrimary } from '../patch/multi-valued';
import { patchError } from '../patch/patch-errors';
import { resolvePatchPath, tryParsePatchPath, type PatchTarget } from '../patch/path';

/**
 * A POST or PUT body (RFC 7644 §3.3, §3.5.1) as a resource with canonical names, whatever spelling
 * the client used:
 * - attribute and sub-attribute names in any case (`"Primary"`, `"Department"`), values coerced to
 *   their types (booleans as `"True"`), `manager` as a bare id (entra/02-create-user.json,
 *   entra/17-create-string-boolean-nulls.json);
 * - extension objects under any spelling of their URN (the writer role URN with or without `:User`,
 *   listed in `schemas` or not: okta/21-role-change-put.json), URN-qualified and dotted keys;
 * - explicit nulls are "no value"; a multi-valued attribute sent as null or `[]` is there, empty (a
 *   PUT's `"members": []` empties a group); unknown attributes and schema URNs are ignored, never a
 *   400 (DESIGN.md);
 * - read-only input (`meta`, `groups`, `schemas`) and the write-only `password` are dropped
 *   (okta/03-create-user.json, okta/07-put-profile-update.json); `id` is dropped on create and must
 *   equal `id` on replace, else 400 mutability (the result then holds that id).
 * The result holds no `schemas`: readers take extensions by their URN.
 */
export function normaliseResource(body: unknown, catalogue: AttributeCatalogue, id?: string): JsonObject {
  if (!isJsonObject(body)) {
    throw new ScimError(400, 'invalidSyntax', 'The request body must be a JSON object (Content-Type application/scim+json or application/json)');
  }
  const resource: JsonObject = id === undefined ? {} : { id };
  for (const [key, raw] of Object.entries(body)) place(resource, catalogue, key, raw, null, id);
  // An extension object that received nothing is not there (`"urn:…:enterprise:2.0:User": { "manager": null }`).
  for (const extension of catalogue.extensions ?? []) {
    const held = resource[extension.id];
    if (isJsonObject(held) && Object.keys(held).length === 0) delete resource[extension.id];
  }
  return resource;
}

/** Puts one key of the body (or of a schema object, `scope`) where the catalogue says it belongs. */
function place(resource: JsonObject, catalogue: AttributeCatalogue, key: string, raw: JsonValue, scope: SchemaAttributes | null, id?: string): void {
  const schema = scope === null ? findSchema(catalogue, key) : undefined;
  if (schema) {
    if (isJsonObject(raw)) for (const [inner, value] of Object.entries(raw)) place(resource, catalogue, inner, value, schema, id);
    return;
  }
  const parsed = tryParsePatchPath(key);
  if (!parsed || parsed.valueFilter || (scope !== null && parsed.attrPath.schema !== undefined)) return;
  const scoped = scope === null ? parsed : { ...parsed, attrPath: { ...parsed.attrPath, schema: scope.id } };
  const target = resolvePatchPath(catalogue, scoped, key, true);
  if (!target) return;
  const emptyList = target.attribute.multiValued && !target.subAttribute && (raw === null || (Array.isArray(raw) && raw.length === 0));
  if (!emptyList && (raw === null || raw === '')) return;
  if (target.extension === null && target.attribute.name === 'id' && !target.subAttribute) {
    if (id !== undefined && raw !== id) throw patchError('mutability', 'id is read-only and differs from the resource id');
    return;
  }
  const holder = target.extension === null ? resource : extensionObject(resource, target.extension);
  write(holder, target, raw);
}

function extensionObject(resource: JsonObject, extension: SchemaAttributes): JsonObject {
  const existing = resource[extension.id];
  if (isJsonObject(existing)) return existing;
  const created: JsonObject = {};
  resource[extension.id] = created;
  return created;
}

/** Writes one coerced value; read-only and write-only attributes are skipped, empty values leave nothing. */
function write(holder: JsonObject, target: PatchTarget, raw: JsonValue): void {
  const { attribute, subAttribute } = target;
  const skipped = (m: string): boolean => m === 'readOnly' || m === 'writeOnly';
  if (skipped(mutabilityOf(attribute)) || (subAttribute && skipped(mutabilityOf(subAttribute)))) return;
  if (subAttribute) {
    // `name.givenName`: one sub-attribute of a single complex value (a list's element has no key to address).
    if (attribute.multiValued) return;
    const element = isJsonObject(readKey(holder, attribute.name)) ? (readKey(holder, attribute.name) as JsonObject) : {};
    const value = subAttribute.multiValued ? coerceValues(subAttribute, raw) : coerceSimple(subAttribute, raw);
    writeKey(element, subAttribute.name, value);
    writeKey(holder, attribute.name, element);
    return;
  }
  if (attribute.multiValued) {
    const values = coerceValues(attribute, raw);
    // RFC 7643 §2.4: at most one value is primary; the last one sent wins.
    enforceSinglePrimary(attribute, values, new Set(values));
    writeKey(holder, attribute.name, values);
    return;
  }
  if (attribute.type === 'complex') {
    const value = coerceComplex(attribute, raw, false);
    const before = readKey(holder, attribute.name);
    const merged = { ...(isJsonObject(before) ? before : {}), ...(value ?? {}) };
    writeKey(holder, attribute.name, Object.keys(merged).length > 0 ? merged : undefined);
    return;
  }
  writeKey(holder, attribute.name, coerceSimple(attribute, raw));
}
