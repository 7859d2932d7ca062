import { mergeList } from '../../../src/domain/user/user-lists';

const e = (value: string, extra: { type?: string; primary?: boolean | null } = {}): { value: string; type?: string; primary?: boolean | null } => ({ value, ...extra });
const values = (list: { value?: unknown }[]) => list.map((entry) => entry.value);

describe('mergeList', () => {
  it.each([
    ['the list unchanged since read: exactly the edit', ['a', 'b'], ['a', 'b'], ['b', 'a', 'c'], ['b', 'a', 'c']],
    ['an addition on top of another', ['a', 'x'], ['a'], ['a', 'c'], ['a', 'x', 'c']],
    ['a removal keeps what others added', ['a', 'b', 'x'], ['a', 'b'], ['b'], ['b', 'x']],
    ['a change in place stays in place', ['a', 'b', 'x'], ['a', 'b'], ['a', 'B'], ['a', 'B', 'x']],
    ['an addition others already made is not doubled', ['a', 'c'], ['a'], ['a', 'c'], ['a', 'c']],
    ['a change of an entry others removed is appended', ['x'], ['a'], ['A'], ['x', 'A']],
    ['a whole replacement replaces what was read', ['a', 'b', 'x'], ['a', 'b'], ['c'], ['c', 'x']],
  ])('%s', (_name, current, read, next, expected) => {
    expect(values(mergeList(current.map((v) => e(v)), read.map((v) => e(v)), next.map((v) => e(v))))).toEqual(expected);
  });

  it('compares entries by their set sub-attributes, null and absent alike', () => {
    const merged = mergeList([e('a', { type: 'work', primary: null }), e('x')], [e('a', { type: 'work' })], [e('b')]);
    expect(values(merged)).toEqual(['b', 'x']);
  });

  it('keeps one primary: the one the edit set', () => {
    const merged = mergeList([e('a', { primary: true }), e('x', { primary: true })], [e('a', { primary: true })], [e('a', { primary: false }), e('b', { primary: true })]);
    expect(merged.filter((entry) => entry.primary === true).map((entry) => entry.value)).toEqual(['b']);
  });
});
