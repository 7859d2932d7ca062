"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.quote = quote;
exports.syntaxError = syntaxError;
exports.tokenize = tokenize;
exports.describeToken = describeToken;
const errors_1 = require("../errors");
const input_guard_1 = require("../../common/input-guard");
const PUNCT = new Set(['(', ')', '[', ']']);
const isSpace = (c) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const endsWord = (c) => isSpace(c) || PUNCT.has(c) || c === '"';
const SIMPLE_ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const HEX4 = /^[0-9A-Fa-f]{4}$/;
/** A short, JSON-quoted excerpt of client text for error details. */
function quote(text) {
    return JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text);
}
/** An error raised while reading a filter or path: always 400 with the given scimType. */
function syntaxError(scimType, detail) {
    return new errors_1.ScimError(400, scimType, detail);
}
/**
 * A decoded string literal, refused (invalidFilter, as every malformed literal) when it holds a
 * NUL or a lone surrogate: the door checked the raw text, but `\u0000` and `\ud800` are escapes.
 */
function checkedString(value, start) {
    const problem = (0, input_guard_1.stringProblem)(value);
    if (!problem)
        return value;
    throw syntaxError('invalidFilter', (0, input_guard_1.describeInputFault)({ problem, path: '' }, `The string at position ${start}`));
}
/** Reads a JSON string starting at the opening quote; returns its value and the index after it. */
function readString(text, start) {
    let value = '';
    let i = start + 1;
    while (i < text.length) {
        const c = text[i];
        if (c === '"')
            return { value: checkedString(value, start), next: i + 1 };
        if (c !== '\\') {
            value += c;
            i += 1;
            continue;
        }
        const escape = text[i + 1];
        if (escape === 'u' && HEX4.test(text.slice(i + 2, i + 6))) {
            value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
            i += 6;
        }
        else if (escape !== undefined && Object.hasOwn(SIMPLE_ESCAPES, escape)) {
            value += SIMPLE_ESCAPES[escape];
            i += 2;
        }
        else {
            const shown = escape === 'u' ? text.slice(i, i + 6) : text.slice(i, i + 2);
            throw syntaxError('invalidFilter', `Invalid escape ${quote(shown)} in the string at position ${i}`);
        }
    }
    throw syntaxError('invalidFilter', `The string starting at position ${start} has no closing quote`);
}
/** Splits text into tokens, ending with an `end` token. Strings are decoded (RFC 8259 escapes). */
function tokenize(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (isSpace(c)) {
            i += 1;
        }
        else if (PUNCT.has(c)) {
            tokens.push({ type: 'punct', text: c, start: i });
            i += 1;
        }
        else if (c === '"') {
            const { value, next } = readString(text, i);
            tokens.push({ type: 'string', value, start: i });
            i = next;
        }
        else {
            let end = i + 1;
            while (end < text.length && !endsWord(text[end]))
                end += 1;
            tokens.push({ type: 'word', text: text.slice(i, end), start: i });
            i = end;
        }
    }
    tokens.push({ type: 'end', start: text.length });
    return tokens;
}
/** How an error message names the token found where something else was expected. */
function describeToken(token, subject = 'filter') {
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
//# sourceMappingURL=tokenizer.js.map