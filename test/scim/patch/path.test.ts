import { formatFilter, parsePatchPath } from '../../../src/scim/filter';
import { resolvePatchPath } from '../../../src/scim/patch';
import type { AttributeCatalogue } from '../../../src/scim/schema-catalogue';
import { ENTERPRISE_SCHEMA, GROUP_CATALOGUE, USER_CATALOGUE, WRITER_SCHEMA } from './catalogues';
import { baseGroup, expectScimError, patchGroup, patchUser } from './support';

describe('resolvePatchPath', () => {
  const resolve = (path: string, catalogue: AttributeCatalogue = USER_CATALOGUE) =>
    resolvePatchPath(catalogue, parsePatchPath(path), path);

  it.each([
    ['userName', null, 'userName'],
    ['USERNAME', null, 'userName'],
    ['externalId', null, 'externalId'],
    ['urn:ietf:params:scim:schemas:core:2.0:User:displayName', null, 'displayName'],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName', null, 'userName'],
    [`${ENTERPRISE_SCHEMA}:manager`, ENTERPRISE_SCHEMA, 'manager'],
    [`${ENTERPRISE_SCHEMA}:manager.value`, ENTERPRISE_SCHEMA, 'manager'],
    [`${ENTERPRISE_SCHEMA.toLowerCase()}:EMPLOYEENUMBER`, ENTERPRISE_SCHEMA, 'employeeNumber'],
    [`${WRITER_SCHEMA}:role`, WRITER_SCHEMA, 'role'],
    ['urn:custom:params:scim:schemas:extension:writer:2.0:role', WRITER_SCHEMA, 'role'],
    ['URN:CUSTOM:PARAMS:SCIM:SCHEMAS:EXTENSION:WRITER:2.0:USER:ROLE', WRITER_SCHEMA, 'role'],
  ])('resolves %s into the %s schema', (path, extension, attribute) => {
    const target = resolve(path)!;
    expect([target.extension?.id ?? null, target.attribute.name]).toEqual([extension, attribute]);
  });

  it.each<[string, AttributeCatalogue, string, string | undefined, string | undefined]>([
    ['title', USER_CATALOGUE, 'title', undefined, undefined],
    ['name.givenName', USER_CATALOGUE, 'name', 'givenName', undefined],
    [`${ENTERPRISE_SCHEMA}:manager.$ref`, USER_CATALOGUE, 'manager', '$ref', undefined],
    ['emails[type eq "work"].value', USER_CATALOGUE, 'emails', 'value', 'type eq "work"'],
    ['addresses[type eq "work"].streetAddress', USER_CATALOGUE, 'addresses', 'streetAddress', 'type eq "work"'],
    ['phoneNumbers[type eq "mobile"]', USER_CATALOGUE, 'phoneNumbers', undefined, 'type eq "mobile"'],
    ['  name.familyName  ', USER_CATALOGUE, 'name', 'familyName', undefined],
    ['members', GROUP_CATALOGUE, 'members', undefined, undefined],
    ['members.$ref', GROUP_CATALOGUE, 'members', '$ref', undefined],
    ['members[value eq "89bb1940-b905-4575-9e7f-6f887cfb368e"]', GROUP_CATALOGUE, 'members', undefined, 'value eq "89bb1940-b905-4575-9e7f-6f887cfb368e"'],
    ['members[value eq "a]b"]', GROUP_CATALOGUE, 'members', undefined, 'value eq "a]b"'],
    ['urn:ietf:params:scim:schemas:core:2.0:Group:members[value eq "x:y"]', GROUP_CATALOGUE, 'members', undefined, 'value eq "x:y"'],
    ['members[value eq "x"].display', GROUP_CATALOGUE, 'members', 'display', 'value eq "x"'],
  ])('resolves %s to its attribute, sub-attribute and filter', (path, catalogue, attribute, subAttribute, filter) => {
    const target = resolve(path, catalogue)!;
    expect([target.attribute.name, target.subAttribute?.name, target.filter && formatFilter(target.filter)]).toEqual([attribute, subAttribute, filter]);
  });

  // RFC 7644 §3.5.2 Table 9: a path naming nothing the schema defines is an invalid path.
  it.each(['nickname.first', 'favouriteColour', 'urn:example:unknown:2.0:User:thing', 'name[givenName eq "x"]', `${ENTERPRISE_SCHEMA}:manager.email`])(
    'rejects %s with 400 invalidPath',
    (path) => {
      expectScimError(() => resolve(path), 'invalidPath');
    },
  );

  it('returns nothing for an unknown attribute when lenient', () => {
    expect(resolvePatchPath(GROUP_CATALOGUE, parsePatchPath('description'), 'description', true)).toBeUndefined();
  });
});

describe('applyPatch: malformed paths', () => {
  it.each(['name.givenName.extra', 'emails[type eq "work"]value', '9lives', 'emails[type eq "work"].', 'a b', '.title', 'name.givenName[value eq "x"]'])(
    'rejects the malformed path %j with 400 invalidPath',
    (path) => {
      expectScimError(() => patchUser({ op: 'remove', path }), 'invalidPath');
    },
  );

  it.each([
    'emails[type work]',
    'emails[type eq]',
    'emails[(type eq "work"]',
    'emails[type eq "work" and]',
    'emails[type zz "w"]',
    'emails[value.x eq "a"]',
    'emails[type eq 0x10]',
    // The filter parser reports a "[" left open as a filter that does not end.
    'emails[type eq "work"',
  ])('rejects the bad filter in %j with 400 invalidFilter', (path) => {
    expectScimError(() => patchUser({ op: 'remove', path }), 'invalidFilter');
  });
});

describe('applyPatch: value filters compare by the sub-attribute caseExact', () => {
  it('matches a caseExact sub-attribute only in its own case', () => {
    expect(patchGroup({ op: 'remove', path: 'members[value eq "U1"]' }).members).toEqual(baseGroup().members);
  });

  it('matches any other sub-attribute ignoring case', () => {
    expect(patchUser({ op: 'remove', path: 'emails[value eq "TEST.USER@OKTA.LOCAL"]' }).emails).toBeUndefined();
  });
});
