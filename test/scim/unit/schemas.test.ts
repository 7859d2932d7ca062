import { parseFilter, resolveFilter } from '../../../src/scim/filter';
import { applyPatch } from '../../../src/scim/patch';
import { GROUP_CATALOGUE, USER_CATALOGUE } from '../../../src/scim/schemas';

describe('the served catalogues', () => {
  it.each([
    'userName eq "a"',
    'emails co "example.com"',
    'emails[type eq "work" and value co "@x.com"]',
    'name.familyName sw "O"',
    'phoneNumbers.value eq "+1"',
    'meta.lastModified gt "2011-05-13T04:42:34Z"',
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "26118915"',
    'urn:custom:params:scim:schemas:extension:writer:2.0:User:role eq "admin"',
    'urn:custom:params:scim:schemas:extension:writer:2.0:role eq "admin"',
    'active eq true and title pr',
  ])('let users be filtered by %s', (text) => {
    expect(() => resolveFilter(parseFilter(text), USER_CATALOGUE)).not.toThrow();
  });

  it.each(['password eq "x"', 'phoneNumbers.type eq "work"', 'addresses.locality eq "x"', 'groups.value eq "x"', 'meta.version eq "x"'])(
    'refuse to filter users by %s, naming it',
    (text) => {
      expect(() => resolveFilter(parseFilter(text), USER_CATALOGUE)).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidFilter' }));
    },
  );

  it.each(['displayName eq "Sales"', 'members[value eq "u1"]', 'members eq "u1"', 'meta.lastModified gt "2011-05-13T04:42:34Z"'])('let groups be filtered by %s', (text) => {
    expect(() => resolveFilter(parseFilter(text), GROUP_CATALOGUE)).not.toThrow();
  });

  it('drive PATCH with the same documents: password is dropped, the role alias lands under the canonical URN', () => {
    const out = applyPatch(
      { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: 'u1', userName: 'a' },
      {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', value: { password: 'secret', 'urn:custom:params:scim:schemas:extension:writer:2.0': { role: 'Admin' } } }],
      },
      USER_CATALOGUE,
    );
    expect(out).not.toHaveProperty('password');
    expect(out['urn:custom:params:scim:schemas:extension:writer:2.0:User']).toEqual({ role: 'Admin' });
  });
});
