import { anyOf, idConditions, stringConditions, type Condition, type StringCondition } from '../../../src/domain/query/conditions';

/** Conditions as SQL on the alias `t`, with their parameters. */
const compiled = (condition: Condition) => ({ sql: condition.sql('t'), params: condition.params });
const userName = (filter: StringCondition): Condition[] => stringConditions({ column: 'user_name', keyColumn: 'user_name_key', caseExact: false }, filter);
const title = (filter: StringCondition): Condition[] => stringConditions({ column: 'title', caseExact: false }, filter);
const id = (value: string): Condition[] => idConditions('id', { eq: value });
const ID_A = '00000000-0000-4000-8000-00000000000a';
const ID_B = '00000000-0000-4000-8000-00000000000b';

describe('anyOf', () => {
  it.each<[string, () => Condition[], { sql: string; params: unknown[] }]>([
    ['userName eq, three of them: one in list on the key column', () => [...userName({ eq: 'A' }), ...userName({ eq: 'b' }), ...userName({ eq: 'C' })], { sql: 't.user_name_key in (?, ?, ?)', params: ['a', 'b', 'c'] }],
    ['title eq, case-insensitive', () => [...title({ eq: 'X' }), ...title({ eq: 'y' })], { sql: 'lower(t.title) in (?, ?)', params: ['x', 'y'] }],
    ['title eq, case-exact and not: two columns', () => [...title({ eq: 'X', caseExact: true }), ...title({ eq: 'Y' }), ...title({ eq: 'Z', caseExact: true })], { sql: '(t.title in (?, ?) or lower(t.title) = ?)', params: ['X', 'Z', 'y'] }],
    ['id eq', () => [...id(ID_A), ...id(ID_B)], { sql: 't.id in (?, ?)', params: [ID_A, ID_B] }],
    ['equalities among other terms, in place of the first', () => [...title({ co: 'q' }), ...userName({ eq: 'a' }), ...title({ sw: 'r' }), ...userName({ eq: 'b' })], { sql: "(lower(t.title) like ? escape '\\' or t.user_name_key in (?, ?) or lower(t.title) like ? escape '\\')", params: ['%q%', 'a', 'b', 'r%'] }],
    ['one equality: as it is', () => [...userName({ eq: 'a' }), ...title({ eq: 'b' })], { sql: '(t.user_name_key = ? or lower(t.title) = ?)', params: ['a', 'b'] }],
    ['ne is not folded', () => [...userName({ ne: 'a' }), ...userName({ ne: 'b' })], { sql: '((t.user_name_key is null or t.user_name_key <> ?) or (t.user_name_key is null or t.user_name_key <> ?))', params: ['a', 'b'] }],
  ])('%s', (_case, conditions, expected) => {
    expect(compiled(anyOf(conditions()))).toEqual(expected);
  });
});
