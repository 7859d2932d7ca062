import { parseFilter, resolveFilter } from '../../../src/scim/filter';
import { toUserFilterInput } from '../../../src/scim/filter/to-graphql';
import { fieldsOf, translateFilter, type FilterTable } from '../../../src/scim/filter/translate';
import type { IdFilterInput, StringFilterInput } from '../../../src/scim/operations/users.generated';
import { listQueryOf } from '../../../src/scim/mapping/list-query';
import { userListVariables } from '../../../src/scim/mapping/user-list';
import { GROUP_CATALOGUE, USER_CATALOGUE } from '../../../src/scim/schemas';

/** A SCIM filter as the `filter` variable of `users`, as GET /Users builds it. */
const userFilterInput = (filter: string | null) => userListVariables(listQueryOf(USER_CATALOGUE, { filter, sortBy: null, descending: false })).filter;

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const ROLE = 'urn:custom:params:scim:schemas:extension:writer:2.0:User';
const translate = (text: string) => toUserFilterInput(resolveFilter(parseFilter(text), USER_CATALOGUE));

describe('SCIM filter → UserFilterInput: attributes', () => {
  it.each<[string, object]>([
    ['userName eq "bjensen"', { userName: { eq: 'bjensen', caseExact: false } }],
    ['USERNAME EQ "bjensen"', { userName: { eq: 'bjensen', caseExact: false } }],
    [`urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J"`, { userName: { sw: 'J', caseExact: false } }],
    ['externalId eq "00uA"', { externalId: { eq: '00uA', caseExact: true } }],
    ['displayName co "ens"', { displayName: { co: 'ens', caseExact: false } }],
    ['nickName ew "bs"', { nickName: { ew: 'bs', caseExact: false } }],
    ['title gt "A"', { title: { gt: 'A', caseExact: false } }],
    ['userType ge "E"', { userType: { ge: 'E', caseExact: false } }],
    ['locale lt "f"', { locale: { lt: 'f', caseExact: false } }],
    ['title le "Z"', { title: { le: 'Z', caseExact: false } }],
    ['title ne "Guide"', { title: { ne: 'Guide', caseExact: false } }],
    ['title pr', { title: { present: true } }],
    ['title eq null', { title: { present: false } }],
    ['title ne null', { title: { present: true } }],
    ['name.familyName co "O\'Malley"', { name: { familyName: { co: "O'Malley", caseExact: false } } }],
    ['name.givenName eq "Barbara"', { name: { givenName: { eq: 'Barbara', caseExact: false } } }],
    ['name.formatted pr', { name: { formatted: { present: true } } }],
    ['active eq true', { active: { eq: true } }],
    ['active ne "False"', { active: { ne: false } }],
    ['active pr', { active: { present: true } }],
    ['id eq "2819c223-7f76-453a-919d-413861904646"', { id: { eq: '2819c223-7f76-453a-919d-413861904646' } }],
    ['id ne "2819c223-7f76-453a-919d-413861904646"', { id: { ne: '2819c223-7f76-453a-919d-413861904646' } }],
    ['id pr', {}],
    ['meta.created gt "2011-05-13T04:42:34Z"', { createdAt: { gt: '2011-05-13T04:42:34.000Z' } }],
    ['meta.lastModified le "2011-05-13T06:42:34+02:00"', { updatedAt: { le: '2011-05-13T04:42:34.000Z' } }],
    ['meta.Created gt "2015-10-10T14:38:21.8617979-07:00"', { createdAt: { gt: '2015-10-10T21:38:21.861Z' } }],
    ['emails co "example.com"', { emails: { value: { co: 'example.com', caseExact: false } } }],
    ['emails.value eq "b@example.com"', { emails: { value: { eq: 'b@example.com', caseExact: false } } }],
    ['emails.type eq "work"', { emails: { type: { eq: 'work', caseExact: false } } }],
    ['emails.primary eq true', { emails: { primary: { eq: true } } }],
    ['emails pr', { emails: { value: { present: true } } }],
    // RFC 7644 §3.4.2.2: a complex attribute is present when any of its sub-attributes is.
    ['name pr', { or: ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix'].map((part) => ({ name: { [part]: { present: true } } })) }],
    ['Name PR', { or: ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix'].map((part) => ({ name: { [part]: { present: true } } })) }],
    ['meta pr', {}],
    [`${ENTERPRISE}:manager pr`, { managerValue: { present: true } }],
    ['phoneNumbers eq "555"', { phoneNumbers: { value: { eq: '555', caseExact: false } } }],
    [`${ENTERPRISE}:employeeNumber eq "701984"`, { employeeNumber: { eq: '701984', caseExact: false } }],
    [`${ENTERPRISE}:costCenter eq "4130"`, { costCenter: { eq: '4130', caseExact: false } }],
    [`${ENTERPRISE}:organization eq "Universal"`, { organization: { eq: 'Universal', caseExact: false } }],
    [`${ENTERPRISE}:division eq "Park"`, { division: { eq: 'Park', caseExact: false } }],
    ['department eq "Tours"', { department: { eq: 'Tours', caseExact: false } }],
    [`${ENTERPRISE}:manager.value eq "26118915"`, { managerValue: { eq: '26118915', caseExact: false } }],
    ['manager eq "26118915"', { managerValue: { eq: '26118915', caseExact: false } }],
    [`${ROLE}:role eq "admin"`, { idpRole: { eq: 'admin', caseExact: false } }],
    ['urn:custom:params:scim:schemas:extension:writer:2.0:role eq "member"', { idpRole: { eq: 'member', caseExact: false } }],
    ['role eq "admin"', { idpRole: { eq: 'admin', caseExact: false } }],
  ])('%s', (text, expected) => {
    expect(translate(text)).toEqual(expected);
  });
});

describe('SCIM filter → UserFilterInput: logic and value paths', () => {
  it.each<[string, object]>([
    ['title pr and userType eq "Employee"', { and: [{ title: { present: true } }, { userType: { eq: 'Employee', caseExact: false } }] }],
    ['title pr and userType pr and locale pr', { and: [{ title: { present: true } }, { userType: { present: true } }, { locale: { present: true } }] }],
    ['title pr or userType pr or locale pr', { or: [{ title: { present: true } }, { userType: { present: true } }, { locale: { present: true } }] }],
    [
      'userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")',
      { and: [{ userType: { eq: 'Employee', caseExact: false } }, { or: [{ emails: { value: { co: 'example.com', caseExact: false } } }, { emails: { value: { co: 'example.org', caseExact: false } } }] }] },
    ],
    [
      'userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")',
      { and: [{ userType: { ne: 'Employee', caseExact: false } }, { not: { or: [{ emails: { value: { co: 'example.com', caseExact: false } } }, { emails: { value: { co: 'example.org', caseExact: false } } }] } }] },
    ],
    ['not (title pr)', { not: { title: { present: true } } }],
    [
      'emails[type eq "work" and value co "@example.com"]',
      { emails: { and: [{ type: { eq: 'work', caseExact: false } }, { value: { co: '@example.com', caseExact: false } }] } },
    ],
    ['emails[not (primary eq true)]', { emails: { not: { primary: { eq: true } } } }],
    ['emails[type eq "work" or type eq "home"]', { emails: { or: [{ type: { eq: 'work', caseExact: false } }, { type: { eq: 'home', caseExact: false } }] } }],
    [
      'emails[type eq "work"].value eq "a@b.com"',
      { emails: { and: [{ type: { eq: 'work', caseExact: false } }, { value: { eq: 'a@b.com', caseExact: false } }] } },
    ],
    ['phoneNumbers[value sw "+1"]', { phoneNumbers: { value: { sw: '+1', caseExact: false } } }],
    [
      'id eq "2819c223-7f76-453a-919d-413861904646" and manager eq "AXTK"',
      { and: [{ id: { eq: '2819c223-7f76-453a-919d-413861904646' } }, { managerValue: { eq: 'AXTK', caseExact: false } }] },
    ],
  ])('%s', (text, expected) => {
    expect(translate(text)).toEqual(expected);
  });

  it('has no filter for no filter text', () => {
    expect(userFilterInput(null)).toBeNull();
  });
});

describe('SCIM filter → UserFilterInput: refusals', () => {
  it.each([
    ['password eq "x"', 'password'],
    ['timezone eq "Europe/Paris"', 'timezone'],
    ['addresses.locality eq "Paris"', 'addresses'],
    ['groups.value eq "g"', 'groups'],
    ['phoneNumbers.type eq "work"', 'phoneNumbers.type'],
    ['phoneNumbers[type eq "work"]', 'phoneNumbers.type'],
    ['manager[value eq "x"]', 'manager'],
    ['name eq "Barbara"', 'name'],
    ['meta gt "2011"', 'meta'],
    ['id co "2819"', 'id'],
    ['id sw "2819"', 'id'],
    ['id eq null', 'id'],
    ['meta.created co "2011"', 'meta.created'],
    ['active gt true', 'active'],
    ['userName eq', 'value'],
    ['userName zz "x"', 'comparison operator'],
    ['(userName eq "x"', ')'],
  ])('%s is 400 invalidFilter naming %s', (text, named) => {
    expect(() => userFilterInput(text)).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidFilter', detail: expect.stringContaining(named) }));
  });
});

describe('translateFilter with another table', () => {
  type Input = { displayName?: StringFilterInput; memberId?: IdFilterInput; and?: Input[]; or?: Input[]; not?: Input };
  const on = fieldsOf<Input>();
  const table: FilterTable<Input> = {
    fields: { displayname: on.text((displayName) => ({ displayName })), 'members.value': on.id((memberId) => ({ memberId })) },
    logic: { all: () => ({}), and: (and) => ({ and }), or: (or) => ({ or }), not: (not) => ({ not }) },
  };

  it('serves another resource from its own table', () => {
    const filter = resolveFilter(parseFilter('displayName eq "Admins" and members.value eq "u-1"'), GROUP_CATALOGUE);
    expect(translateFilter(filter, table)).toEqual({ and: [{ displayName: { eq: 'Admins', caseExact: false } }, { memberId: { eq: 'u-1' } }] });
  });

  it('refuses attributes the table lacks, naming them', () => {
    const filter = resolveFilter(parseFilter('externalId eq "x"'), GROUP_CATALOGUE);
    expect(() => translateFilter(filter, table)).toThrow(expect.objectContaining({ scimType: 'invalidFilter', detail: expect.stringContaining('externalId') }));
  });
});
