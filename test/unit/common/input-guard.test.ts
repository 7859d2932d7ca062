import fc from 'fast-check';
import { describeInputFault, findInputFault, MAX_INPUT_DEPTH, stringProblem } from '../../../src/common/input-guard';

/** `levels` objects and arrays nested around `leaf`. */
function nested(levels: number, leaf: unknown = 'x'): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i += 1) value = i % 2 ? { a: value } : [value];
  return value;
}

describe('stringProblem', () => {
  it.each([
    ['plain text', 'Grace Hopper', null],
    ['an emoji (a surrogate pair)', 'ok 😀', null],
    ['a NUL', 'a\u0000b', 'nul'],
    ['a lone high surrogate', 'a\ud800', 'surrogate'],
    ['a lone low surrogate', '\udc00a', 'surrogate'],
    ['a reversed pair', '\ude00\ud83d', 'surrogate'],
    ['U+FFFD', '\ufffd', null],
  ])('%s', (_case, text, expected) => {
    expect(stringProblem(text)).toBe(expected);
  });
});

describe('findInputFault', () => {
  it.each([
    ['a clean body', { userName: 'a', emails: [{ value: 'b', primary: true }], n: 1, z: null }, null],
    ['a NUL in a nested value', { name: { givenName: 'a\u0000' } }, { problem: 'nul', path: 'name.givenName' }],
    ['a surrogate in a list element', { emails: [{ value: 'ok' }, { value: '\ud800' }] }, { problem: 'surrogate', path: 'emails[1].value' }],
    ['a bad key, not echoed', { ['k\u0000']: 1 }, { problem: 'nul', path: '(a key)' }],
    ['a bad string at the top', '\u0000', { problem: 'nul', path: '' }],
    [`${MAX_INPUT_DEPTH} levels`, nested(MAX_INPUT_DEPTH), null],
    [`${MAX_INPUT_DEPTH + 1} levels`, nested(MAX_INPUT_DEPTH + 1), { problem: 'depth', path: '[0].a[0].a[0].a[0].a…' }],
    ['100,000 levels, without overflowing the stack', nested(100_000), { problem: 'depth', path: expect.any(String) }],
  ])('%s', (_case, value, expected) => {
    expect(findInputFault(value)).toEqual(expected);
  });

  it('names the field in its message', () => {
    expect(describeInputFault({ problem: 'nul', path: 'userName' }, 'The request body')).toBe('userName contains a NUL character (U+0000), which is not allowed');
    expect(describeInputFault({ problem: 'depth', path: '' }, 'variables')).toBe(`variables nests deeper than ${MAX_INPUT_DEPTH} levels`);
  });

  const text = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('\u0000', '\ud800', 'a\udc00', '😀'));
  const json = fc.anything({ key: text, values: [text, fc.integer(), fc.boolean(), fc.constant(null)], maxDepth: 5 });

  it('finds a fault exactly when the value holds a bad string (property)', () => {
    fc.assert(
      fc.property(json, (value) => {
        const strings: string[] = [];
        const collect = (v: unknown): void => {
          if (typeof v === 'string') strings.push(v);
          else if (Array.isArray(v)) v.forEach(collect);
          else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (strings.push(k), collect(x));
        };
        collect(value);
        const bad = strings.some((s) => s.includes('\u0000') || !s.isWellFormed());
        expect(findInputFault(value) !== null).toBe(bad);
      }),
      { numRuns: 500 },
    );
  });
});
