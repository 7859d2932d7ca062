import { bracketDepth } from '../../../src/http/graphql-input';

/** The bracket guard reads past strings, comments and block strings the way GraphQL's lexer does. */
describe('bracketDepth', () => {
  const deep = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;
  it.each([
    ['plain nesting', `{ a(x: ${deep(5)}) }`, 7],
    ['brackets inside a string', '{ a(s: "[[[[[[") }', 2],
    ['brackets inside a block string', '{ a(s: """ [[[[[[ """) }', 2],
    ['a comment', '# [[[[[[\n{ a }', 1],
    ['an escaped triple quote inside a block string, then nesting', `{ a(s: """\\""" """, x: ${deep(5)}) }`, 7],
    ['a string with an escaped quote, then nesting', `{ a(s: "\\"", x: ${deep(3)}) }`, 5],
  ])('%s', (_name, text, depth) => {
    expect(bracketDepth(text, 1000)).toBe(depth);
  });
});
