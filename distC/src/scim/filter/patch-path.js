"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parsePatchPath = parsePatchPath;
const attr_path_1 = require("./attr-path");
const parser_1 = require("./parser");
const tokenizer_1 = require("./tokenizer");
const pathError = (detail) => {
    throw (0, tokenizer_1.syntaxError)('invalidPath', detail);
};
/**
 * Parses a PATCH operation's `path` (RFC 7644 §3.5.2): `attrPath`, `attr[valFilter]` or
 * `attr[valFilter].subAttr`. Examples: `members[value eq "…"]`, `emails[type eq "work"].value`,
 * `name.givenName`, `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager`.
 * A malformed path is ScimError 400 `invalidPath`; a malformed filter inside `[…]` is `invalidFilter`.
 * A path that is only an extension URN reads as attr = its last segment; the caller, which knows the
 * schemas, decides what that means.
 */
function parsePatchPath(text) {
    const tokens = (0, tokenizer_1.tokenize)((0, parser_1.checkFilterText)(text, 'invalidPath', 'path'));
    const first = tokens[0];
    if (first.type !== 'word')
        return pathError(`Expected an attribute path at position ${first.start}, ${(0, tokenizer_1.describeToken)(first, 'path')}`);
    const attrPath = (0, attr_path_1.readAttrPath)(first.text);
    if (!attrPath)
        return pathError(`${(0, tokenizer_1.quote)(first.text)} at position ${first.start} is not a valid attribute path`);
    const open = tokens[1];
    if (open.type === 'end')
        return { attrPath };
    if (open.type !== 'punct' || open.text !== '[') {
        return pathError(`Expected "[" or the end of the path after ${(0, tokenizer_1.quote)(first.text)} at position ${open.start}, ${(0, tokenizer_1.describeToken)(open, 'path')}`);
    }
    if (attrPath.subAttr !== undefined) {
        return pathError(`"[" must follow a complex attribute, not the sub-attribute ${(0, tokenizer_1.quote)(first.text)} (position ${open.start})`);
    }
    const parser = new parser_1.FilterParser(tokens.slice(2));
    const valueFilter = parser.parseValueFilter(open);
    return { attrPath, valueFilter, ...readSubAttr(parser) };
}
/** After `]`: nothing, or `.subAttr`. */
function readSubAttr(parser) {
    const dot = parser.next();
    if (dot.type === 'end')
        return {};
    const subAttr = dot.type === 'word' && dot.text.startsWith('.') ? dot.text.slice(1) : null;
    if (subAttr === null || !(0, attr_path_1.isAttrName)(subAttr)) {
        return pathError(`Expected "." and a sub-attribute or the end of the path at position ${dot.start}, ${(0, tokenizer_1.describeToken)(dot, 'path')}`);
    }
    const end = parser.next();
    if (end.type !== 'end')
        return pathError(`Expected the end of the path at position ${end.start}, ${(0, tokenizer_1.describeToken)(end, 'path')}`);
    return { subAttr };
}
//# sourceMappingURL=patch-path.js.map