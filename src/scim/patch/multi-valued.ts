import { findAttribute, type AttributeDefinition } from '../schema-catalogue';
import { isJsonObject, readKey, sameName, type JsonObject, type JsonValue } from '../json';

function textEqual(a: JsonValue | undefined, b: JsonValue | undefined, caseExact: boolean): boolean {
  if (typeof a === 'string' && typeof b === 'string') return caseExact ? a === b : sameName(a, b);
  return a === b;
}

/**
 * Whether two elements of a multi-valued attribute denote the same value: equal `value` (per its
 * caseExact) and no conflicting `type` (`emails` holds one address as work and home); elements
 * without `value` (addresses) are the same when their `type` is.
 */
export function sameElement(attribute: AttributeDefinition, a: JsonValue, b: JsonValue): boolean {
  if (!isJsonObject(a) || !isJsonObject(b)) {
    return textEqual(a, b, attribute.caseExact === true);
  }
  const [valueA, valueB] = [readKey(a, 'value'), readKey(b, 'value')];
  const [typeA, typeB] = [readKey(a, 'type'), readKey(b, 'type')];
  if (valueA !== undefined || valueB !== undefined) {
    const valueExact = findAttribute(attribute.subAttributes, 'value')?.caseExact === true;
    return textEqual(valueA, valueB, valueExact) && (typeA === undefined || typeB === undefined || textEqual(typeA, typeB, false));
  }
  return typeA !== undefined && textEqual(typeA, typeB, false);
}

/** Adds `incoming` to `list`: an element equal to one already there replaces it, others are appended. */
export function addElements(attribute: AttributeDefinition, list: JsonValue[], incoming: readonly JsonValue[]): JsonValue[] {
  const result = [...list];
  for (const element of incoming) {
    const index = result.findIndex((existing) => sameElement(attribute, existing, element));
    if (index < 0) result.push(element);
    else result[index] = element;
  }
  return result;
}

/**
 * Whether `element` matches a value sent with Entra's `remove` + `value` (by `value`, else by every
 * given sub-attribute): entra/30-remove-member-value-array.json.
 */
export function matchesRemoval(attribute: AttributeDefinition, element: JsonValue, removal: JsonValue): boolean {
  if (!isJsonObject(removal) || !isJsonObject(element) || readKey(removal, 'value') !== undefined) {
    return sameElement(attribute, element, removal);
  }
  const keys = Object.keys(removal);
  return keys.length > 0 && keys.every((key) => textEqual(readKey(element, key), removal[key], false));
}

/**
 * RFC 7644 §3.5.2: setting a value's `primary` to true sets `primary` to false on every other
 * value, so at most one is primary (RFC 7643 §2.4). The winner is the last primary among the
 * elements this operation wrote, else the first primary already there.
 */
export function enforceSinglePrimary(
  attribute: AttributeDefinition,
  list: JsonValue[],
  written: ReadonlySet<JsonValue>,
): void {
  const primary = findAttribute(attribute.subAttributes, 'primary');
  if (!primary || primary.type !== 'boolean') return;
  const primaries = list.filter((element): element is JsonObject => isJsonObject(element) && element[primary.name] === true);
  if (primaries.length < 2) return;
  const fromThisOperation = primaries.filter((element) => written.has(element));
  const winner = fromThisOperation.at(-1) ?? primaries[0];
  for (const element of primaries) if (element !== winner) element[primary.name] = false;
}
