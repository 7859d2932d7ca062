"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FilterParser = void 0;
exports.checkFilterText = checkFilterText;
exports.parseFilter = parseFilter;
const ast_1 = require("./ast");
const attr_path_1 = require("./attr-path");
const tokenizer_1 = require("./tokenizer");
const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
const OPS = new Set(ast_1.COMPARE_OPS);
const LOGICAL = new Set(['and', 'or', 'not']);
/**
 * Recursive descent over RFC 7644 §3.4.2.2's grammar with precedence `()` > `not` > `and` > `or`.
 * Keywords and operators are case-insensitive. Recursion happens only on `(`, `not (` and `[`,
 * each counted against MAX_FILTER_DEPTH, so no input can exhaust the stack.
 */
class FilterParser {
    constructor(tokens, scimType = 'invalidFilter') {
        this.tokens = tokens;
        this.scimType = scimType;
        this.index = 0;
        this.depth = 0;
        this.inValuePath = false;
    }
    peek() {
        return this.tokens[this.index];
    }
    next() {
        const token = this.tokens[this.index];
        if (token.type !== 'end')
            this.index += 1;
        return token;
    }
    fail(detail) {
        throw (0, tokenizer_1.syntaxError)(this.scimType, detail);
    }
    /** `filter := and ("or" and)*` */
    parseOr() {
        let left = this.parseAnd();
        while (this.isWord(this.peek(), 'or')) {
            this.next();
            left = { kind: 'or', left, right: this.parseAnd() };
        }
        return left;
    }
    /** The filter inside `attr[…]`: attribute names are relative to `attr`; no nested `[`. */
    parseValueFilter(open) {
        this.enter(open);
        this.inValuePath = true;
        const filter = this.parseOr();
        this.close(open, ']');
        this.inValuePath = false;
        return filter;
    }
    /** Fails unless every token has been read. */
    expectEnd() {
        const token = this.peek();
        if (token.type === 'end')
            return;
        if (token.type === 'punct' && token.text === ')')
            this.fail(`Unexpected ")" at position ${token.start}: no "(" is open`);
        this.fail(`Expected "and", "or" or the end of the filter at position ${token.start}, ${(0, tokenizer_1.describeToken)(token)}`);
    }
    isWord(token, keyword) {
        return token.type === 'word' && token.text.toLowerCase() === keyword;
    }
    enter(open) {
        this.depth += 1;
        if (this.depth > ast_1.MAX_FILTER_DEPTH)
            this.fail(`The filter nests deeper than ${ast_1.MAX_FILTER_DEPTH} levels at position ${open.start}`);
    }
    close(open, closer) {
        const token = this.next();
        if (token.type !== 'punct' || token.text !== closer) {
            this.fail(`Expected "and", "or" or "${closer}" (closing the "${open.type === 'punct' ? open.text : '('}" at position ${open.start}) at position ${token.start}, ${(0, tokenizer_1.describeToken)(token)}`);
        }
        this.depth -= 1;
    }
    /** `and := term ("and" term)*` */
    parseAnd() {
        let left = this.parseTerm();
        while (this.isWord(this.peek(), 'and')) {
            this.next();
            left = { kind: 'and', left, right: this.parseTerm() };
        }
        return left;
    }
    /** `term := "(" filter ")" | "not" "(" filter ")" | attrExp | valuePath` */
    parseTerm() {
        const token = this.peek();
        if (token.type === 'punct' && token.text === '(') {
            this.next();
            this.enter(token);
            const filter = this.parseOr();
            this.close(token, ')');
            return filter;
        }
        if (this.isWord(token, 'not')) {
            this.next();
            const open = this.next();
            if (open.type !== 'punct' || open.text !== '(')
                this.fail(`Expected "(" after "not" at position ${open.start} (write not (…)), ${(0, tokenizer_1.describeToken)(open)}`);
            this.enter(open);
            const filter = this.parseOr();
            this.close(open, ')');
            return { kind: 'not', filter };
        }
        if (token.type === 'word' && !LOGICAL.has(token.text.toLowerCase()))
            return this.parseAttrExp();
        return this.fail(`Expected an attribute name, "not" or "(" at position ${token.start}, ${(0, tokenizer_1.describeToken)(token)}`);
    }
    /** `attrPath "pr" | attrPath compareOp compValue | attrPath "[" valFilter "]"` */
    parseAttrExp() {
        const token = this.next();
        const path = (0, attr_path_1.readAttrPath)(token.text);
        if (!path)
            return this.fail(`${(0, tokenizer_1.quote)(token.text)} at position ${token.start} is not a valid attribute name`);
        const open = this.peek();
        if (open.type === 'punct' && open.text === '[') {
            if (this.inValuePath)
                this.fail(`A "[" cannot appear inside another "[…]" (position ${open.start})`);
            if (path.subAttr !== undefined)
                this.fail(`"[" must follow a complex attribute, not the sub-attribute ${(0, tokenizer_1.quote)(token.text)} (position ${open.start})`);
            this.next();
            return this.parseValuePathRest(path, this.parseValueFilter(open));
        }
        if (this.inValuePath && (path.schema !== undefined || path.subAttr !== undefined)) {
            this.fail(`Inside "[…]" only sub-attribute names may be used, not ${(0, tokenizer_1.quote)(token.text)} (position ${token.start})`);
        }
        return this.parseOperation(path, (0, attr_path_1.formatAttrPath)(path));
    }
    /**
     * After `attr[…]`: optionally `.subAttr op value`. Not in RFC 7644's filter grammar, but Entra
     * matches users with `emails[type eq "work"].value eq "…"` (entra/13-filter-work-email-value.json); it means the
     * same element satisfies both, so it becomes `attr[(…) and subAttr op value]`.
     */
    parseValuePathRest(path, filter) {
        const dot = this.peek();
        if (dot.type !== 'word' || !dot.text.startsWith('.'))
            return { kind: 'valuePath', path, filter };
        this.next();
        const subAttr = dot.text.slice(1);
        if (!(0, attr_path_1.isAttrName)(subAttr))
            this.fail(`${(0, tokenizer_1.quote)(dot.text)} at position ${dot.start} is not a valid sub-attribute`);
        const condition = this.parseOperation({ attr: subAttr }, `${(0, attr_path_1.formatAttrPath)(path)}[…]${dot.text}`);
        return { kind: 'valuePath', path, filter: { kind: 'and', left: filter, right: condition } };
    }
    parseOperation(path, shown) {
        const token = this.next();
        const op = token.type === 'word' ? token.text.toLowerCase() : '';
        if (op === 'pr')
            return { kind: 'present', path };
        if (!OPS.has(op)) {
            this.fail(`Expected a comparison operator (eq, ne, co, sw, ew, gt, ge, lt, le) or "pr" after ${(0, tokenizer_1.quote)(shown)} at position ${token.start}, ${(0, tokenizer_1.describeToken)(token)}`);
        }
        return { kind: 'compare', path, op: op, value: this.parseValue(op) };
    }
    /** compValue: a JSON string, number, true, false or null (RFC 7644 §3.4.2.2). */
    parseValue(op) {
        const token = this.next();
        if (token.type === 'string')
            return token.value;
        if (token.type === 'word') {
            const word = token.text.toLowerCase();
            if (word === 'true' || word === 'false')
                return word === 'true';
            if (word === 'null')
                return null;
            if (JSON_NUMBER.test(token.text)) {
                const value = Number(token.text);
                if (Number.isFinite(value))
                    return value;
                this.fail(`The number ${(0, tokenizer_1.quote)(token.text)} at position ${token.start} is out of range`);
            }
        }
        return this.fail(`Expected a value (a "quoted string", a number, true, false or null) after "${op}" at position ${token.start}, ${(0, tokenizer_1.describeToken)(token)}`);
    }
}
exports.FilterParser = FilterParser;
/** Rejects what is not a filter string before tokenizing it (query parameters may repeat or be empty). */
function checkFilterText(text, scimType, subject) {
    if (typeof text !== 'string')
        throw (0, tokenizer_1.syntaxError)(scimType, `The ${subject} must be a single string`);
    if (text.length > ast_1.MAX_FILTER_LENGTH)
        throw (0, tokenizer_1.syntaxError)(scimType, `The ${subject} is longer than ${ast_1.MAX_FILTER_LENGTH} characters`);
    if (text.trim() === '')
        throw (0, tokenizer_1.syntaxError)(scimType, `The ${subject} is empty`);
    return text;
}
/**
 * Parses a SCIM filter (RFC 7644 §3.4.2.2). Every failure is a ScimError 400 `invalidFilter`
 * whose detail says what was expected and at which 0-based position.
 */
function parseFilter(text) {
    const parser = new FilterParser((0, tokenizer_1.tokenize)(checkFilterText(text, 'invalidFilter', 'filter')));
    const filter = parser.parseOr();
    parser.expectEnd();
    return filter;
}
//# sourceMappingURL=parser.js.map