import type { PatchPath } from './ast';
import { isAttrName, readAttrPath } from './attr-path';
import { FilterParser, checkFilterText } from './parser';
import { describeToken, quote, syntaxError, tokenize, type Token } from './tokenizer';

const pathError = (detail: string): never => {
  throw syntaxError('invalidPath', detail);
};

/**
 * Parses a PATCH operation's `path` (RFC 7644 §3.5.2): `attrPath`, `attr[valFilter]` or
 * `attr[valFilter].subAttr`. Examples: `members[value eq "…"]`, `emails[type eq "work"].value`,
 * `name.givenName`, `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager`.
 * A malformed path is ScimError 400 `invalidPath`; a malformed filter inside `[…]` is `invalidFilter`.
 * A path that is only an extension URN reads as attr = its last segment; the caller, which knows the
 * schemas, decides what that means.
 */
export function parsePatchPath(text: string): PatchPath {
  const tokens = tokenize(checkFilterText(text, 'invalidPath', 'path'));
  const first = tokens[0];
  if (first.type !== 'word') return pathError(`Expected an attribute path at position ${first.start}, ${describeToken(first, 'path')}`);
  const attrPath = readAttrPath(first.text);
  if (!attrPath) return pathError(`${quote(first.text)} at position ${first.start} is not a valid attribute path`);
  const open = tokens[1];
  if (open.type === 'end') return { attrPath };
  if (open.type !== 'punct' || open.text !== '[') {
    return pathError(`Expected "[" or the end of the path after ${quote(first.text)} at position ${open.start}, ${describeToken(open, 'path')}`);
  }
  if (attrPath.subAttr !== undefined) {
    return pathError(`"[" must follow a complex attribute, not the sub-attribute ${quote(first.text)} (position ${open.start})`);
  }
  const parser = new FilterParser(tokens.slice(2));
  const valueFilter = parser.parseValueFilter(open);
  return { attrPath, valueFilter, ...readSubAttr(parser) };
}

/** After `]`: nothing, or `.subAttr`. */
function readSubAttr(parser: FilterParser): { subAttr?: string } {
  const dot = parser.next();
  if (dot.type === 'end') return {};
  const subAttr = dot.type === 'word' && dot.text.startsWith('.') ? dot.text.slice(1) : null;
  if (subAttr === null || !isAttrName(subAttr)) {
    return pathError(`Expected "." and a sub-attribute or the end of the path at position ${dot.start}, ${describeToken(dot, 'path')}`);
  }
  const end: Token = parser.next();
  if (end.type !== 'end') return pathError(`Expected the end of the path at position ${end.start}, ${describeToken(end, 'path')}`);
  return { subAttr };
}
