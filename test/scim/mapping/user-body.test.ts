import { readUserBody } from '../../../src/scim/mapping/user-body';
import { toUserInput } from '../../../src/scim/mapping/user.mapper';
import type { JsonObject } from '../../../src/scim/patch';

const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const ROLE = 'urn:custom:params:scim:schemas:extension:writer:2.0:User';
const ID = '2819c223-7f76-453a-919d-413861904646';

/** The body as the façade reads it, without `schemas` (derived from what is present). */
function read(body: JsonObject, id?: string): JsonObject {
  const { schemas: _schemas, ...resource } = readUserBody({ userName: 'bjensen', ...body }, id);
  return resource;
}

describe('readUserBody: what IdPs send', () => {
  it.each<[string, JsonObject, JsonObject]>([
    ['attribute names in any case', { DisplayName: 'Babs', NAME: { GivenName: 'Barbara' } }, { displayName: 'Babs', name: { givenName: 'Barbara' } }],
    ['"Primary" in emails (Entra reference tests)', { emails: [{ Primary: true, Value: 'b@example.com', Type: 'work' }] }, { emails: [{ primary: true, value: 'b@example.com', type: 'work' }] }],
    ['active as the string "True"', { active: 'True' }, { active: true }],
    ['active as the string "false"', { active: 'false' }, { active: false }],
    ['manager as a bare string', { [ENTERPRISE]: { manager: 'm-1' } }, { [ENTERPRISE]: { manager: { value: 'm-1' } } }],
    ['"Manager": {"Value"} capitalised', { [ENTERPRISE]: { Manager: { Value: 'm-1' }, Department: 'Sales' } }, { [ENTERPRISE]: { manager: { value: 'm-1' }, department: 'Sales' } }],
    ['the extension URN in another case', { [ENTERPRISE.toUpperCase()]: { department: 'Sales' } }, { [ENTERPRISE]: { department: 'Sales' } }],
    ['the role URN without :User', { 'urn:custom:params:scim:schemas:extension:writer:2.0': { role: 'admin' } }, { [ROLE]: { role: 'admin' } }],
    ['the role URN not listed in schemas', { schemas: [CORE], [ROLE]: { role: 'member' } }, { [ROLE]: { role: 'member' } }],
    ['URN-qualified attribute keys', { [`${ENTERPRISE}:employeeNumber`]: '701984', [`${CORE}:title`]: 'Guide' }, { [ENTERPRISE]: { employeeNumber: '701984' }, title: 'Guide' }],
    ['dotted keys', { 'name.familyName': 'Jensen' }, { name: { familyName: 'Jensen' } }],
    // A multi-valued attribute sent as null or [] is there and empty: what a PUT's "members": [] needs.
    ['explicit nulls', { title: null, addresses: null, phoneNumbers: null, [ENTERPRISE]: { manager: null } }, { addresses: [], phoneNumbers: [] }],
    ['empty lists', { roles: [], groups: [] }, { roles: [] }],
    ['password (write-only)', { password: '1mz050nq' }, {}],
    ['read-only meta and groups', { meta: { resourceType: 'User', created: '2020-01-01T00:00:00Z' }, groups: [{ value: 'g-1' }] }, {}],
    ['an id on create', { id: ID }, {}],
    ['unknown attributes', { adreses: [{ type: 'work' }], shoeSize: 12 }, {}],
    ['unknown schema URNs', { 'urn:ietf:params:scim:schemas:extension:fabrikam:2.0:User': { shoeSize: '12' } }, {}],
  ])('accepts %s', (_case, body, expected) => {
    expect(read(body)).toEqual({ userName: 'bjensen', ...expected });
  });

  it('accepts the id of the resource being replaced', () => {
    expect(read({ id: ID }, ID)).toEqual({ id: ID, userName: 'bjensen' });
  });

  it('refuses another id on replace with 400 mutability', () => {
    expect(() => read({ id: '7f4bc6a7-0000-4000-8000-000000000000' }, ID)).toThrow(expect.objectContaining({ status: 400, scimType: 'mutability' }));
  });

  it.each([
    ['an array', []],
    ['a string', 'bjensen'],
    ['nothing', undefined],
  ])('refuses a body that is %s with 400 invalidSyntax', (_case, body) => {
    expect(() => readUserBody(body)).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidSyntax' }));
  });

  it.each<[string, JsonObject]>([
    ['active that is not a boolean', { active: 'yes' }],
    ['a name that is not an object', { name: 'Barbara Jensen' }],
  ])('refuses %s with 400 invalidValue', (_case, body) => {
    expect(() => read(body)).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidValue' }));
  });

  it('gives the mapper canonical names, whatever the client wrote', () => {
    const input = toUserInput(readUserBody({ USERNAME: 'bjensen', Emails: [{ VALUE: 'b@example.com' }], 'urn:custom:params:scim:schemas:extension:writer:2.0': { Role: 'ADMIN' } }));
    expect(input).toMatchObject({ userName: 'bjensen', emails: [{ value: 'b@example.com' }], idpRole: 'ADMIN' });
  });
});
