import { project } from '../../../src/scim/projection';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const user = (): Record<string, any> => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  id: 'u1',
  userName: 'bjensen',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  emails: [
    { value: 'b@work.example', type: 'work', primary: true },
    { value: 'b@home.example', type: 'home' },
  ],
  [ENTERPRISE]: { department: 'Sales', manager: { value: 'm1' } },
  meta: { resourceType: 'User', version: 'W/"1"' },
});

describe('attributes', () => {
  it.each([
    ['userName', { schemas: user().schemas, id: 'u1', userName: 'bjensen' }],
    ['USERNAME', { schemas: user().schemas, id: 'u1', userName: 'bjensen' }],
    ['name.givenName', { schemas: user().schemas, id: 'u1', name: { givenName: 'Barbara' } }],
    ['emails.value', { schemas: user().schemas, id: 'u1', emails: [{ value: 'b@work.example' }, { value: 'b@home.example' }] }],
    ['emails[type eq "work"]', { schemas: user().schemas, id: 'u1', emails: user().emails }],
    [`${ENTERPRISE}:department`, { schemas: user().schemas, id: 'u1', [ENTERPRISE]: { department: 'Sales' } }],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName', { schemas: user().schemas, id: 'u1', userName: 'bjensen' }],
  ])('%s keeps only that attribute, with id and schemas', (attribute, expected) => {
    expect(project(user(), { attributes: [attribute], excludedAttributes: [] }, [ENTERPRISE])).toEqual(expected);
  });
});

describe('excludedAttributes', () => {
  it('removes the named attributes and nothing else', () => {
    const out = project(user(), { attributes: [], excludedAttributes: ['emails', 'name.familyName'] }, [ENTERPRISE]);
    expect(out).toEqual({ ...user(), emails: undefined, name: { givenName: 'Barbara' } } as never);
    expect('emails' in out).toBe(false);
  });

  it('never removes id or schemas', () => {
    const out = project(user(), { attributes: [], excludedAttributes: ['id', 'schemas'] }, [ENTERPRISE]);
    expect(out).toMatchObject({ id: 'u1', schemas: user().schemas });
  });

  it('removes an attribute of an extension by its URN-qualified name', () => {
    const out = project(user(), { attributes: [], excludedAttributes: [`${ENTERPRISE}:manager`] }, [ENTERPRISE]);
    expect(out[ENTERPRISE]).toEqual({ department: 'Sales' });
  });

  it('does not change the resource it was given', () => {
    const original = user();
    project(original, { attributes: [], excludedAttributes: ['emails'] }, [ENTERPRISE]);
    expect(original).toEqual(user());
  });
});
