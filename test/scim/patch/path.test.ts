import { matchesFilter, parsePatchPath, parseValueFilter, resolvePatchPath } from '../../../src/scim/patch';
import { ENTERPRISE_SCHEMA, GROUP_CATALOGUE, USER_CATALOGUE, WRITER_SCHEMA } from './catalogues';
import { expectScimError } from './support';

const caseInsensitive = () => false;

describe('parsePatchPath', () => {
  it.each([
    ['title', { attribute: 'title' }],
    ['name.givenName', { attribute: 'name', subAttribute: 'givenName' }],
    ['members', { attribute: 'members' }],
    ['$ref', { attribute: '$ref' }],
    [`${ENTERPRISE_SCHEMA}:manager`, { urn: ENTERPRISE_SCHEMA, attribute: 'manager' }],
    [`${ENTERPRISE_SCHEMA}:manager.value`, { urn: ENTERPRISE_SCHEMA, attribute: 'manager', subAttribute: 'value' }],
    [`${ENTERPRISE_SCHEMA}:employeeNumber`, { urn: ENTERPRISE_SCHEMA, attribute: 'employeeNumber' }],
    [`${WRITER_SCHEMA}:role`, { urn: WRITER_SCHEMA, attribute: 'role' }],
    ['urn:custom:params:scim:schemas:extension:writer:2.0:role', { urn: 'urn:custom:params:scim:schemas:extension:writer:2.0', attribute: 'role' }],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName', { urn: 'urn:ietf:params:scim:schemas:core:2.0:User', attribute: 'userName' }],
  ])('parses %s', (path, expected) => {
    expect(parsePatchPath(path)).toEqual(expect.objectContaining(expected));
    expect(parsePatchPath(path).filter).toBeUndefined();
  });

  it.each([
    ['emails[type eq "work"].value', 'emails', 'value'],
    ['addresses[type eq "work"].streetAddress', 'addresses', 'streetAddress'],
    ['phoneNumbers[type eq "mobile"]', 'phoneNumbers', undefined],
    ['members[value eq "89bb1940-b905-4575-9e7f-6f887cfb368e"]', 'members', undefined],
    ['members[value eq "a]b"]', 'members', undefined],
    ['urn:ietf:params:scim:schemas:core:2.0:Group:members[value eq "x:y"]', 'members', undefined],
  ])('parses the valuePath %s', (path, attribute, subAttribute) => {
    const parsed = parsePatchPath(path);
    expect([parsed.attribute, parsed.subAttribute, parsed.filter?.kind]).toEqual([attribute, subAttribute, 'compare']);
  });

  it('keeps a filter literal that contains a bracket', () => {
    expect(parsePatchPath('members[value eq "a]b"]').filter).toEqual({ kind: 'compare', attribute: 'value', operator: 'eq', value: 'a]b' });
  });

  it.each(['name.givenName.extra', 'emails[type eq "work"', 'emails[type eq "work"]value', '9lives', 'emails[type eq "work"].', 'a b', '.title'])(
    'rejects the malformed path %j with 400 invalidPath',
    (path) => {
      expectScimError(() => parsePatchPath(path), 'invalidPath');
    },
  );

  it.each(['emails[type work]', 'emails[type eq]', 'emails[(type eq "work"]', 'emails[type eq "work" and]', 'emails[type zz "w"]'])(
    'rejects the bad filter in %j with 400 invalidFilter',
    (path) => {
      expectScimError(() => parsePatchPath(path), 'invalidFilter');
    },
  );
});

describe('value filters', () => {
  const work = { value: 'Bjensen@Example.com', type: 'work', primary: true };
  it.each([
    ['type eq "work"', true],
    ['type eq "WORK"', true],
    ['type ne "work"', false],
    ['value co "example"', true],
    ['value sw "bjensen"', true],
    ['value ew ".COM"', true],
    ['display pr', false],
    ['type pr', true],
    ['primary eq true', true],
    ['primary eq false', false],
    ['type eq "work" and value co "example.com"', true],
    ['type eq "home" or primary eq true', true],
    ['not (type eq "home")', true],
    ['not (type eq "work") or (value sw "x")', false],
    ['display eq null', true],
    ['TYPE eq "work"', true],
  ])('%s → %s', (filter, expected) => {
    expect(matchesFilter(parseValueFilter(filter), work, caseInsensitive)).toBe(expected);
  });

  it('compares case-exactly when the sub-attribute is caseExact', () => {
    expect(matchesFilter(parseValueFilter('value eq "bjensen@example.com"'), work, () => true)).toBe(false);
  });

  it('binds and tighter than or', () => {
    expect(parseValueFilter('type eq "a" or type eq "b" and primary eq true').kind).toBe('or');
  });
});

describe('resolvePatchPath', () => {
  const resolve = (path: string) => resolvePatchPath(USER_CATALOGUE, parsePatchPath(path), path);

  it.each([
    ['userName', null, 'userName'],
    ['USERNAME', null, 'userName'],
    ['externalId', null, 'externalId'],
    ['urn:ietf:params:scim:schemas:core:2.0:User:displayName', null, 'displayName'],
    [`${ENTERPRISE_SCHEMA}:manager.value`, ENTERPRISE_SCHEMA, 'manager'],
    [`${ENTERPRISE_SCHEMA.toLowerCase()}:EMPLOYEENUMBER`, ENTERPRISE_SCHEMA, 'employeeNumber'],
    [`${WRITER_SCHEMA}:role`, WRITER_SCHEMA, 'role'],
    ['urn:custom:params:scim:schemas:extension:writer:2.0:role', WRITER_SCHEMA, 'role'],
    ['URN:CUSTOM:PARAMS:SCIM:SCHEMAS:EXTENSION:WRITER:2.0:USER:ROLE', WRITER_SCHEMA, 'role'],
  ])('resolves %s into the %s schema', (path, extension, attribute) => {
    const target = resolve(path)!;
    expect([target.extension?.id ?? null, target.attribute.name]).toEqual([extension, attribute]);
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
