import fc from 'fast-check';
import { coerceInputValue, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { ScimError } from '../../../src/scim/errors';
import { COMPARE_OPS, formatFilter, type AttrPath, type CompValue, type Filter } from '../../../src/scim/filter';
import { readAttrPath } from '../../../src/scim/filter/attr-path';
import type { ScimUserFragment, UserInput } from '../../../src/scim/operations/users.generated';
import { readUserBody } from '../../../src/scim/mapping/user-body';
import { listQueryOf } from '../../../src/scim/mapping/list-query';
import { userListVariables } from '../../../src/scim/mapping/user-list';
import { USER_CATALOGUE } from '../../../src/scim/schemas';
import { toScimUser, toUserInput } from '../../../src/scim/mapping/user.mapper';
import { testSchema } from '../../support/graphql';
import { storedUser } from './stored-user';

/** A SCIM filter as the `filter` variable of `users`, as GET /Users builds it. */
const userFilterInput = (filter: string | null) => userListVariables(listQueryOf(USER_CATALOGUE, { filter, sortBy: null, descending: false })).filter;

const RUNS = { numRuns: 1000 };
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const ROLE = 'urn:custom:params:scim:schemas:extension:writer:2.0:User';
const ID = '2819c223-7f76-453a-919d-413861904646';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await testSchema();
});

/** Runs `action`; 'ok', or the scimType of the 400 ScimError it threw; anything else fails the property. */
function outcome<T>(action: () => T): { value?: T; scimType?: string } {
  try {
    return { value: action() };
  } catch (error) {
    if (error instanceof ScimError && error.status === 400 && error.scimType) return { scimType: error.scimType };
    throw error;
  }
}

/** Throws unless `value` is a valid value of the schema's input type `name`. */
const coerce = (name: string, value: unknown): unknown => coerceInputValue(value, schema.getType(name) as GraphQLInputType);

const LEAVES = [
  'userName', 'UserName', 'externalId', 'displayName', 'nickName', 'title', 'userType', 'locale', 'active', 'id',
  'name.givenName', 'name.familyName', 'emails', 'emails.value', 'emails.type', 'emails.primary', 'phoneNumbers',
  'phoneNumbers.value', 'meta.created', 'meta.lastModified', 'department', `${ENTERPRISE}:manager.value`, 'manager',
  'role', `${ROLE}:role`, 'timezone', 'addresses.locality', 'groups', 'password', 'nope', 'name',
].map((text) => readAttrPath(text) as AttrPath);
const PARENTS = ['emails', 'phoneNumbers', 'addresses', 'manager', 'name'].map((text) => readAttrPath(text) as AttrPath);
const SUBS = ['value', 'type', 'primary', 'display', 'locality', 'givenName'].map((attr): AttrPath => ({ attr }));

const compValue: fc.Arbitrary<CompValue> = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom('2011-05-13T04:42:34Z', '2026-01-01T00:00:00.123+02:00', 'True', 'false', ID),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

function filters(paths: AttrPath[], valuePaths: boolean): fc.Arbitrary<Filter> {
  const { filter } = fc.letrec<{ filter: Filter }>((tie) => {
    const leaves: fc.Arbitrary<Filter>[] = [
      fc.record({ kind: fc.constant('compare' as const), path: fc.constantFrom(...paths), op: fc.constantFrom(...COMPARE_OPS), value: compValue }),
      fc.record({ kind: fc.constant('present' as const), path: fc.constantFrom(...paths) }),
    ];
    if (valuePaths) leaves.push(fc.record({ kind: fc.constant('valuePath' as const), path: fc.constantFrom(...PARENTS), filter: filters(SUBS, false) }));
    return {
      filter: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        ...leaves,
        fc.record({ kind: fc.constantFrom('and' as const, 'or' as const), left: tie('filter'), right: tie('filter') }),
        fc.record({ kind: fc.constant('not' as const), filter: tie('filter') }),
      ),
    };
  });
  return filter;
}

describe('filter translation properties', () => {
  it('turns any filter into a valid UserFilterInput or a 400 invalidFilter', () => {
    fc.assert(
      fc.property(filters(LEAVES, true), (filter) => {
        const result = outcome(() => userFilterInput(formatFilter(filter)));
        if (result.scimType !== undefined) expect(result.scimType).toBe('invalidFilter');
        else coerce('UserFilterInput', result.value);
      }),
      RUNS,
    );
  });
});

const KEYS = [
  'userName', 'USERNAME', 'externalId', 'name', 'name.givenName', 'displayName', 'title', 'active', 'emails', 'phoneNumbers',
  'addresses', 'roles', 'groups', 'meta', 'id', 'password', 'schemas', ENTERPRISE, `${ENTERPRISE}:manager`, ROLE,
  'urn:custom:params:scim:schemas:extension:writer:2.0', 'shoeSize',
];
const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('admin', 'Member', 'True', 'false', ''), fc.integer(), fc.boolean(), fc.constant(null));
const element = fc.dictionary(fc.constantFrom('value', 'Value', 'type', 'primary', 'display', 'locality', 'role', 'manager', 'givenName', 'department'), scalar, { maxKeys: 4 });
const attributeValue = fc.oneof(scalar, element, fc.array(fc.oneof(element, scalar), { maxLength: 3 }));
const body = fc.dictionary(fc.constantFrom(...KEYS), attributeValue, { maxKeys: 8 }).map((b) => ({ userName: 'bjensen', ...b }));

/** What the schema would return for an input (the façade's round trip, without a database). */
const stored = (input: UserInput): ScimUserFragment => storedUser(input, { id: ID, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 });

describe('request body properties', () => {
  it('reads any JSON body into a valid UserInput or a 400', () => {
    fc.assert(
      fc.property(body, (raw) => {
        const result = outcome(() => toUserInput(readUserBody(raw)));
        if (result.value !== undefined) coerce('UserInput', result.value);
      }),
      RUNS,
    );
  });

  it('reads what it renders back to the same input: a GET echoed by a PUT changes nothing', () => {
    fc.assert(
      fc.property(body, (raw) => {
        const input = outcome(() => toUserInput(readUserBody(raw))).value;
        if (input === undefined) return;
        const echoed = toUserInput(readUserBody(toScimUser(stored(input), 'https://scim.example.com/scim/v2'), ID));
        expect(echoed).toEqual({ ...input, active: input.active ?? true });
      }),
      RUNS,
    );
  });
});
