import { matchesFilter, parseFilter, type AttrPath } from '../../../src/scim/filter';
import { ENTERPRISE_USER } from './builders';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** One email as a PATCH value filter sees it. */
const work = { value: 'Bjensen@Example.com', type: 'work', primary: true, display: null };

/** A whole resource, for paths with sub-attributes, URN prefixes and value paths. */
const user = {
  userName: 'bjensen',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  title: '',
  nickNames: [],
  loginCount: 42,
  meta: { lastModified: '2011-05-13T04:42:34Z' },
  emails: [
    { value: 'bjensen@example.com', type: 'work', primary: true },
    { value: 'babs@jensen.org', type: 'home' },
  ],
  groups: ['admins', 'Writers'],
  [ENTERPRISE]: { employeeNumber: '701984', manager: { value: '26118915' } },
};

const matches = (filter: string, element: unknown): boolean => matchesFilter(parseFilter(filter), element);

describe('matchesFilter: one element of a multi-valued attribute', () => {
  it.each<[string, boolean]>([
    ['type eq "work"', true],
    ['type eq "WORK"', true],
    ['TYPE eq "work"', true],
    ['type ne "work"', false],
    ['type ne "home"', true],
    ['value co "example"', true],
    ['value co "nowhere"', false],
    ['value sw "bjensen"', true],
    ['value sw "example"', false],
    ['value ew ".COM"', true],
    ['value ew ".org"', false],
    ['type pr', true],
    ['display pr', false],
    ['missing pr', false],
    ['primary eq true', true],
    ['primary eq false', false],
    ['primary ne false', true],
    ['display eq null', true],
    ['missing eq null', true],
    ['type eq null', false],
    ['type ne null', true],
    ['display ne null', false],
    ['type gt null', false],
    ['type eq "work" and value co "example.com"', true],
    ['type eq "work" and value co "example.org"', false],
    ['type eq "home" or primary eq true', true],
    ['type eq "home" or primary eq false', false],
    ['not (type eq "home")', true],
    ['not (type eq "work") or (value sw "x")', false],
    ['type eq "home" or type eq "work" and primary eq true', true],
    ['(type eq "home" or type eq "work") and primary eq false', false],
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter, work)).toBe(expected);
  });
});

describe('matchesFilter: comparisons', () => {
  it.each<[string, unknown, boolean]>([
    ['a gt 1', 2, true],
    ['a gt 2', 2, false],
    ['a ge 2', 2, true],
    ['a lt 3', 2, true],
    ['a le 1', 2, false],
    ['a eq 2', 2, true],
    ['a eq 2.5', 2.5, true],
    ['a co 2', 2, false],
    ['a sw 2', 2, false],
    ['a gt "b"', 'C', true],
    ['a lt "B"', 'a', true],
    ['a ge "2011-05-13T04:42:34Z"', '2011-05-13T04:42:34Z', true],
    ['a gt "2011-05-13T04:42:34Z"', '2011-05-12T00:00:00Z', false],
    ['a eq true', true, true],
    ['a gt false', true, true],
    ['a eq "2"', 2, false],
    ['a ne "2"', 2, true],
    ['a eq 2', '2', false],
    ['a eq true', 'true', false],
    ['a eq "x"', { value: 'x' }, false],
    ['a ne "x"', { value: 'x' }, true],
    ['a eq ""', '', true],
    ['a co ""', 'anything', true],
  ])('%s over %j → %s', (filter, value, expected) => {
    expect(matches(filter, { a: value })).toBe(expected);
  });

  it.each<[string, unknown, boolean]>([
    ['a eq "x"', ['y', 'X'], true],
    ['a eq "x"', ['y', 'z'], false],
    ['a ne "x"', ['y', 'X'], false],
    ['a ne "x"', ['y', 'z'], true],
    ['a eq "x"', [], false],
    ['a ne "x"', [], true],
    ['a gt 5', [1, 9], true],
    ['a pr', [], false],
    ['a pr', [null], true],
    ['a pr', '', false],
    ['a pr', 0, true],
    ['a pr', false, true],
    ['a pr', {}, true],
  ])('%s over the multi-valued or edge value %j → %s', (filter, value, expected) => {
    expect(matches(filter, { a: value })).toBe(expected);
  });

  it.each([['value eq "bjensen@example.com"', false], ['value eq "Bjensen@Example.com"', true], ['type eq "WORK"', true]])(
    'compares case-exactly only the caseExact attributes: %s → %s',
    (filter, expected) => {
      const valueIsCaseExact = (path: AttrPath): boolean => path.attr === 'value';
      expect(matchesFilter(parseFilter(filter), work, valueIsCaseExact)).toBe(expected);
    },
  );

  it('hands the caseExact lookup the path as written', () => {
    const seen: AttrPath[] = [];
    matchesFilter(parseFilter('Name.GivenName eq "x" or emails[Type eq "y"]'), user, (path) => seen.push(path) > 0);
    expect(seen).toEqual([{ attr: 'Name', subAttr: 'GivenName' }, { attr: 'emails', subAttr: 'Type' }, { attr: 'emails', subAttr: 'Type' }]);
  });
});

describe('matchesFilter: a whole resource', () => {
  it.each<[string, boolean]>([
    ['userName eq "BJENSEN"', true],
    ['USERNAME eq "bjensen"', true],
    ['name.givenName eq "barbara"', true],
    ['NAME.FAMILYNAME sw "jen"', true],
    ['name.middleName pr', false],
    ['title pr', false],
    ['nickNames pr', false],
    ['loginCount ge 42 and loginCount lt 43', true],
    ['meta.lastModified gt "2011-01-01T00:00:00Z"', true],
    ['emails.value co "jensen.org"', true],
    ['emails.type eq "other"', false],
    ['emails.type ne "other"', true],
    ['groups eq "writers"', true],
    ['emails[type eq "work" and primary eq true]', true],
    ['emails[type eq "home" and primary eq true]', false],
    ['emails[type eq "home"] and userName sw "b"', true],
    ['not (emails[value ew ".net"])', true],
    ['name[givenName eq "Barbara"]', true],
    ['emails[type eq "work"].value eq "bjensen@example.com"', true],
    ['emails[type eq "home"].value eq "bjensen@example.com"', false],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName eq "bjensen"', true],
    [`${ENTERPRISE_USER}:employeeNumber eq "701984"`, true],
    [`${ENTERPRISE}:manager.value eq "26118915"`, true],
    [`${ENTERPRISE}:userName eq "bjensen"`, false],
    [`${ENTERPRISE}:employeeNumber pr`, true],
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter, user)).toBe(expected);
  });

  it('reads a URN-qualified attribute from the element itself when it holds no object for that schema', () => {
    expect(matches(`${ENTERPRISE}:employeeNumber eq "1"`, { employeeNumber: '1' })).toBe(true);
  });
});

describe('matchesFilter: elements that are not objects', () => {
  it.each<[string, unknown]>([
    ['a string', 'work'],
    ['null', null],
    ['a list', [{ type: 'work' }]],
  ])('%s satisfies only ne', (_name, element) => {
    expect([matches('type eq "work"', element), matches('type pr', element), matches('type ne "work"', element)]).toEqual([false, false, true]);
  });
});
