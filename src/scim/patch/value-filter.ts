import { isJsonObject, readKey, type JsonObject, type JsonValue } from './json';
import { patchError } from './patch-errors';

/** Comparison operators of RFC 7644 §3.4.2.2. */
export type CompareOperator = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterLiteral = string | number | boolean | null;

/** The filter inside a PATCH valuePath (`emails[type eq "work"]`): it selects elements of one attribute. */
export type ValueFilter =
  | { readonly kind: 'compare'; readonly attribute: string; readonly operator: CompareOperator; readonly value: FilterLiteral }
  | { readonly kind: 'present'; readonly attribute: string }
  | { readonly kind: 'and' | 'or'; readonly left: ValueFilter; readonly right: ValueFilter }
  | { readonly kind: 'not'; readonly filter: ValueFilter };

const OPERATORS = new Set<string>(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);
const TOKEN = /\s*(?:(\()|(\))|("(?:[^"\\]|\\.)*")|([^\s()"]+))/y;
const ATTRIBUTE = /^[A-Za-z$][\w$-]*(?:\.[A-Za-z$][\w$-]*)?$/;

type Token = { kind: 'open' | 'close' | 'string' | 'word'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(source);
    if (!match) throw invalidFilter(source);
    const [, open, close, string, word] = match;
    if (open) tokens.push({ kind: 'open', text: open });
    else if (close) tokens.push({ kind: 'close', text: close });
    else if (string) tokens.push({ kind: 'string', text: string });
    else tokens.push({ kind: 'word', text: word });
  }
  return tokens;
}

const invalidFilter = (source: string): Error => patchError('invalidFilter', `Invalid filter in PATCH path: ${source}`);

/** Parses a valuePath filter: RFC 7644 §3.4.2.2 grammar, precedence `()` > `not` > `and` > `or`. */
export function parseValueFilter(source: string): ValueFilter {
  const tokens = tokenize(source);
  let position = 0;
  const peekWord = (word: string): boolean =>
    tokens[position]?.kind === 'word' && tokens[position].text.toLowerCase() === word;

  const parseOr = (): ValueFilter => {
    let left = parseAnd();
    while (peekWord('or')) {
      position += 1;
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): ValueFilter => {
    let left = parseUnary();
    while (peekWord('and')) {
      position += 1;
      left = { kind: 'and', left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): ValueFilter => {
    if (peekWord('not')) {
      position += 1;
      return { kind: 'not', filter: parseGroup() };
    }
    return tokens[position]?.kind === 'open' ? parseGroup() : parseComparison();
  };
  const parseGroup = (): ValueFilter => {
    if (tokens[position]?.kind !== 'open') throw invalidFilter(source);
    position += 1;
    const inner = parseOr();
    if (tokens[position]?.kind !== 'close') throw invalidFilter(source);
    position += 1;
    return inner;
  };
  const parseComparison = (): ValueFilter => {
    const [attribute, operator] = [tokens[position], tokens[position + 1]];
    if (attribute?.kind !== 'word' || !ATTRIBUTE.test(attribute.text) || operator?.kind !== 'word') {
      throw invalidFilter(source);
    }
    const op = operator.text.toLowerCase();
    position += 2;
    if (op === 'pr') return { kind: 'present', attribute: attribute.text };
    if (!OPERATORS.has(op)) throw invalidFilter(source);
    const value = parseLiteral(tokens[position], source);
    position += 1;
    return { kind: 'compare', attribute: attribute.text, operator: op as CompareOperator, value };
  };

  const filter = parseOr();
  if (position !== tokens.length) throw invalidFilter(source);
  return filter;
}

function parseLiteral(token: Token | undefined, source: string): FilterLiteral {
  if (token?.kind === 'string') return JSON.parse(token.text) as string;
  if (token?.kind !== 'word') throw invalidFilter(source);
  const word = token.text.toLowerCase();
  if (word === 'true' || word === 'false') return word === 'true';
  if (word === 'null') return null;
  const number = Number(token.text);
  if (token.text.trim() === '' || Number.isNaN(number)) throw invalidFilter(source);
  return number;
}

/** Whether a sub-attribute compares case-sensitively (RFC 7643 §2.2 `caseExact`). */
export type CaseExactLookup = (attribute: string) => boolean;

/** Evaluates `filter` against one element of a multi-valued complex attribute. */
export function matchesFilter(filter: ValueFilter, element: JsonValue, caseExact: CaseExactLookup): boolean {
  switch (filter.kind) {
    case 'and':
      return matchesFilter(filter.left, element, caseExact) && matchesFilter(filter.right, element, caseExact);
    case 'or':
      return matchesFilter(filter.left, element, caseExact) || matchesFilter(filter.right, element, caseExact);
    case 'not':
      return !matchesFilter(filter.filter, element, caseExact);
    case 'present': {
      const value = lookup(element, filter.attribute);
      return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
    }
    case 'compare': {
      const value = lookup(element, filter.attribute);
      const candidates = Array.isArray(value) ? value : [value];
      const exact = caseExact(filter.attribute);
      const hit = candidates.some((candidate) => compare(candidate, filter.operator, filter.value, exact));
      return filter.operator === 'ne' ? candidates.every((c) => compare(c, 'ne', filter.value, exact)) : hit;
    }
  }
}

function lookup(element: JsonValue, attribute: string): JsonValue | undefined {
  let current: JsonValue | undefined = element;
  for (const part of attribute.split('.')) current = isJsonObject(current) ? readKey(current, part) : undefined;
  return current;
}

function compare(actual: JsonValue | undefined, operator: CompareOperator, expected: FilterLiteral, exact: boolean): boolean {
  if (expected === null) return operator === 'eq' ? actual == null : operator === 'ne' && actual != null;
  if (actual === undefined || actual === null || typeof actual === 'object') return operator === 'ne';
  if (typeof actual === 'string' && typeof expected === 'string') {
    const [a, e] = exact ? [actual, expected] : [actual.toLowerCase(), expected.toLowerCase()];
    return compareOrdered(a, e, operator) ?? (operator === 'co' ? a.includes(e) : operator === 'sw' ? a.startsWith(e) : a.endsWith(e));
  }
  if (typeof actual !== typeof expected) return operator === 'ne';
  return compareOrdered(actual, expected as typeof actual, operator) ?? false;
}

function compareOrdered<T extends string | number | boolean>(a: T, e: T, operator: CompareOperator): boolean | undefined {
  const orders: Partial<Record<CompareOperator, boolean>> = {
    eq: a === e,
    ne: a !== e,
    gt: a > e,
    ge: a >= e,
    lt: a < e,
    le: a <= e,
  };
  return orders[operator];
}

/**
 * The `attribute eq literal` terms joined by `and` at the top of `filter`: the values an element
 * created through a valuePath that matched nothing must carry (`emails[type eq "work"]` → type work).
 */
export function equalityTerms(filter: ValueFilter): JsonObject {
  if (filter.kind === 'and') return { ...equalityTerms(filter.left), ...equalityTerms(filter.right) };
  if (filter.kind === 'compare' && filter.operator === 'eq' && !filter.attribute.includes('.')) {
    return { [filter.attribute]: filter.value };
  }
  return {};
}
