import fc from 'fast-check';
import { ScimError } from '../../../src/scim/errors';
import { applyPatch, groupPatchToMemberChanges, type JsonValue } from '../../../src/scim/patch';
import { ENTERPRISE_SCHEMA, GROUP_CATALOGUE, USER_CATALOGUE, WRITER_SCHEMA } from './catalogues';
import { PATCH_OP, baseUser } from './support';

const PATHS = [
  'title',
  'active',
  'userName',
  'name.givenName',
  'name',
  'emails',
  'emails.primary',
  'emails[type eq "work"].value',
  'emails[type eq "home"].primary',
  'emails[primary eq true]',
  'emails[value co "x"].display',
  'phoneNumbers[type eq "mobile"]',
  'addresses[type eq "work"].streetAddress',
  `${ENTERPRISE_SCHEMA}:manager`,
  `${ENTERPRISE_SCHEMA}:manager.value`,
  `${ENTERPRISE_SCHEMA}:employeeNumber`,
  'urn:custom:params:scim:schemas:extension:writer:2.0:role',
  ENTERPRISE_SCHEMA,
  'id',
  'password',
];

const email = fc.record(
  {
    value: fc.constantFrom('a@x.com', 'b@x.com', 'A@X.COM'),
    type: fc.constantFrom('work', 'home', 'Work'),
    primary: fc.constantFrom<JsonValue>(true, false, 'True', 'false'),
  },
  { requiredKeys: ['value'] },
);

const value: fc.Arbitrary<JsonValue> = fc.oneof(
  email,
  fc.array(email, { maxLength: 4 }),
  fc.constantFrom<JsonValue>(null, '', 'True', 'false', true, 'm-1', 7, { value: 'm-2' }, { role: 'admin' }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>,
);

const opName = fc.constantFrom('add', 'Add', 'replace', 'Replace', 'remove', 'REMOVE');

const pathless = fc.dictionary(
  fc.constantFrom('active', 'displayName', 'name.familyName', 'emails', 'meta', 'groups', `${ENTERPRISE_SCHEMA}:department`, ENTERPRISE_SCHEMA, WRITER_SCHEMA, 'vendorThing'),
  value,
  { maxKeys: 3 },
);

const operation = fc.oneof(
  fc.record({ op: opName, path: fc.constantFrom(...PATHS), value }, { requiredKeys: ['op', 'path'] }),
  fc.record({ op: opName, value: pathless }),
);

const requestBody = fc.array(operation, { minLength: 1, maxLength: 6 }).map((Operations) => ({ schemas: [PATCH_OP], Operations }));

const bool = fc.constantFrom<JsonValue>(true, false, 'True', 'False', 'true', 'false');
const emailList = fc.array(email, { maxLength: 4 });

/** Operations that are valid for the User catalogue: each path gets a value of the right shape. */
const wellFormed = fc.oneof(
  fc.record({ op: fc.constantFrom('add', 'Replace'), path: fc.constant('emails'), value: fc.oneof(email, emailList) }),
  fc.record({ op: fc.constantFrom('add', 'replace'), path: fc.constantFrom('emails[type eq "work"]', 'emails[type eq "home"]'), value: email }),
  fc.record({ op: fc.constantFrom('add', 'replace'), path: fc.constantFrom('emails[type eq "work"].value', 'emails[type eq "home"].value'), value: fc.constantFrom('a@x.com', 'b@x.com', '') }),
  fc.record({ op: fc.constantFrom('add', 'replace'), path: fc.constantFrom('emails[type eq "home"].primary', 'emails[value eq "b@x.com"].primary', 'emails.primary'), value: bool }),
  fc.record({ op: fc.constant('remove'), path: fc.constantFrom('emails', 'emails[type eq "work"]', 'emails[value eq "a@x.com"]', 'emails[type eq "home"].primary') }),
  fc.record({ op: fc.constantFrom('add', 'replace'), path: fc.constantFrom('title', 'nickName', 'name.givenName', `${ENTERPRISE_SCHEMA}:manager`), value: fc.constantFrom<JsonValue>('x', null, '') }),
  fc.record({ op: fc.constantFrom('Replace', 'replace'), path: fc.constant('active'), value: bool }),
  fc.record({ op: fc.constant('replace'), value: fc.record({ active: bool, emails: emailList, [WRITER_SCHEMA]: fc.record({ role: fc.constantFrom('admin', 'member') }) }, { requiredKeys: [] }) }),
);

/** Runs `run`; a ScimError is an allowed outcome, anything else fails the property. */
function outcome<T>(run: () => T): T | ScimError {
  try {
    return run();
  } catch (error) {
    if (error instanceof ScimError && error.status === 400) return error;
    throw error;
  }
}

describe('PATCH engine properties', () => {
  it('on arbitrary values throws nothing but a 400 ScimError and never leaves two primary emails', () => {
    fc.assert(
      fc.property(requestBody, (request) => {
        const result = outcome(() => applyPatch(baseUser(), request, USER_CATALOGUE));
        if (result instanceof ScimError) return;
        const emails = Array.isArray(result.emails) ? result.emails : [];
        const primaries = emails.filter((e) => typeof e === 'object' && e !== null && !Array.isArray(e) && e.primary === true);
        expect(primaries.length).toBeLessThanOrEqual(1);
        expect(result.password).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('applies any sequence of well-formed operations and never leaves two primary emails', () => {
    fc.assert(
      fc.property(fc.array(wellFormed, { minLength: 1, maxLength: 8 }), (Operations) => {
        const result = applyPatch(baseUser(), { schemas: [PATCH_OP], Operations }, USER_CATALOGUE);
        const emails = Array.isArray(result.emails) ? result.emails : [];
        expect(emails.filter((e) => typeof e === 'object' && e !== null && !Array.isArray(e) && e.primary === true).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('a path-less replace applied twice gives what applying it once gives', () => {
    fc.assert(
      fc.property(pathless, (values) => {
        const request = { schemas: [PATCH_OP], Operations: [{ op: 'replace', value: values }] };
        const once = outcome(() => applyPatch(baseUser(), request, USER_CATALOGUE));
        if (once instanceof ScimError) return;
        expect(applyPatch(once, request, USER_CATALOGUE)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('member deltas throw nothing but a 400 ScimError and keep add and remove disjoint', () => {
    const member = fc.oneof(fc.constantFrom('u1', 'u2', 'u3'), fc.record({ value: fc.constantFrom('u1', 'u2', 'u3') }));
    const memberOperation = fc.oneof(
      fc.record({ op: opName, path: fc.constant('members'), value: fc.array(member, { maxLength: 3 }) }, { requiredKeys: ['op', 'path'] }),
      fc.record({ op: opName, path: fc.constantFrom('members[value eq "u1"]', 'members[value eq "u2"]', 'displayName') }),
      fc.record({ op: opName, value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue> }),
    );
    fc.assert(
      fc.property(fc.array(memberOperation, { minLength: 1, maxLength: 6 }), (Operations) => {
        const result = outcome(() => groupPatchToMemberChanges({ schemas: [PATCH_OP], Operations }, GROUP_CATALOGUE));
        if (result instanceof ScimError) return;
        expect(result.add.filter((id) => result.remove.includes(id))).toEqual([]);
        if (result.replaceAll) expect([result.add, result.remove]).toEqual([[], []]);
      }),
      { numRuns: 300 },
    );
  });
});
