import { project } from '../../../src/scim/projection';

const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const ROLE = 'urn:custom:params:scim:schemas:extension:writer:2.0:User';
const EXTENSIONS = [ENTERPRISE, ROLE];

const user = (): Record<string, any> => ({
  schemas: [CORE, ENTERPRISE, ROLE],
  id: 'u1',
  userName: 'bjensen',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  emails: [
    { value: 'b@work.example', type: 'work', primary: true },
    { value: 'b@home.example', type: 'home' },
  ],
  [ENTERPRISE]: { department: 'Sales', manager: { value: 'm1' } },
  [ROLE]: { role: 'admin' },
  meta: { resourceType: 'User', version: 'W/"1"' },
});

/** `id` and `schemas` as a projection returns them: `schemas` lists the extensions still present. */
const always = (...extensions: string[]) => ({ schemas: [CORE, ...extensions], id: 'u1' });

const attributes = (...names: string[]) => project(user(), { attributes: names, excludedAttributes: [] }, EXTENSIONS);
const excluding = (...names: string[]) => project(user(), { attributes: [], excludedAttributes: names }, EXTENSIONS);

describe('attributes', () => {
  it.each([
    ['userName', { ...always(), userName: 'bjensen' }],
    ['USERNAME', { ...always(), userName: 'bjensen' }],
    ['name.givenName', { ...always(), name: { givenName: 'Barbara' } }],
    ['emails.value', { ...always(), emails: [{ value: 'b@work.example' }, { value: 'b@home.example' }] }],
    ['emails[type eq "work"]', { ...always(), emails: user().emails }],
    [`${ENTERPRISE}:department`, { ...always(ENTERPRISE), [ENTERPRISE]: { department: 'Sales' } }],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName', { ...always(), userName: 'bjensen' }],
  ])('%s keeps only that attribute, with id and schemas', (attribute, expected) => {
    expect(attributes(attribute)).toEqual(expected);
  });
});

describe('attributes naming several parts of one parent (RFC 7644 §3.4.2.5)', () => {
  it.each([
    [['name.givenName', 'name.familyName'], { ...always(), name: { givenName: 'Barbara', familyName: 'Jensen' } }],
    [['NAME.familyName', 'name.GIVENNAME'], { ...always(), name: { givenName: 'Barbara', familyName: 'Jensen' } }],
    [['name', 'name.givenName'], { ...always(), name: user().name }],
    [['name.givenName', 'name'], { ...always(), name: user().name }],
    [['emails.value', 'emails.type'], { ...always(), emails: user().emails.map(({ value, type }: Record<string, unknown>) => ({ value, type })) }],
    [['emails.type', 'emails'], { ...always(), emails: user().emails }],
    [['meta.resourceType', 'meta.version'], { ...always(), meta: user().meta }],
    [[`${ENTERPRISE}:department`, `${ENTERPRISE}:manager.value`], { ...always(ENTERPRISE), [ENTERPRISE]: user()[ENTERPRISE] }],
    [[`${ENTERPRISE}:department`, ENTERPRISE], { ...always(ENTERPRISE), [ENTERPRISE]: user()[ENTERPRISE] }],
    [[ENTERPRISE, `${ENTERPRISE}:department`], { ...always(ENTERPRISE), [ENTERPRISE]: user()[ENTERPRISE] }],
  ])('%j keeps every part asked for', (names, expected) => {
    expect(attributes(...names)).toEqual(expected);
  });

  it('keeps the parts of each element of a multi-valued attribute together', () => {
    expect(attributes('emails.type', 'emails.primary').emails).toEqual([{ type: 'work', primary: true }, { type: 'home' }]);
  });
});

describe('extensions a projection leaves empty (RFC 7643 §3: schemas lists what the resource holds)', () => {
  it.each([
    ['excluding its only attribute', () => excluding(`${ROLE}:role`), always(ENTERPRISE)],
    ['excluding its only attribute, spelt in another case', () => excluding(`${ROLE.toUpperCase()}:ROLE`), always(ENTERPRISE)],
    ['excluding it whole', () => excluding(ENTERPRISE), always(ROLE)],
    ['excluding each of its attributes', () => excluding(`${ENTERPRISE}:department`, `${ENTERPRISE}:manager`), always(ROLE)],
    ['asking only for an attribute it lacks', () => attributes(`${ENTERPRISE}:costCenter`), always()],
    ['asking for nothing of it', () => attributes('userName', `${ROLE}:role`), always(ROLE)],
  ])('drops the object and its URN in schemas when %s', (_label, run, expected) => {
    const out = run();
    expect(out).toMatchObject(expected);
    expect(out.schemas).toEqual(expected.schemas);
    for (const urn of EXTENSIONS) expect(urn in out).toBe(expected.schemas.includes(urn));
  });
});

describe('excludedAttributes', () => {
  it('removes the named attributes and nothing else', () => {
    const out = excluding('emails', 'name.familyName');
    expect(out).toEqual({ ...user(), emails: undefined, name: { givenName: 'Barbara' } } as never);
    expect('emails' in out).toBe(false);
  });

  it('never removes id or schemas', () => {
    expect(excluding('id', 'schemas')).toMatchObject({ id: 'u1', schemas: user().schemas });
  });

  it('removes an attribute of an extension by its URN-qualified name', () => {
    expect(excluding(`${ENTERPRISE}:manager`)[ENTERPRISE]).toEqual({ department: 'Sales' });
  });

  it('does not change the resource it was given', () => {
    const original = user();
    project(original, { attributes: [], excludedAttributes: ['emails', `${ROLE}:role`] }, EXTENSIONS);
    project(original, { attributes: ['userName'], excludedAttributes: [] }, EXTENSIONS);
    expect(original).toEqual(user());
  });
});
