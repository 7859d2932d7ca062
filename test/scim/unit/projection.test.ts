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

describe('attributes naming several parts of one parent (RFC 7644 §3.4.2.5)', () => {
  const ids = { schemas: user().schemas, id: 'u1' };
  it.each([
    [['name.givenName', 'name.familyName'], { ...ids, name: { givenName: 'Barbara', familyName: 'Jensen' } }],
    [['NAME.familyName', 'name.GIVENNAME'], { ...ids, name: { givenName: 'Barbara', familyName: 'Jensen' } }],
    [['name', 'name.givenName'], { ...ids, name: user().name }],
    [['name.givenName', 'name'], { ...ids, name: user().name }],
    [['emails.value', 'emails.type'], { ...ids, emails: user().emails.map(({ value, type }: Record<string, unknown>) => ({ value, type })) }],
    [['emails.type', 'emails'], { ...ids, emails: user().emails }],
    [['meta.created', 'meta.version', 'meta.resourceType'], { ...ids, meta: user().meta }],
    [[`${ENTERPRISE}:department`, `${ENTERPRISE}:manager.value`], { ...ids, [ENTERPRISE]: user()[ENTERPRISE] }],
    [[`${ENTERPRISE}:department`, ENTERPRISE], { ...ids, [ENTERPRISE]: user()[ENTERPRISE] }],
    [[ENTERPRISE, `${ENTERPRISE}:department`], { ...ids, [ENTERPRISE]: user()[ENTERPRISE] }],
  ])('%j keeps every part asked for', (attributes, expected) => {
    expect(project(user(), { attributes, excludedAttributes: [] }, [ENTERPRISE])).toEqual(expected);
  });

  it('keeps the parts of each element of a multi-valued attribute together', () => {
    const out = project(user(), { attributes: ['emails.type', 'emails.primary'], excludedAttributes: [] }, [ENTERPRISE]);
    expect(out.emails).toEqual([{ type: 'work', primary: true }, { type: 'home' }]);
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
