import { findAttribute, mutabilityOf, type AttributeDefinition } from './schema-catalogue';
import { isJsonObject, type JsonObject, type JsonValue } from './json';
import { patchError } from './patch/patch-errors';

const BOOLEAN_TEXT = /^\s*(true|false)\s*$/i;
const NUMBER_TEXT = /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/;

const invalidValue = (name: string, raw: JsonValue, expected: string): Error =>
  patchError('invalidValue', `${name} must be ${expected}, not ${JSON.stringify(raw)}`);

/**
 * Coerces a value of a non-complex attribute to its RFC 7643 §2.3 type; `undefined` means
 * unassigned (null, or "" which the Entra validator sends to clear an attribute).
 * Entra sends booleans as "True"/"False" strings: they become booleans (entra/09-disable-string-boolean.json).
 */
export function coerceSimple(attribute: AttributeDefinition, raw: JsonValue, name = attribute.name): JsonValue | undefined {
  if (raw === null || raw === '') return undefined;
  switch (attribute.type) {
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (typeof raw === 'string' && BOOLEAN_TEXT.test(raw)) return raw.trim().toLowerCase() === 'true';
      throw invalidValue(name, raw, 'a boolean');
    case 'integer':
    case 'decimal': {
      const number = typeof raw === 'number' ? raw : typeof raw === 'string' && NUMBER_TEXT.test(raw) ? Number(raw) : NaN;
      if (Number.isFinite(number) && (attribute.type === 'decimal' || Number.isInteger(number))) return number;
      throw invalidValue(name, raw, `a JSON ${attribute.type}`);
    }
    case 'complex':
      return coerceComplex(attribute, raw, false, name);
    default:
      if (typeof raw === 'string') return raw;
      if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
      throw invalidValue(name, raw, 'a string');
  }
}

/**
 * Coerces a complex value: sub-attribute names are matched case-insensitively (`"Primary"`,
 * `"Value"` from Entra: entra/02-create-user.json, entra/14-add-manager-object.json) and written
 * canonically; unknown and readOnly sub-attributes are ignored (RFC 7644 §3.5.1 ignores readOnly
 * values sent by clients). A bare primitive becomes `{ value }`
 * when the attribute has a `value` sub-attribute (Entra sends `manager` as a bare id string:
 * entra/06-add-manager-bare-string.json).
 * With `keepNulls`, cleared sub-attributes stay as `null` so a merge can remove them.
 */
export function coerceComplex(
  attribute: AttributeDefinition,
  raw: JsonValue,
  keepNulls: boolean,
  name = attribute.name,
): JsonObject | undefined {
  if (raw === null) return undefined;
  if (!isJsonObject(raw)) {
    const valueAttribute = findAttribute(attribute.subAttributes, 'value');
    if (!valueAttribute || Array.isArray(raw)) throw invalidValue(name, raw, 'an object');
    const value = coerceSimple(valueAttribute, raw, `${name}.value`);
    return value === undefined ? undefined : { [valueAttribute.name]: value };
  }
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(raw)) {
    const sub = findAttribute(attribute.subAttributes, key);
    if (!sub || mutabilityOf(sub) === 'readOnly') continue;
    const coerced = sub.multiValued ? coerceValues(sub, value, `${name}.${sub.name}`) : coerceSimple(sub, value, `${name}.${sub.name}`);
    if (coerced !== undefined && !(Array.isArray(coerced) && coerced.length === 0)) result[sub.name] = coerced;
    else if (keepNulls) result[sub.name] = null;
  }
  return result;
}

/** One element of a multi-valued attribute; nothing when it carries no known value. */
function coerceElement(attribute: AttributeDefinition, raw: JsonValue, name: string): JsonValue | undefined {
  const element = coerceSimple(attribute, raw, name);
  return isJsonObject(element) && Object.keys(element).length === 0 ? undefined : element;
}

/** The values of a multi-valued attribute: a single value is wrapped in an array, null is empty. */
export function coerceValues(attribute: AttributeDefinition, raw: JsonValue, name = attribute.name): JsonValue[] {
  if (raw === null) return [];
  const items = Array.isArray(raw) ? raw : [raw];
  return items.flatMap((item, index) => {
    const element = coerceElement(attribute, item, Array.isArray(raw) ? `${name}[${index}]` : name);
    return element === undefined ? [] : [element];
  });
}
