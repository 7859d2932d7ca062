import fc from 'fast-check';
import { ScimError } from '../../../src/scim/errors';
import {
  COMPARE_OPS,
  MAX_FILTER_LENGTH,
  formatFilter,
  formatPatchPath,
  parseFilter,
  parsePatchPath,
  resolveFilter,
  type AttrPath,
  type CompValue,
  type Filter,
  type PatchPath,
} from '../../../src/scim/filter';
import { GROUP_CATALOGUE, USER_CATALOGUE } from './catalogues';

const RUNS = { numRuns: 2000 };

/** Calls `action`; returns 'ok', or the scimType of the 400 ScimError it threw; rethrows anything else. */
function outcome(action: () => unknown): string {
  try {
    action();
    return 'ok';
  } catch (error) {
    if (error instanceof ScimError && error.status === 400 && error.scimType) return error.scimType;
    throw error;
  }
}

const KEYWORDS = new Set(['and', 'or', 'not']);
const attrName = fc.oneof(
  { weight: 9, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,7}$/).filter((name) => !KEYWORDS.has(name.toLowerCase())) },
  { weight: 1, arbitrary: fc.constantFrom('$ref', 'userName', 'emails', 'value', 'type', 'eq', 'pr', 'true', 'null') },
);
const schemaUrn = fc.stringMatching(/^urn:[a-z0-9][a-z0-9-]{0,5}(:[a-z0-9._-]{1,6}){1,4}$/);
const attrPath: fc.Arbitrary<AttrPath> = fc.record({ schema: schemaUrn, attr: attrName, subAttr: attrName }, { requiredKeys: ['attr'] });
const simplePath: fc.Arbitrary<AttrPath> = fc.record({ attr: attrName });
const complexPath: fc.Arbitrary<AttrPath> = fc.record({ schema: schemaUrn, attr: attrName }, { requiredKeys: ['attr'] });
/** Strings a filter can hold: Unicode without NUL (a literal decoding to anything else is refused). */
const storable = (text: string): boolean => !text.includes('\u0000') && text.isWellFormed();
const compValue: fc.Arbitrary<CompValue> = fc.oneof(
  fc.string({ maxLength: 12 }).filter(storable),
  fc.string({ unit: 'binary', maxLength: 6 }).filter(storable),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const compareOp = fc.constantFrom(...COMPARE_OPS);

/** Filters over `path`; `[…]` only where `valuePaths` is set (no nesting, as in the grammar). */
function filters(path: fc.Arbitrary<AttrPath>, valuePaths: boolean): fc.Arbitrary<Filter> {
  const { filter } = fc.letrec<{ filter: Filter }>((tie) => {
    const sub = tie('filter');
    const leaves: fc.Arbitrary<Filter>[] = [
      fc.record({ kind: fc.constant('compare' as const), path, op: compareOp, value: compValue }),
      fc.record({ kind: fc.constant('present' as const), path }),
    ];
    if (valuePaths) leaves.push(fc.record({ kind: fc.constant('valuePath' as const), path: complexPath, filter: filters(simplePath, false) }));
    return {
      filter: fc.oneof(
        { maxDepth: 4, depthIdentifier: valuePaths ? 'outer' : 'inner' },
        ...leaves,
        fc.record({ kind: fc.constantFrom('and' as const, 'or' as const), left: sub, right: sub }),
        fc.record({ kind: fc.constant('not' as const), filter: sub }),
      ),
    };
  });
  return filter;
}

const filterAst = filters(attrPath, true).filter((filter) => formatFilter(filter).length <= MAX_FILTER_LENGTH);
const patchPathAst: fc.Arbitrary<PatchPath> = fc.oneof(
  fc.record({ attrPath }),
  fc.record(
    { attrPath: complexPath, valueFilter: filters(simplePath, false), subAttr: attrName },
    { requiredKeys: ['attrPath', 'valueFilter'] },
  ),
);

/** Text that looks like filters: valid ones cut and spliced, and runs of filter tokens. */
const TOKENS = ['(', ')', '[', ']', '"', '\\', ' ', '\t', 'not', 'and', 'or', 'pr', 'eq', 'gt', 'a', 'emails', '.value', 'urn:x:y:', '1', '-', 'e9', 'true', 'null', '"x"', '\\u00', '.'];
const filterLike = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.tuple(filterAst, fc.nat(), fc.nat(), fc.string({ maxLength: 3 })).map(([filter, from, length, insert]) => {
    const text = formatFilter(filter);
    const start = from % (text.length + 1);
    return text.slice(0, start) + insert + text.slice(start + (length % 4));
  }),
);

describe('filter properties', () => {
  it('parses any text to a filter or a 400 invalidFilter, never anything else', () => {
    fc.assert(
      fc.property(filterLike, (text) => {
        expect(['ok', 'invalidFilter']).toContain(outcome(() => parseFilter(text)));
      }),
      RUNS,
    );
  });

  it('parses a printed filter back to the same AST', () => {
    fc.assert(
      fc.property(filterAst, (filter) => {
        expect(parseFilter(formatFilter(filter))).toEqual(filter);
      }),
      RUNS,
    );
  });

  it('resolves any parsed filter to a resolved filter or a 400 invalidFilter', () => {
    const catalogued = fc.oneof(filterLike, filterAst.map(formatFilter), fc.constantFrom('userName eq "x"', 'emails[type eq "work"]', 'members pr'));
    fc.assert(
      fc.property(catalogued, fc.constantFrom(USER_CATALOGUE, GROUP_CATALOGUE), (text, catalogue) => {
        expect(['ok', 'invalidFilter']).toContain(outcome(() => resolveFilter(parseFilter(text), catalogue)));
      }),
      RUNS,
    );
  });
});

describe('PATCH path properties', () => {
  it('parses any text to a path or a 400 invalidPath/invalidFilter, never anything else', () => {
    fc.assert(
      fc.property(fc.oneof(filterLike, patchPathAst.map(formatPatchPath)), (text) => {
        expect(['ok', 'invalidPath', 'invalidFilter']).toContain(outcome(() => parsePatchPath(text)));
      }),
      RUNS,
    );
  });

  it('parses a printed path back to the same path', () => {
    fc.assert(
      fc.property(patchPathAst, (path) => {
        expect(parsePatchPath(formatPatchPath(path))).toEqual(path);
      }),
      RUNS,
    );
  });
});
