import { MAX_FILTER_LENGTH, formatPatchPath, parsePatchPath, type PatchPath } from '../../../src/scim/filter';
import { ENTERPRISE_USER, and, cmp, p, thrown } from './builders';

const WRITER = 'urn:custom:params:scim:schemas:extension:writer:2.0';

describe('parsePatchPath', () => {
  it.each<[string, PatchPath]>([
    ['members[value eq "2819c223-7f76-453a-919d-413861904646"]', { attrPath: p('members'), valueFilter: cmp('value', 'eq', '2819c223-7f76-453a-919d-413861904646') }],
    ['emails[type eq "work"].value', { attrPath: p('emails'), valueFilter: cmp('type', 'eq', 'work'), subAttr: 'value' }],
    ['addresses[type eq "work"].streetAddress', { attrPath: p('addresses'), valueFilter: cmp('type', 'eq', 'work'), subAttr: 'streetAddress' }],
    ['name.givenName', { attrPath: p('name.givenName') }],
    ['userName', { attrPath: p('userName') }],
    ['active', { attrPath: p('active') }],
    ['members', { attrPath: p('members') }],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', { attrPath: p('manager', ENTERPRISE_USER) }],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value', { attrPath: p('manager.value', ENTERPRISE_USER) }],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber', { attrPath: p('employeeNumber', ENTERPRISE_USER) }],
    ['urn:custom:params:scim:schemas:extension:writer:2.0:User:role', { attrPath: p('role', `${WRITER}:user`) }],
    ['urn:custom:params:scim:schemas:extension:writer:2.0:role', { attrPath: p('role', WRITER) }],
    ['Emails[Type EQ "work"].Value', { attrPath: p('Emails'), valueFilter: cmp('Type', 'eq', 'work'), subAttr: 'Value' }],
    ['emails[type eq "work" and primary eq true]', { attrPath: p('emails'), valueFilter: and(cmp('type', 'eq', 'work'), cmp('primary', 'eq', true)) }],
    ['  name.familyName  ', { attrPath: p('name.familyName') }],
  ])('%s', (text, expected) => {
    expect(parsePatchPath(text)).toEqual(expected);
  });

  it.each([
    'members[value eq "2819c223"]',
    'emails[type eq "work"].value',
    'name.givenName',
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:manager.value',
  ])('prints %s back as it was', (text) => {
    expect(formatPatchPath(parsePatchPath(text))).toBe(text);
  });
});

describe('parsePatchPath: errors', () => {
  it.each<[string, 'invalidPath' | 'invalidFilter', string]>([
    ['', 'invalidPath', 'The path is empty'],
    ['1st', 'invalidPath', '"1st" at position 0 is not a valid attribute path'],
    ['"userName"', 'invalidPath', 'Expected an attribute path at position 0, found the string "userName"'],
    ['[value eq "x"]', 'invalidPath', 'Expected an attribute path at position 0, found "["'],
    ['name givenName', 'invalidPath', 'Expected "[" or the end of the path after "name" at position 5, found "givenName"'],
    ['name.givenName[value eq "x"]', 'invalidPath', '"[" must follow a complex attribute, not the sub-attribute "name.givenName"'],
    ['members[value eq "x"] extra', 'invalidPath', 'Expected "." and a sub-attribute or the end of the path at position 22, found "extra"'],
    ['members[value eq "x"].', 'invalidPath', 'Expected "." and a sub-attribute or the end of the path at position 21, found "."'],
    ['emails[type eq "work"].value.x', 'invalidPath', 'found ".value.x"'],
    ['emails[type eq "work"].value eq "x"', 'invalidPath', 'Expected the end of the path at position 29, found "eq"'],
    ['members[value eq "x"', 'invalidFilter', 'Expected "and", "or" or "]" (closing the "[" at position 7) at position 20, but the filter ends there'],
    ['members[value eq x]', 'invalidFilter', 'Expected a value'],
    ['members[]', 'invalidFilter', 'Expected an attribute name, "not" or "(" at position 8, found "]"'],
    ['members[value[x pr]]', 'invalidFilter', 'A "[" cannot appear inside another "[…]"'],
    ['members[value eq "x', 'invalidFilter', 'has no closing quote'],
  ])('%j', (text, scimType, fragment) => {
    const error = thrown(() => parsePatchPath(text));
    expect([error.status, error.scimType]).toEqual([400, scimType]);
    expect(error.detail).toContain(fragment);
  });

  it('rejects a path longer than the filter limit', () => {
    expect(thrown(() => parsePatchPath('a'.repeat(MAX_FILTER_LENGTH + 1))).detail).toBe(`The path is longer than ${MAX_FILTER_LENGTH} characters`);
  });

  it('rejects a non-string path', () => {
    expect(thrown(() => parsePatchPath(null as unknown as string)).scimType).toBe('invalidPath');
  });
});
