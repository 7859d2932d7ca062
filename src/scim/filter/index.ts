/** SCIM filters (RFC 7644 §3.4.2.2) and PATCH paths (§3.5.2): parse, print, resolve against a catalogue. */
export {
  COMPARE_OPS,
  MAX_FILTER_DEPTH,
  MAX_FILTER_LENGTH,
  attrPathKey,
  type AttrPath,
  type CompValue,
  type CompareFilter,
  type CompareOp,
  type Filter,
  type FilterOf,
  type LogicalFilter,
  type NotFilter,
  type PatchPath,
  type PresentFilter,
  type ValuePathFilter,
} from './ast';
export { formatAttrPath } from './attr-path';
export { matchesFilter, type CaseExactLookup } from './evaluate';
export { resolveAttrPath, type ResolveOptions, type ResolvedAttrPath } from './catalogue';
export { formatFilter, formatPatchPath } from './format';
export { parseFilter } from './parser';
export { parsePatchPath } from './patch-path';
export { resolveFilter, type ResolvedFilter } from './resolve';
export { parseDateTime } from './values';
