import { ScimError, type ScimType } from '../errors';
import { describeInputFault, stringProblem } from '../../common/input-guard';

/**
 * Tokens of a SCIM filter or PATCH path. A word is any run of characters other than
 * whitespace, parentheses, brackets and double quotes; the parser decides whether it is an
 * attribute path, an operator or a literal. Positions are 0-based character offsets.
 */
export type Token =
  | { type: 'punct'; text: '(' | ')' | '[' | ']'; start: number }
  | { type: 'string'; value: string; start: number }
  | { type: 'word'; text: string; start: number }
  | { type: 'end'; start: number };

const PUNCT = new Set(['(', ')', '[', ']']);
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const endsWord = (c: string): boolean => isSpace(c) || PUNCT.has(c) || c === '"';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const HEX4 = /^[0-9A-Fa-f]{4}$/;

/** A short, JSON-quoted excerpt of client text for error details. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text);
}

/** An error raised while reading a filter or path: always 400 with the given scimType. */
export function syntaxError(scimType: ScimType, detail: string): ScimError {
  return new ScimError(400, scimType, detail);
}

/**
 * A decoded string literal, refused (invalidFilter, as every malformed literal) when it holds a
 * NUL or a lone surrogate: the door checked the raw text, but `\u0000` and `\ud800` are escapes.
 */
function checkedString(value: string, start: number): string {
  const problem = stringProblem(value);
  if (!problem) return value;
  throw syntaxError('invalidFilter', describeInputFault({ problem, path: '' }, `The string at position ${start}`));
}

/** Reads a JSON string starting at the opening quote; returns its value and the index after it. */
function readString(text: string, start: number): { value: string; next: number } {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') return { value: checkedString(value, start), next: i + 1 };
    if (c !== '\\') {
      value += c;
      i += 1;
      continue;
    }
    const escape = text[i + 1];
    if (escape === 'u' && HEX4.test(text.slice(i + 2, i + 6))) {
      value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      i += 6;
    } else if (escape !== undefined && Object.hasOwn(SIMPLE_ESCAPES, escape)) {
      value += SIMPLE_ESCAPES[escape];
      i += 2;
    } else {
      const shown = escape === 'u' ? text.slice(i, i + 6) : text.slice(i, i + 2);
      throw syntaxError('invalidFilter', `Invalid escape ${quote(shown)} in the string at position ${i}`);
    }
  }
  throw syntaxError('invalidFilter', `The string starting at position ${start} has no closing quote`);
}

/** Splits text into tokens, ending with an `end` token. Strings are decoded (RFC 8259 escapes). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c)) {
      i += 1;
    } else if (PUNCT.has(c)) {
      tokens.push({ type: 'punct', text: c as '(' | ')' | '[' | ']', start: i });
      i += 1;
    } else if (c === '"') {
      const { value, next } = readString(text, i);
      tokens.push({ type: 'string', value, start: i });
      i = next;
    } else {
      let end = i + 1;
      while (end < text.length && !endsWord(text[end])) end += 1;
      tokens.push({ type: 'word', text: text.slice(i, end), start: i });
      i = end;
    }
  }
  tokens.push({ type: 'end', start: text.length });
  return tokens;
}

/** How an error message names the token found where something else was expected. */
export function describeToken(token: Token, subject: 'filter' | 'path' = 'filter'): string {
  switch (token.type) {
    case 'end':
      return `but the ${subject} ends there`;
    case 'string':
      return `found the string ${quote(token.value)}`;
    case 'punct':
      return `found "${token.text}"`;
    case 'word':
      return `found ${quote(token.text)}`;
  }
}
