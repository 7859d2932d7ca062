import { ScimError } from '../../../src/scim/errors';
import { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH, parseFilter, type Filter } from '../../../src/scim/filter';
import { CORE_USER, ENTERPRISE_USER, and, cmp, not, or, p, pr, thrown, vp } from './builders';

describe('parseFilter: RFC 7644 §3.4.2.2 examples', () => {
  const lastModified = (op: 'gt' | 'ge' | 'lt' | 'le'): [string, Filter] => [
    `meta.lastModified ${op} "2011-05-13T04:42:34Z"`,
    cmp('meta.lastModified', op, '2011-05-13T04:42:34Z'),
  ];
  it.each<[string, Filter]>([
    ['userName eq "bjensen"', cmp('userName', 'eq', 'bjensen')],
    [`name.familyName co "O'Malley"`, cmp('name.familyName', 'co', "O'Malley")],
    ['userName sw "J"', cmp('userName', 'sw', 'J')],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J"', cmp(p('userName', CORE_USER), 'sw', 'J')],
    ['title pr', pr('title')],
    lastModified('gt'),
    lastModified('ge'),
    lastModified('lt'),
    lastModified('le'),
    ['title pr and userType eq "Employee"', and(pr('title'), cmp('userType', 'eq', 'Employee'))],
    ['title pr or userType eq "Intern"', or(pr('title'), cmp('userType', 'eq', 'Intern'))],
    [
      'schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"',
      cmp('schemas', 'eq', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'),
    ],
    [
      'userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")',
      and(cmp('userType', 'eq', 'Employee'), or(cmp('emails', 'co', 'example.com'), cmp('emails.value', 'co', 'example.org'))),
    ],
    [
      'userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")',
      and(cmp('userType', 'ne', 'Employee'), not(or(cmp('emails', 'co', 'example.com'), cmp('emails.value', 'co', 'example.org')))),
    ],
    ['userType eq "Employee" and (emails.type eq "work")', and(cmp('userType', 'eq', 'Employee'), cmp('emails.type', 'eq', 'work'))],
    [
      'userType eq "Employee" and emails[type eq "work" and value co "@example.com"]',
      and(cmp('userType', 'eq', 'Employee'), vp('emails', and(cmp('type', 'eq', 'work'), cmp('value', 'co', '@example.com')))),
    ],
    [
      'emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]',
      or(
        vp('emails', and(cmp('type', 'eq', 'work'), cmp('value', 'co', '@example.com'))),
        vp('ims', and(cmp('type', 'eq', 'xmpp'), cmp('value', 'co', '@foo.com'))),
      ),
    ],
  ])('%s', (text, expected) => {
    expect(parseFilter(text)).toEqual(expected);
  });
});

describe('parseFilter: what Okta and Entra send', () => {
  it.each<[string, Filter]>([
    ['userName eq "test.user@okta.local"', cmp('userName', 'eq', 'test.user@okta.local')],
    ['displayName eq "Group Name"', cmp('displayName', 'eq', 'Group Name')],
    ['members[value eq "2819c223"]', vp('members', cmp('value', 'eq', '2819c223'))],
    ['externalId eq "00ujl29u0le5T6Aj10h7"', cmp('externalId', 'eq', '00ujl29u0le5T6Aj10h7')],
    [
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "26118915"',
      cmp(p('manager.value', ENTERPRISE_USER), 'eq', '26118915'),
    ],
    ['UserName EQ "x"', cmp('UserName', 'eq', 'x')],
    ['emails[type eq "work" and value co "@example.com"]', vp('emails', and(cmp('type', 'eq', 'work'), cmp('value', 'co', '@example.com')))],
    ['title pr and userType eq "Employee"', and(pr('title'), cmp('userType', 'eq', 'Employee'))],
    [
      'userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")',
      and(cmp('userType', 'ne', 'Employee'), not(or(cmp('emails', 'co', 'example.com'), cmp('emails.value', 'co', 'example.org')))),
    ],
    ['id eq "5fc0c238-0000-4000-8000-000000000001" and manager eq "26118915"', and(cmp('id', 'eq', '5fc0c238-0000-4000-8000-000000000001'), cmp('manager', 'eq', '26118915'))],
    // Entra's matching filter on a work e-mail: the same element must match both (scim-clients.md §3.1).
    ['emails[type eq "work"].value eq "a@b.com"', vp('emails', and(cmp('type', 'eq', 'work'), cmp('value', 'eq', 'a@b.com')))],
    ['DisplayName eq "BobIsAmazing"', cmp('DisplayName', 'eq', 'BobIsAmazing')],
    [
      'urn:custom:params:scim:schemas:extension:writer:2.0:User:role eq "admin"',
      cmp(p('role', 'urn:custom:params:scim:schemas:extension:writer:2.0:user'), 'eq', 'admin'),
    ],
    ['urn:custom:params:scim:schemas:extension:writer:2.0:role eq "admin"', cmp(p('role', 'urn:custom:params:scim:schemas:extension:writer:2.0'), 'eq', 'admin')],
  ])('%s', (text, expected) => {
    expect(parseFilter(text)).toEqual(expected);
  });
});

describe('parseFilter: precedence () > not > and > or', () => {
  it.each<[string, Filter]>([
    ['a pr or b pr and c pr', or(pr('a'), and(pr('b'), pr('c')))],
    ['a pr and b pr or c pr', or(and(pr('a'), pr('b')), pr('c'))],
    ['(a pr or b pr) and c pr', and(or(pr('a'), pr('b')), pr('c'))],
    ['a pr and b pr and c pr', and(and(pr('a'), pr('b')), pr('c'))],
    ['a pr or b pr or c pr', or(or(pr('a'), pr('b')), pr('c'))],
    ['a pr and (b pr and c pr)', and(pr('a'), and(pr('b'), pr('c')))],
    ['not (a pr) and b pr', and(not(pr('a')), pr('b'))],
    ['not (a pr or b pr) or c pr', or(not(or(pr('a'), pr('b'))), pr('c'))],
    ['not (not (a pr))', not(not(pr('a')))],
    ['((a pr))', pr('a')],
    ['emails[type eq "work" or primary eq true] and a pr', and(vp('emails', or(cmp('type', 'eq', 'work'), cmp('primary', 'eq', true))), pr('a'))],
    ['emails[not (type eq "work")]', vp('emails', not(cmp('type', 'eq', 'work')))],
  ])('%s', (text, expected) => {
    expect(parseFilter(text)).toEqual(expected);
  });
});

describe('parseFilter: spelling', () => {
  it.each<[string, Filter]>([
    ['userName  eq   "x"', cmp('userName', 'eq', 'x')],
    ['\tuserName\teq\t"x"\t', cmp('userName', 'eq', 'x')],
    ['title PR AND userType Eq "E"', and(pr('title'), cmp('userType', 'eq', 'E'))],
    ['a pr Or b pr', or(pr('a'), pr('b'))],
    ['NOT (a pr)', not(pr('a'))],
    ['not(a pr)', not(pr('a'))],
    ['(a pr)and(b pr)', and(pr('a'), pr('b'))],
    ['URN:IETF:params:scim:schemas:core:2.0:User:userName eq "x"', cmp(p('userName', CORE_USER), 'eq', 'x')],
    ['members.$ref pr', pr('members.$ref')],
    ['x-y_z9 pr', pr('x-y_z9')],
    ['a eq "tab\\tquote\\" slash\\\\ \\/ \\u00e9\\uD83D\\uDE00"', cmp('a', 'eq', 'tab\tquote" slash\\ / é😀')],
    ['a eq ""', cmp('a', 'eq', '')],
    ['a eq "é ( ) [ ] and or"', cmp('a', 'eq', 'é ( ) [ ] and or')],
  ])('%j', (text, expected) => {
    expect(parseFilter(text)).toEqual(expected);
  });

  it.each<[string, string | number | boolean | null]>([
    ['0', 0],
    ['42', 42],
    ['-7', -7],
    ['3.25', 3.25],
    ['1e3', 1000],
    ['2.5E-2', 0.025],
    ['true', true],
    ['FALSE', false],
    ['null', null],
    ['True', true],
  ])('reads the value %s', (literal, value) => {
    expect(parseFilter(`a eq ${literal}`)).toEqual(cmp('a', 'eq', value));
  });

  it.each(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'] as const)('reads the operator %s in any case', (op) => {
    expect(parseFilter(`a ${op.toUpperCase()} 1`)).toEqual(cmp('a', op, 1));
  });
});

describe('parseFilter: errors', () => {
  it.each<[string, string]>([
    ['userName', 'Expected a comparison operator (eq, ne, co, sw, ew, gt, ge, lt, le) or "pr" after "userName" at position 8, but the filter ends there'],
    ['userName foo "x"', 'or "pr" after "userName" at position 9, found "foo"'],
    ['userName eq', 'Expected a value (a "quoted string", a number, true, false or null) after "eq" at position 11'],
    ['name.FamilyName eq Employee', 'after "eq" at position 19, found "Employee"'],
    ['meta.created gt 2015-10-10T14:38:21-07:00', 'found "2015-10-10T14:38:21-07:00"'],
    ['a eq 01', 'found "01"'],
    ['a eq 1e999', 'The number "1e999" at position 5 is out of range'],
    ['a eq "open', 'The string starting at position 5 has no closing quote'],
    ['a eq "bad \\x escape"', 'Invalid escape "\\\\x" in the string at position 10'],
    ['a eq "\\u12"', 'Invalid escape "\\\\u12\\"" in the string at position 6'],
    ['not a pr', 'Expected "(" after "not" at position 4 (write not (…)), found "a"'],
    ['a pr and', 'Expected an attribute name, "not" or "(" at position 8, but the filter ends there'],
    ['and a pr', 'Expected an attribute name, "not" or "(" at position 0, found "and"'],
    ['a pr b pr', 'Expected "and", "or" or the end of the filter at position 5, found "b"'],
    ['a pr)', 'Unexpected ")" at position 4: no "(" is open'],
    ['(a pr', 'Expected "and", "or" or ")" (closing the "(" at position 0) at position 5, but the filter ends there'],
    ['emails[type eq "work"', 'Expected "and", "or" or "]" (closing the "[" at position 6) at position 21'],
    ['emails[type eq "work"] eq "x"', 'Expected "and", "or" or the end of the filter at position 23, found "eq"'],
    ['a[b[c pr]]', 'A "[" cannot appear inside another "[…]" (position 3)'],
    ['name.givenName[a pr]', '"[" must follow a complex attribute, not the sub-attribute "name.givenName"'],
    ['emails[value.x eq "a"]', 'Inside "[…]" only sub-attribute names may be used, not "value.x"'],
    ['emails[urn:a:b:value eq "a"]', 'Inside "[…]" only sub-attribute names may be used'],
    ['1abc eq "x"', '"1abc" at position 0 is not a valid attribute name'],
    ['a.b.c eq "x"', '"a.b.c" at position 0 is not a valid attribute name'],
    ['urn:userName eq "x"', '"urn:userName" at position 0 is not a valid attribute name'],
    ['"x" eq a', 'Expected an attribute name, "not" or "(" at position 0, found the string "x"'],
    ['emails[type eq "work"].va!ue eq "x"', '".va!ue" at position 22 is not a valid sub-attribute'],
    ['emails[type eq "work"].value', 'after "emails[…].value" at position 28'],
    ['()', 'Expected an attribute name, "not" or "(" at position 1, found ")"'],
    ['', 'The filter is empty'],
    ['   ', 'The filter is empty'],
  ])('%j', (text, fragment) => {
    const error = thrown(() => parseFilter(text));
    expect(error).toBeInstanceOf(ScimError);
    expect([error.status, error.scimType]).toEqual([400, 'invalidFilter']);
    expect(error.detail).toContain(fragment);
  });

  it('rejects a filter longer than the limit', () => {
    const text = `a eq "${'x'.repeat(MAX_FILTER_LENGTH)}"`;
    expect(thrown(() => parseFilter(text)).detail).toBe(`The filter is longer than ${MAX_FILTER_LENGTH} characters`);
  });

  it('accepts a filter of exactly the limit', () => {
    const text = `a eq "${'x'.repeat(MAX_FILTER_LENGTH - 7)}"`;
    expect(parseFilter(text)).toEqual(cmp('a', 'eq', 'x'.repeat(MAX_FILTER_LENGTH - 7)));
  });

  it('accepts nesting up to the limit', () => {
    const text = `${'('.repeat(MAX_FILTER_DEPTH)}a pr${')'.repeat(MAX_FILTER_DEPTH)}`;
    expect(parseFilter(text)).toEqual(pr('a'));
  });

  it.each([
    ['parentheses', (n: number) => `${'('.repeat(n)}a pr${')'.repeat(n)}`],
    ['not', (n: number) => `${'not ('.repeat(n)}a pr${')'.repeat(n)}`],
    ['unclosed parentheses', (n: number) => '('.repeat(n)],
  ])('rejects %s nested deeper than the limit', (_name, build) => {
    const error = thrown(() => parseFilter(build(MAX_FILTER_DEPTH + 1)));
    expect([error.scimType, error.detail]).toEqual(['invalidFilter', expect.stringContaining(`nests deeper than ${MAX_FILTER_DEPTH} levels`)]);
  });

  it('answers a deeply nested filter of the maximum length with a ScimError, not a RangeError', () => {
    expect(thrown(() => parseFilter('('.repeat(MAX_FILTER_LENGTH))).name).toBe('ScimError');
  });

  it('parses a long flat chain without deep recursion', () => {
    const text = Array.from({ length: 450 }, () => 'a pr').join(' and ');
    expect(parseFilter(text).kind).toBe('and');
  });

  it.each([[undefined], [['a pr', 'b pr']], [42]])('rejects the non-string %p', (value) => {
    expect(thrown(() => parseFilter(value as unknown as string)).detail).toBe('The filter must be a single string');
  });
});
