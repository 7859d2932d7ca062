/**
 * SCIM JSON and its case-insensitive names (RFC 7643 §2.1), shared by filters, PATCH, projection,
 * mapping and request parameters.
 */

/** A JSON value as it arrives in a SCIM body and as a SCIM resource holds it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;

export interface JsonObject {
  [key: string]: JsonValue;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The keys of `object` that equal `name` ignoring case (RFC 7643 §2.1: attribute names are case-insensitive). */
export function keysNamed(object: Readonly<Record<string, unknown>>, name: string): string[] {
  return Object.keys(object).filter((key) => sameName(key, name));
}

/** The value stored under `name` in any letter case; the canonical spelling wins when several exist. */
export function readKey(object: JsonObject, name: string): JsonValue | undefined {
  if (Object.hasOwn(object, name)) return object[name];
  const [key] = keysNamed(object, name);
  return key === undefined ? undefined : object[key];
}

/** Stores `value` under the canonical `name`, dropping other spellings; `undefined` removes the attribute. */
export function writeKey(object: JsonObject, name: string, value: JsonValue | undefined): void {
  for (const key of keysNamed(object, name)) delete object[key];
  if (value !== undefined) object[name] = value;
}

/** Sets an own property even for keys such as `__proto__` that plain assignment would misread. */
export function setOwn(object: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

export function deepEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => deepEqual(item, b[index]));
  }
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
}

/** RFC 7643 §2.5: unassigned, null and an empty array are the same state. */
export function isUnassigned(value: JsonValue | undefined): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

export function cloneJson<T extends JsonValue>(value: T): T {
  return structuredClone(value);
}
