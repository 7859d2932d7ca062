import { formatFilter, parseFilter } from '../../../src/scim/filter';
import { and, cmp, not, or, pr, vp } from './builders';

describe('formatFilter', () => {
  it.each([
    ['title PR AND userType Eq "Employee"', 'title pr and userType eq "Employee"'],
    ['((a pr))', 'a pr'],
    ['a pr and (b pr and c pr)', 'a pr and (b pr and c pr)'],
    ['(a pr and b pr) and c pr', 'a pr and b pr and c pr'],
    ['(a pr or b pr) and c pr', '(a pr or b pr) and c pr'],
    ['a pr or (b pr and c pr)', 'a pr or b pr and c pr'],
    ['NOT(a pr)', 'not (a pr)'],
    ['a eq  1.50', 'a eq 1.5'],
    ['a eq "\\u0041\\n"', 'a eq "A\\n"'],
    ['emails[type eq "work"].value eq "x"', 'emails[type eq "work" and value eq "x"]'],
    ['URN:IETF:params:scim:schemas:core:2.0:User:userName eq "x"', 'urn:ietf:params:scim:schemas:core:2.0:user:userName eq "x"'],
  ])('prints %j as %j', (text, expected) => {
    expect(formatFilter(parseFilter(text))).toBe(expected);
  });

  it.each([
    ['a pr or (b pr or c pr)', or(pr('a'), or(pr('b'), pr('c')))],
    ['(a pr or b pr) and (c pr or d pr)', and(or(pr('a'), pr('b')), or(pr('c'), pr('d')))],
    ['not (a eq null and b ne false)', not(and(cmp('a', 'eq', null), cmp('b', 'ne', false)))],
    ['emails[type eq "work" or primary pr]', vp('emails', or(cmp('type', 'eq', 'work'), pr('primary')))],
    ['n gt -0', cmp('n', 'gt', -0)],
    ['n lt 1e+21', cmp('n', 'lt', 1e21)],
  ])('prints %j from its AST', (expected, filter) => {
    expect(formatFilter(filter)).toBe(expected);
  });
});
