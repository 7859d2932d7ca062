import {
  formatFilter,
  parseDateTime,
  parseFilter,
  resolveAttrPath,
  resolveFilter,
  type ResolvedFilter,
} from '../../../src/scim/filter';
import type { AttributeCatalogue } from '../../../src/scim/schema-catalogue';
import { p, thrown } from './builders';
import { GROUP_CATALOGUE, TYPES_CATALOGUE, USER_CATALOGUE } from './catalogues';

const resolve = (text: string, catalogue: AttributeCatalogue = USER_CATALOGUE): ResolvedFilter => resolveFilter(parseFilter(text), catalogue);
const canonical = (text: string, catalogue?: AttributeCatalogue): string => formatFilter(resolve(text, catalogue));

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user';
const WRITER = 'urn:custom:params:scim:schemas:extension:writer:2.0:user';

describe('resolveFilter: the filterable user attributes of DESIGN.md', () => {
  it.each([
    ['id eq "5fc0c238"', 'id eq "5fc0c238"'],
    ['externalId eq "00u6a15d23T9AeHhF5d7"', 'externalId eq "00u6a15d23T9AeHhF5d7"'],
    ['userName eq "test.user@okta.local"', 'userName eq "test.user@okta.local"'],
    ['displayName co "Smith"', 'displayName co "Smith"'],
    ['nickName sw "Bab"', 'nickName sw "Bab"'],
    ['title pr', 'title pr'],
    ['userType eq "Employee"', 'userType eq "Employee"'],
    ['locale eq "en-US"', 'locale eq "en-US"'],
    ['active eq true', 'active eq true'],
    ['name.givenName eq "Jane"', 'name.givenName eq "Jane"'],
    ['name.familyName ew "son"', 'name.familyName ew "son"'],
    ['name.formatted pr', 'name.formatted pr'],
    ['emails co "example.com"', 'emails.value co "example.com"'],
    ['emails.value eq "a@b.com"', 'emails.value eq "a@b.com"'],
    ['emails.type eq "work"', 'emails.type eq "work"'],
    ['emails.primary eq true', 'emails.primary eq true'],
    ['emails pr', 'emails.value pr'],
    ['name pr', 'name pr'],
    ['NAME PR', 'name pr'],
    ['meta pr', 'meta pr'],
    ['phoneNumbers.value sw "+1"', 'phoneNumbers.value sw "+1"'],
    ['phoneNumbers eq "+15555550100"', 'phoneNumbers.value eq "+15555550100"'],
    ['meta.created ge "2026-01-01T00:00:00Z"', 'meta.created ge "2026-01-01T00:00:00.000Z"'],
    ['meta.lastModified gt "2011-05-13T04:42:34Z"', 'meta.lastModified gt "2011-05-13T04:42:34.000Z"'],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "701984"', `${ENTERPRISE}:employeeNumber eq "701984"`],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter eq "4130"', `${ENTERPRISE}:costCenter eq "4130"`],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:organization eq "Universal Studios"', `${ENTERPRISE}:organization eq "Universal Studios"`],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division eq "Theme Park"', `${ENTERPRISE}:division eq "Theme Park"`],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "Tour Operations"', `${ENTERPRISE}:department eq "Tour Operations"`],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "26118915"', `${ENTERPRISE}:manager.value eq "26118915"`],
    ['urn:custom:params:scim:schemas:extension:writer:2.0:User:role eq "admin"', `${WRITER}:role eq "admin"`],
  ])('%s → %s', (text, expected) => {
    expect(canonical(text)).toBe(expected);
  });
});

describe('resolveFilter: normalisation', () => {
  it.each([
    ['UserName EQ "x"', 'userName eq "x"'],
    ['NAME.GIVENNAME eq "x"', 'name.givenName eq "x"'],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J"', 'userName sw "J"'],
    ['URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:name.familyName co "O\'Malley"', 'name.familyName co "O\'Malley"'],
    ['URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:MANAGER.VALUE eq "1"', `${ENTERPRISE}:manager.value eq "1"`],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager eq "26118915"', `${ENTERPRISE}:manager.value eq "26118915"`],
    ['manager eq "26118915"', `${ENTERPRISE}:manager.value eq "26118915"`],
    ['department eq "Sales"', `${ENTERPRISE}:department eq "Sales"`],
    ['urn:custom:params:scim:schemas:extension:writer:2.0:role eq "member"', `${WRITER}:role eq "member"`],
    ['role eq "admin"', `${WRITER}:role eq "admin"`],
    ['Emails[Type eq "work" and Value co "@example.com"]', 'emails[type eq "work" and value co "@example.com"]'],
    ['emails[type eq "work"].value eq "a@b.com"', 'emails[type eq "work" and value eq "a@b.com"]'],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager[value eq "1"]', `${ENTERPRISE}:manager[value eq "1"]`],
    ['active eq "False"', 'active eq false'],
    ['active ne "TRUE"', 'active ne true'],
    ['title eq null', 'title eq null'],
    ['meta.lastModified gt "2015-10-10T14:38:21.8617979-07:00"', 'meta.lastModified gt "2015-10-10T21:38:21.861Z"'],
    [
      'userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")',
      'userType ne "Employee" and not (emails.value co "example.com" or emails.value co "example.org")',
    ],
  ])('%s → %s', (text, expected) => {
    expect(canonical(text)).toBe(expected);
  });

  it('carries the definition of the compared attribute', () => {
    const resolved = resolve('externalId eq "A"');
    expect(resolved).toEqual({
      kind: 'compare',
      path: { attr: 'externalId' },
      op: 'eq',
      value: 'A',
      attribute: { name: 'externalId', type: 'string', caseExact: true, filterable: true },
    });
  });

  it('carries the sub-attribute for a dotted path', () => {
    const resolved = resolve('name.givenName pr');
    expect(resolved.kind === 'present' && resolved.attribute.name).toBe('givenName');
  });

  it('carries the complex attribute on a value path and sub-attributes inside it', () => {
    const resolved = resolve('emails[primary eq true]');
    if (resolved.kind !== 'valuePath' || resolved.filter.kind !== 'compare') throw new Error('unexpected shape');
    expect([resolved.attribute.name, resolved.filter.attribute.name, resolved.filter.attribute.type]).toEqual(['emails', 'primary', 'boolean']);
  });
});

describe('resolveFilter: groups', () => {
  it.each([
    ['displayName eq "Group Name"', 'displayName eq "Group Name"'],
    ['members[value eq "2819c223"]', 'members[value eq "2819c223"]'],
    ['members eq "2819c223"', 'members.value eq "2819c223"'],
    ['members.value eq "2819c223"', 'members.value eq "2819c223"'],
    ['meta.resourceType eq "Group"', 'meta.resourceType eq "Group"'],
    ['meta.version eq "W/\\"3\\""', 'meta.version eq "W/\\"3\\""'],
    ['externalId eq "x" or id eq "y"', 'externalId eq "x" or id eq "y"'],
  ])('%s → %s', (text, expected) => {
    expect(canonical(text, GROUP_CATALOGUE)).toBe(expected);
  });
});

describe('resolveFilter: errors', () => {
  const cases: [string, string, AttributeCatalogue?][] = [
    ['password eq "x"', 'Attribute "password" cannot be used in a filter'],
    ['timezone eq "Europe/Paris"', 'Attribute "timezone" cannot be used in a filter'],
    ['preferredLanguage pr', 'Attribute "preferredLanguage" cannot be used in a filter'],
    ['addresses.locality eq "Paris"', 'Attribute "addresses.locality" cannot be used in a filter'],
    ['addresses[type eq "work"]', 'Attribute "addresses" cannot be used in a filter'],
    ['emails.display eq "x"', 'Attribute "emails.display" cannot be used in a filter'],
    ['emails[display eq "x"]', 'Attribute "emails.display" cannot be used in a filter'],
    ['phoneNumbers.type eq "work"', 'Attribute "phoneNumbers.type" cannot be used in a filter'],
    ['groups eq "x"', 'Attribute "groups" cannot be used in a filter'],
    ['meta.location eq "x"', 'Attribute "meta.location" cannot be used in a filter'],
    ['members.display eq "x"', 'Attribute "members.display" cannot be used in a filter', GROUP_CATALOGUE],
    ['favouriteColour eq "blue"', 'Unknown attribute "favouriteColour"'],
    ['name.nickname eq "x"', 'Unknown attribute "name.nickname"'],
    ['emails[kind eq "x"]', 'Unknown attribute "emails.kind"'],
    ['userName.first eq "x"', 'The attribute "userName" has no sub-attribute "first"'],
    ['urn:example:other:2.0:User:userName eq "x"', 'Unknown schema "urn:example:other:2.0:user" in the attribute "urn:example:other:2.0:user:userName"'],
    ['urn:ietf:params:scim:schemas:core:2.0:User:department eq "x"', 'Unknown attribute "urn:ietf:params:scim:schemas:core:2.0:user:department"'],
    ['userName[value eq "x"]', 'The attribute "userName" has no sub-attributes to filter with "[…]"'],
    ['name eq "x"', 'The attribute "name" is complex: filter on a sub-attribute, such as "name.formatted"'],
    ['name co "x"', 'The attribute "name" is complex'],
    ['active gt true', 'The operator "gt" cannot be used with the boolean attribute "active"'],
    ['active le false', 'The operator "le" cannot be used with the boolean attribute "active"'],
    ['active co "t"', 'The operator "co" cannot be used with the boolean attribute "active"'],
    ['emails[primary ge true]', 'The operator "ge" cannot be used with the boolean attribute "emails.primary"'],
    ['active eq "yes"', 'The attribute "active" compares with true or false, not "yes"'],
    ['active eq 1', 'The attribute "active" compares with true or false, not 1'],
    ['userName eq 42', 'The attribute "userName" compares with a "quoted string", not 42'],
    ['userName eq true', 'compares with a "quoted string", not true'],
    ['userName co null', 'The operator "co" needs a value other than null for "userName"'],
    ['meta.created gt null', 'The operator "gt" needs a value other than null'],
    ['meta.created co "2011"', 'The operator "co" cannot be used with the dateTime attribute "meta.created"'],
    ['meta.created gt "yesterday"', 'The attribute "meta.created" compares with a date-time with a time zone'],
    ['meta.created gt "2011-05-13T04:42:34"', 'compares with a date-time with a time zone between the years 0000 and 9999, such as "2011-05-13T04:42:34Z"'],
    ['meta.created gt "2011-02-30T00:00:00Z"', 'compares with a date-time'],
    ['meta.created gt 1305261754', 'compares with a date-time'],
    ['count eq 1.5', 'The attribute "count" compares with an integer, not 1.5', TYPES_CATALOGUE],
    ['count co 1', 'The operator "co" cannot be used with the integer attribute "count"', TYPES_CATALOGUE],
    ['weight gt "1"', 'The attribute "weight" compares with a number, not "1"', TYPES_CATALOGUE],
    ['photo gt "AAAA"', 'The operator "gt" cannot be used with the binary attribute "photo"', TYPES_CATALOGUE],
    ['photo sw "AA"', 'The operator "sw" cannot be used with the binary attribute "photo"', TYPES_CATALOGUE],
    ['shared eq "x"', 'The attribute "shared" is ambiguous: qualify it with its schema URN', TYPES_CATALOGUE],
  ];
  it.each(cases.map(([text, fragment, catalogue]): [string, string, AttributeCatalogue] => [text, fragment, catalogue ?? USER_CATALOGUE]))('%j', (text, fragment, catalogue) => {
    const error = thrown(() => resolve(text, catalogue));
    expect([error.status, error.scimType]).toEqual([400, 'invalidFilter']);
    expect(error.detail).toContain(fragment);
  });
});

describe('resolveFilter: other types', () => {
  it.each([
    ['count ge 3', 'count ge 3'],
    ['weight lt 2.5', 'weight lt 2.5'],
    ['photo eq "AAAA"', 'photo eq "AAAA"'],
    ['profileUrl sw "https://"', 'profileUrl sw "https://"'],
    ['tags eq "red"', 'tags eq "red"'],
    ['code eq "x"', 'urn:example:params:scim:schemas:extension:one:2.0:thing:code eq "x"'],
    ['urn:example:params:scim:schemas:extension:two:2.0:Thing:shared eq "x"', 'urn:example:params:scim:schemas:extension:two:2.0:thing:shared eq "x"'],
  ])('%s → %s', (text, expected) => {
    expect(canonical(text, TYPES_CATALOGUE)).toBe(expected);
  });
});

describe('resolveAttrPath', () => {
  it('resolves a path for sorting or PATCH with its parent', () => {
    const resolved = resolveAttrPath(USER_CATALOGUE, p('Name.FamilyName'));
    expect([resolved.path, resolved.attribute.name, resolved.parent?.name]).toEqual([p('name.familyName'), 'familyName', 'name']);
  });

  it('can allow attributes that are not filterable, with another scimType', () => {
    expect(resolveAttrPath(USER_CATALOGUE, p('password'), { filterable: false }).attribute.name).toBe('password');
    expect(thrown(() => resolveAttrPath(USER_CATALOGUE, p('nope'), { scimType: 'invalidPath' })).scimType).toBe('invalidPath');
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2011-05-13T04:42:34Z', '2011-05-13T04:42:34.000Z'],
    ['2011-05-13t04:42:34z', '2011-05-13T04:42:34.000Z'],
    ['2011-05-13T04:42:34.5Z', '2011-05-13T04:42:34.500Z'],
    ['2011-05-13T04:42:34.123456789Z', '2011-05-13T04:42:34.123Z'],
    ['2011-05-13T04:42:34+02:00', '2011-05-13T02:42:34.000Z'],
    ['2011-05-13T00:00:00-05:30', '2011-05-13T05:30:00.000Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
    ['0099-01-01T00:00:00Z', '0099-01-01T00:00:00.000Z'],
    ['0000-01-01T00:00:00Z', '0000-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59-00:00', '9999-12-31T23:59:59.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDateTime(text)?.toISOString()).toBe(iso);
  });

  it.each([
    '2011-05-13',
    '2011-05-13T04:42:34',
    '2011-05-13 04:42:34Z',
    '2023-02-29T00:00:00Z',
    '2011-13-01T00:00:00Z',
    '2011-04-31T00:00:00Z',
    '2011-05-13T24:00:00Z',
    '2011-05-13T04:60:00Z',
    '2011-05-13T04:42:60Z',
    '2011-05-13T04:42:34+24:00',
    '2011-05-13T04:42:34+02:60',
    '2011-05-13T04:42:34.Z',
    // Years 0000–9999 written, but the offset moves the instant out of them.
    '0000-01-01T00:00:00+01:00',
    '0000-01-01T00:00:00+23:59',
    '9999-12-31T23:59:59-23:59',
  ])('rejects %s', (text) => {
    expect(parseDateTime(text)).toBeNull();
  });
});
