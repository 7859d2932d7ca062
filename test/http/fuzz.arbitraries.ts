import fc from 'fast-check';

/**
 * Generators for the HTTP fuzz suite (fuzz.test.ts): SCIM filters, PATCH bodies, JSON texts,
 * headers and GraphQL variables, each mixing well-formed input, near misses and garbage (NUL,
 * lone surrogates, huge numbers, deep nesting, forged cursors).
 */

const NASTY = ['\u0000', '\ud800', 'a\udc00', '😀', '"', '\\', "'", '%', '%00', '\u202e', '\ufffd', ' ', '', 'null', 'true', '[', '}', '\n'];

/** Strings: ordinary, any code unit (lone surrogates included), and known troublemakers. */
export const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(600), 'y'.repeat(20_000)) },
);

/** Numbers past every limit the service has. */
export const number = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 2 ** 31 - 1, 2 ** 31, 3_000_000_000, 99_999_999_999, Number.MAX_SAFE_INTEGER, 1e21, -1e21, 0.5, -0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value, biased toward the service's own attribute names. */
const key = fc.oneof(text, fc.constantFrom('userName', 'value', 'members', 'emails', 'name', 'givenName', 'active', 'op', 'path', 'Operations', 'schemas', '__proto__', 'constructor'));
export const json = fc.anything({ key, values: [text, number, fc.boolean(), fc.constant(null)], maxDepth: 4, maxKeys: 5 });

/** `levels` arrays and objects around a value (deep nesting). */
export function nest(levels: number, leaf: unknown = 'x'): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i += 1) value = i % 2 ? { value } : [value];
  return value;
}
/** JSON text nesting arrays and objects 20 to 6,000 deep, written as text (JSON.stringify would recurse that deep). */
export const deepJsonText = fc.integer({ min: 20, max: 6000 }).map((levels) => `${'[{"a":'.repeat(levels / 2)}1${'}]'.repeat(levels / 2)}`);

const ATTRIBUTES = [
  'userName', 'USERNAME', 'id', 'externalId', 'active', 'title', 'emails', 'emails.value', 'emails.type', 'emails.primary', 'name.givenName',
  'meta.created', 'meta.lastModified', 'displayName', 'members', 'members.value', 'manager.value', 'phoneNumbers.value', 'password', 'x', '',
  'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department', 'urn:custom:params:scim:schemas:extension:writer:2.0:User:role',
];
const OPS = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le', 'pr', 'EQ', 'Pr', 'xx'];
const literal = fc.oneof(
  text.map((s) => JSON.stringify(s)),
  number.map(String),
  fc.constantFrom('true', 'false', 'null', '"2020-01-01T00:00:00Z"', '"-200000-01-01T00:00:00Z"', '"275760-09-13T00:00:00Z"', '"00000000-0000-4000-8000-000000000000"', '1e400', 'True', '"'),
);
const comparison = fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.constantFrom(...OPS), literal).map(([a, op, v]) => (op.toLowerCase() === 'pr' ? `${a} ${op}` : `${a} ${op} ${v}`));

/** SCIM filters (RFC 7644 §3.4.2.2): grammatical ones nested up to 40 deep, and raw text. */
export const filter: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.letrec<{ expr: string }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      comparison,
      fc.tuple(tie('expr'), fc.constantFrom('and', 'or', 'AND'), tie('expr')).map(([a, op, b]) => `${a} ${op} ${b}`),
      tie('expr').map((a) => `not (${a})`),
      tie('expr').map((a) => `(${a})`),
      fc.tuple(fc.constantFrom('emails', 'members', 'addresses', 'x'), tie('expr')).map(([a, e]) => `${a}[${e}]`),
    ),
  })).expr },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => `${'not ('.repeat(n)}userName eq "x"${')'.repeat(n)}`) },
  { weight: 2, arbitrary: text },
);

const PATHS = ['members', 'members[value eq "x"]', 'members[value eq "00000000-0000-4000-8000-000000000000"]', 'emails[type eq "work"].value', 'name.givenName', 'active', 'title', 'displayName', 'externalId', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', 'meta.version', 'id', 'members.value', '[', ''];

/** PatchOp bodies (RFC 7644 §3.5.2): plausible operations with any values, and bodies that are not PatchOps. */
export const patchBody = fc.oneof(
  { weight: 5, arbitrary: fc.array(
    fc.record({
      op: fc.oneof(fc.constantFrom('add', 'replace', 'remove', 'Add', 'Replace', 'Remove'), text),
      path: fc.option(fc.oneof(fc.constantFrom(...PATHS), filter), { nil: undefined }),
      value: fc.option(fc.oneof(json, fc.array(fc.record({ value: fc.oneof(text, fc.uuid()) }), { maxLength: 4 }), fc.record({ active: fc.oneof(fc.boolean(), text) })), { nil: undefined }),
    }, { requiredKeys: ['op'] }),
    { maxLength: 4 },
  ).map((Operations) => ({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations })) },
  { weight: 1, arbitrary: json },
  { weight: 1, arbitrary: deepJsonText.map((value) => `{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","value":${value}}]}`) },
);

/** Request bodies as text: valid JSON of any shape, user-like objects, truncated and deep JSON. */
export const bodyText = fc.oneof(
  json.map((v) => JSON.stringify(v) ?? 'null'),
  fc.record({ schemas: fc.constant(['urn:ietf:params:scim:schemas:core:2.0:User']), userName: text, emails: fc.array(fc.record({ value: text, primary: fc.oneof(fc.boolean(), text) }), { maxLength: 3 }), name: fc.record({ givenName: text }), active: fc.oneof(fc.boolean(), text) }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.tuple(json, fc.nat()).map(([v, cut]) => { const s = JSON.stringify(v) ?? 'null'; return s.slice(0, cut % (s.length + 1)); }),
  deepJsonText.map((v) => `{"userName":"deep@example.com","x":${v}}`),
  text,
);

/** A header value Node's client will send (latin-1, no CR/LF). */
const headerValue = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.constantFrom('W/"1"', 'W/"2147483648"', 'W/"99999999999"', '*', '"1"', 'W/"-1"', 'W/""', 'gzip', 'br', 'x-unknown', 'identity', 'application/scim+json; charset=latin1', 'application/json; charset=utf-16', 'text/plain', ''),
);
export const headers = fc.record(
  { 'If-Match': headerValue, 'If-None-Match': headerValue, 'Content-Type': headerValue, 'Content-Encoding': headerValue, Accept: headerValue, 'X-Request-Id': headerValue },
  { requiredKeys: [] },
);

/** Query parameters of a list request (RFC 7644 §3.4.2), in any spelling. */
export const listParams = fc.record(
  {
    startIndex: fc.oneof(number.map(String), text), count: fc.oneof(number.map(String), text), cursor: fc.oneof(text, fc.base64String({ maxLength: 60 })),
    sortBy: fc.oneof(fc.constantFrom(...ATTRIBUTES), text), sortOrder: fc.oneof(fc.constantFrom('ascending', 'descending'), text),
    attributes: fc.oneof(fc.constantFrom(...ATTRIBUTES), text), excludedAttributes: fc.oneof(fc.constantFrom(...ATTRIBUTES), text),
  },
  { requiredKeys: [] },
);

const stringFilter = fc.record({ eq: text, ne: text, co: text, sw: text, ew: text, gt: text, lt: text, present: fc.boolean(), caseExact: fc.boolean() }, { requiredKeys: [] });

/** GraphQL UserFilterInput values, nested up to 40 deep, with strays of any type. */
export const userFilter: fc.Arbitrary<unknown> = fc.letrec<{ f: unknown }>((tie) => ({
  f: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ userName: stringFilter, title: stringFilter, id: fc.record({ eq: fc.oneof(text, fc.uuid()), in: fc.array(fc.oneof(text, fc.uuid()), { maxLength: 3 }) }, { requiredKeys: [] }), active: fc.record({ eq: fc.oneof(fc.boolean(), text) }), createdAt: fc.record({ gt: fc.oneof(text, fc.constantFrom('2020-01-01T00:00:00Z', '-200000-01-01T00:00:00Z')) }) }, { requiredKeys: [] }),
    fc.record({ and: fc.array(tie('f'), { maxLength: 3 }), or: fc.array(tie('f'), { maxLength: 3 }), not: tie('f') }, { requiredKeys: [] }),
    json,
  ),
})).f;

/** Variables of a `users` query: filter, page sizes, cursors and order of any value. */
export const usersVariables = fc.record(
  {
    f: fc.oneof({ weight: 4, arbitrary: userFilter }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }).map((n) => nest(n, { userName: { eq: 'x' } })) }),
    first: fc.oneof(number, text), after: fc.oneof(text, fc.base64String({ maxLength: 80 })), offset: fc.oneof(number, text),
    o: fc.oneof(fc.record({ field: fc.constantFrom('USER_NAME', 'CREATED_AT', 'X'), direction: fc.constantFrom('ASC', 'DESC', 'UP') }), json),
  },
  { requiredKeys: [] },
);

/** Variables of `createUser`: a UserInput-like object. */
export const userInput = fc.record({
  input: fc.oneof(
    fc.record({ userName: text, title: text, name: fc.record({ givenName: text }), emails: fc.array(fc.record({ value: text, primary: fc.boolean() }), { maxLength: 3 }), addresses: fc.array(fc.record({ formatted: text }), { maxLength: 2 }) }, { requiredKeys: ['userName'] }),
    json,
  ),
});
