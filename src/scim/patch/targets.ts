import { matchesFilter, type AttrPath, type Filter } from '../filter';
import { findAttribute, mutabilityOf, type AttributeDefinition } from '../schema-catalogue';
import { coerceComplex, coerceSimple, coerceValues } from '../coerce';
import { cloneJson, deepEqual, isJsonObject, isUnassigned, readKey, writeKey, type JsonObject, type JsonValue } from '../json';
import { addElements, enforceSinglePrimary, matchesRemoval } from './multi-valued';
import type { PatchTarget } from './path';
import { patchError } from './patch-errors';
import type { PatchOpName } from './request';

/** Where an add or replace comes from: a `path`, or a key of a path-less `value` object. */
export type WriteMode = 'path' | 'value';

const mutabilityError = (name: string, why: string): Error =>
  patchError('mutability', `${name} ${why} (RFC 7644 §3.5.2)`);

/**
 * RFC 7644 §3.5.2: a readOnly attribute cannot change, an immutable one cannot change once set,
 * and a required one cannot become unassigned.
 */
function checkMutability(attribute: AttributeDefinition, before: JsonValue | undefined, after: JsonValue | undefined): void {
  if (deepEqual(before, after)) return;
  const mutability = mutabilityOf(attribute);
  if (mutability === 'readOnly') throw mutabilityError(attribute.name, 'is read-only');
  if (mutability === 'immutable' && !isUnassigned(before)) throw mutabilityError(attribute.name, 'is immutable once set');
  if (attribute.required && isUnassigned(after)) throw mutabilityError(attribute.name, 'is required and cannot be removed');
}

/** Runs `change` on the attribute's current value and stores the result, enforcing mutability. */
function update(
  container: JsonObject,
  attribute: AttributeDefinition,
  change: (current: JsonValue | undefined) => JsonValue | undefined,
): void {
  const current = readKey(container, attribute.name);
  const before = current === undefined ? undefined : cloneJson(current);
  const after = normalise(change(current));
  checkMutability(attribute, before, after);
  writeKey(container, attribute.name, after);
}

const isEmptyObject = (value: JsonValue | undefined): boolean => isJsonObject(value) && Object.keys(value).length === 0;

/** Empty complex values and lists are unassigned (RFC 7643 §2.5); so are elements left with nothing. */
function normalise(value: JsonValue | undefined): JsonValue | undefined {
  const next = Array.isArray(value) ? value.filter((element) => !isEmptyObject(element)) : value;
  return isUnassigned(next) || isEmptyObject(next) ? undefined : next;
}

const asList = (value: JsonValue | undefined): JsonValue[] =>
  Array.isArray(value) ? [...value] : value === undefined || value === null ? [] : [value];

const caseExactOf = (attribute: AttributeDefinition) => (path: AttrPath): boolean =>
  findAttribute(attribute.subAttributes, path.attr)?.caseExact === true;

const matching = (attribute: AttributeDefinition, filter: Filter, list: JsonValue[]): JsonObject[] =>
  list.filter((element): element is JsonObject => isJsonObject(element) && matchesFilter(filter, element, caseExactOf(attribute)));

/** Sets (or with null/"" clears) one sub-attribute of one complex value. */
function setSub(attribute: AttributeDefinition, element: JsonObject, sub: AttributeDefinition, raw: JsonValue): void {
  const name = `${attribute.name}.${sub.name}`;
  const value = sub.multiValued ? coerceValues(sub, raw, name) : coerceSimple(sub, raw, name);
  const before = readKey(element, sub.name);
  const after = isUnassigned(value) ? undefined : value;
  if (!deepEqual(before, after)) {
    if (mutabilityOf(sub) === 'readOnly') throw mutabilityError(name, 'is read-only');
    if (mutabilityOf(sub) === 'immutable' && !isUnassigned(before)) throw mutabilityError(name, 'is immutable once set');
  }
  writeKey(element, sub.name, after);
}

/** Merges coerced sub-attributes into a complex value; `null` members clear (RFC 7644 §3.5.2.1/§3.5.2.3). */
function mergeComplex(target: JsonObject, incoming: JsonObject): JsonObject {
  for (const [key, value] of Object.entries(incoming)) writeKey(target, key, value === null ? undefined : value);
  return target;
}

/** add/replace of a whole attribute (no filter, no sub-attribute). */
function writeWhole(attribute: AttributeDefinition, op: PatchOpName, current: JsonValue | undefined, raw: JsonValue) {
  if (attribute.multiValued) {
    const values = coerceValues(attribute, raw);
    // RFC 7644 §3.5.2.1: add appends to a multi-valued attribute; §3.5.2.3: replace swaps the whole list.
    const list = op === 'replace' ? values : addElements(attribute, asList(current), values);
    enforceSinglePrimary(attribute, list, new Set(values));
    return list;
  }
  if (attribute.type !== 'complex') return coerceSimple(attribute, raw);
  const incoming = coerceComplex(attribute, raw, true);
  // RFC 7644 §3.5.2.3: sub-attributes not given in the value are left unchanged, for add and replace alike.
  return incoming === undefined ? undefined : mergeComplex(isJsonObject(current) ? { ...current } : {}, incoming);
}

/** add/replace of `attribute.sub` without a filter: the single complex value, or every element. */
function writeSub(attribute: AttributeDefinition, sub: AttributeDefinition, current: JsonValue | undefined, raw: JsonValue) {
  if (!attribute.multiValued) {
    const element = isJsonObject(current) ? { ...current } : {};
    setSub(attribute, element, sub, raw);
    return element;
  }
  const list = asList(current).map((element) => (isJsonObject(element) ? { ...element } : element));
  const elements = list.filter(isJsonObject);
  if (elements.length === 0 && raw !== null && raw !== '') {
    const created: JsonObject = {};
    list.push(created);
    elements.push(created);
  }
  for (const element of elements) setSub(attribute, element, sub, raw);
  enforceSinglePrimary(attribute, list, new Set(elements));
  return list;
}

/**
 * add/replace through a valuePath. Each matched element takes the sub-attributes the value gives
 * and keeps the others (`replace emails[type eq "work"]` with `{"display": …}` keeps the address).
 * A filter that matches nothing creates the element from the filter's `eq` terms (Entra and its
 * validator expect `emails[type eq "work"].value` to create a work email:
 * entra/05-patch-replace-attributes.json). This departs from RFC 7644 §3.5.2.3, which answers
 * noTarget; noTarget remains for filters with no `eq` term to build an element from.
 */
function writeFiltered(target: PatchTarget, filter: Filter, current: JsonValue | undefined, raw: JsonValue) {
  const { attribute, subAttribute } = target;
  const list = asList(current);
  const matches = matching(attribute, filter, list);
  const terms = (): JsonObject => coerceComplex(attribute, equalityTerms(filter), false) ?? {};
  if (matches.length === 0) {
    if (raw === null || raw === '') return list;
    const element = terms();
    if (Object.keys(element).length === 0) throw patchError('noTarget', `No value of ${attribute.name} matches the PATCH filter`);
    if (subAttribute) setSub(attribute, element, subAttribute, raw);
    else mergeComplex(element, coerceComplex(attribute, raw, false) ?? {});
    list.push(element);
    enforceSinglePrimary(attribute, list, new Set([element]));
    return list;
  }
  if (!subAttribute && (raw === null || raw === '')) return list.filter((element) => !matches.includes(element as JsonObject));
  const written = new Set<JsonValue>();
  const next = list.map((element) => {
    if (!matches.includes(element as JsonObject)) return element;
    const copy = { ...(element as JsonObject) };
    if (subAttribute) setSub(attribute, copy, subAttribute, raw);
    // RFC 7644 §3.5.2.3: sub-attributes not given in the value are left unchanged, for add and replace alike.
    else mergeComplex(copy, coerceComplex(attribute, raw, true) ?? {});
    return remember(written, copy);
  });
  enforceSinglePrimary(attribute, next, written);
  return next;
}

/**
 * The `attribute eq literal` terms joined by `and` at the top of `filter`: the values an element
 * created through a valuePath that matched nothing must carry (`emails[type eq "work"]` → type work).
 */
function equalityTerms(filter: Filter): JsonObject {
  if (filter.kind === 'and') return { ...equalityTerms(filter.left), ...equalityTerms(filter.right) };
  if (filter.kind === 'compare' && filter.op === 'eq') return { [filter.path.attr]: filter.value };
  return {};
}

function remember(written: Set<JsonValue>, element: JsonObject): JsonObject {
  written.add(element);
  return element;
}

/** Applies an add or replace to the attribute `target` names inside `container`. */
export function writeTarget(container: JsonObject, target: PatchTarget, op: PatchOpName, raw: JsonValue, mode: WriteMode): void {
  const mutability = mutabilityOf(target.attribute);
  const readOnly = mutability === 'readOnly' || (target.subAttribute && mutabilityOf(target.subAttribute) === 'readOnly');
  // writeOnly values (password) are accepted and never stored (okta/20-password-sync.json); readOnly
  // keys in a path-less value are ignored like readOnly attributes in a PUT (RFC 7644 §3.5.1): Okta
  // echoes meta and groups, and the group's id with each push (okta/26-rename-with-id.json,
  // okta/27-push-member-add.json; no recorded exchange echoes meta or groups).
  if (mutability === 'writeOnly' || (mode === 'value' && readOnly)) return;
  // RFC 7643 §2.5: null is unassigned, so adding it adds nothing; replace with null clears.
  if (op === 'add' && (raw === null || raw === '')) return;
  const { attribute, filter, subAttribute } = target;
  update(container, attribute, (current) => {
    if (filter) return writeFiltered(target, filter, current, raw);
    if (subAttribute) return writeSub(attribute, subAttribute, current, raw);
    return writeWhole(attribute, op, current, raw);
  });
}

/**
 * Applies a remove (RFC 7644 §3.5.2.2). A filter that matches nothing is a no-op, so a repeated
 * member removal succeeds. A `value` on a multi-valued target removes only the values it lists:
 * Entra removes members as `{"op":"Remove","path":"members","value":[{"value":"…"}]}`, which must
 * never empty the group (entra/30-remove-member-value-array.json).
 */
export function removeTarget(container: JsonObject, target: PatchTarget, raw: JsonValue | undefined): void {
  const { attribute, filter, subAttribute } = target;
  if (mutabilityOf(attribute) === 'writeOnly') return;
  update(container, attribute, (current) => {
    if (filter) {
      const list = asList(current);
      const matches = matching(attribute, filter, list);
      if (!subAttribute) return list.filter((element) => !matches.includes(element as JsonObject));
      return list.map((element) => (matches.includes(element as JsonObject) ? clearSub(attribute, element, subAttribute) : element));
    }
    if (subAttribute) {
      if (!attribute.multiValued) return isJsonObject(current) ? clearSub(attribute, current, subAttribute) : current;
      return asList(current).map((element) => clearSub(attribute, element, subAttribute));
    }
    if (attribute.multiValued && raw !== undefined && raw !== null) {
      const removals = coerceValues(attribute, raw);
      return asList(current).filter((element) => !removals.some((removal) => matchesRemoval(attribute, element, removal)));
    }
    return undefined;
  });
}

function clearSub(attribute: AttributeDefinition, element: JsonValue, sub: AttributeDefinition): JsonValue {
  if (!isJsonObject(element)) return element;
  const copy = { ...element };
  setSub(attribute, copy, sub, null);
  return copy;
}
