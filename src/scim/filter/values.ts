import { ScimError } from '../errors';
import type { CompValue, CompareOp } from './ast';
import type { AttributeDefinition, AttributeType } from '../schema-catalogue';
import { quote } from './tokenizer';

const ORDERING: ReadonlySet<CompareOp> = new Set(['gt', 'ge', 'lt', 'le']);
const EQUALITY: ReadonlySet<CompareOp> = new Set(['eq', 'ne']);

/** Which operators each type admits (RFC 7644 §3.4.2.2: no ordering on boolean or binary). */
const ALLOWED_OPS: Readonly<Record<Exclude<AttributeType, 'complex'>, (op: CompareOp) => boolean>> = {
  string: () => true,
  reference: () => true,
  boolean: (op) => EQUALITY.has(op),
  binary: (op) => EQUALITY.has(op),
  dateTime: (op) => EQUALITY.has(op) || ORDERING.has(op),
  integer: (op) => EQUALITY.has(op) || ORDERING.has(op),
  decimal: (op) => EQUALITY.has(op) || ORDERING.has(op),
};

/** xsd:dateTime with a time zone (RFC 7643 §2.3.5); fractions beyond milliseconds are dropped. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/i;

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number): number => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];

/**
 * Parses an xsd:dateTime with a zone into an instant; null when it is not one, or when its offset
 * moves it out of the years 0000–9999 (an ISO string of such an instant has a signed six-digit
 * year, which no date-time scalar reads).
 */
export function parseDateTime(text: string): Date | null {
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const millis = Number((match[7] ?? '').slice(0, 3).padEnd(3, '0'));
  const zone = match[8].toUpperCase();
  const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59;
  if (!valid || Math.abs(offset) > 23 * 60 + 59 || Number(zone.slice(4, 6)) > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  const instant = new Date(date.getTime() - offset * 60_000);
  return instant.getUTCFullYear() >= 0 && instant.getUTCFullYear() <= 9999 ? instant : null;
}

/** Entra sends booleans as "True"/"False" strings (scim-clients.md §3.3); read them as booleans. */
function booleanValue(value: CompValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return undefined;
}

/**
 * Checks that `op value` fits the attribute's type and returns the value to compare with:
 * dateTime values become ISO-8601 UTC strings, boolean strings become booleans.
 * `null` is accepted only with eq/ne (meaning "has no value").
 */
export function checkComparison(attribute: AttributeDefinition, shown: string, op: CompareOp, value: CompValue): CompValue {
  const fail = (detail: string): never => {
    throw new ScimError(400, 'invalidFilter', detail);
  };
  const type = attribute.type === 'complex' ? fail(`The attribute ${quote(shown)} is complex: compare one of its sub-attributes`) : attribute.type;
  if (!ALLOWED_OPS[type](op)) fail(`The operator "${op}" cannot be used with the ${type} attribute ${quote(shown)}`);
  if (value === null) return EQUALITY.has(op) ? null : fail(`The operator "${op}" needs a value other than null for ${quote(shown)}`);
  const wrongValue = (expected: string): never => fail(`The attribute ${quote(shown)} compares with ${expected}, not ${typeof value === 'string' ? quote(value) : String(value)}`);
  switch (type) {
    case 'boolean':
      return booleanValue(value) ?? wrongValue('true or false');
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? value : wrongValue('an integer');
    case 'decimal':
      return typeof value === 'number' ? value : wrongValue('a number');
    case 'dateTime': {
      const instant = typeof value === 'string' ? parseDateTime(value) : null;
      return instant ? instant.toISOString() : wrongValue('a date-time with a time zone between the years 0000 and 9999, such as "2011-05-13T04:42:34Z"');
    }
    default:
      return typeof value === 'string' ? value : wrongValue('a "quoted string"');
  }
}
