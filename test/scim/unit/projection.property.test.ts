import fc from 'fast-check';
import { project } from '../../../src/scim/projection';

type Json = Record<string, any>;

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const RESOURCE: Json = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  id: 'u1',
  userName: 'bjensen',
  name: { givenName: 'Barbara', familyName: 'Jensen', middleName: 'Jane' },
  emails: [
    { value: 'b@work.example', type: 'work', primary: true },
    { value: 'b@home.example', type: 'home' },
  ],
  [ENTERPRISE]: { department: 'Sales', manager: { value: 'm1', displayName: 'Mia' } },
  meta: { resourceType: 'User', created: '2024-01-01T00:00:00Z', version: 'W/"1"' },
};

/** Attribute paths a client may ask for: whole parents and their sub-attributes, in the core schema and in an extension. */
const PATHS: [string, string | null][] = [
  ['userName', null],
  ['name', null],
  ...['givenName', 'familyName', 'middleName'].map((sub): [string, string] => ['name', sub]),
  ['emails', null],
  ...['value', 'type', 'primary'].map((sub): [string, string] => ['emails', sub]),
  ['meta', null],
  ...['created', 'version'].map((sub): [string, string] => ['meta', sub]),
];

const spell = ([attr, sub]: [string, string | null], upper: boolean): string => {
  const text = sub ? `${attr}.${sub}` : attr;
  return upper ? text.toUpperCase() : text;
};

/** Some of the paths in any order, each with whether it is spelt in upper case. */
const requests = fc.shuffledSubarray(PATHS, { minLength: 1 }).chain((paths) =>
  fc.tuple(fc.constant(paths), fc.array(fc.boolean(), { minLength: paths.length, maxLength: paths.length })),
);

const projected = (attributes: string[]): Json => project(structuredClone(RESOURCE), { attributes, excludedAttributes: [] }, [ENTERPRISE]);

/** RFC 7644 §3.4.2.5: what `paths` select of one top-level attribute: the whole of it, or just the sub-attributes named. */
function expectedOf(attr: string, paths: [string, string | null][]): unknown {
  const asked = paths.filter(([a]) => a === attr);
  if (asked.some(([, sub]) => sub === null)) return RESOURCE[attr];
  const subs = new Set(asked.map(([, sub]) => sub));
  const pick = (element: Json) => Object.fromEntries(Object.entries(element).filter(([key]) => subs.has(key)));
  return Array.isArray(RESOURCE[attr]) ? RESOURCE[attr].map(pick) : pick(RESOURCE[attr]);
}

it('keeps exactly what the attributes name, however many parts of one parent they name and in whatever case', () => {
  fc.assert(
    fc.property(requests, ([paths, upper]) => {
      const out = projected(paths.map((path, i) => spell(path, upper[i])));
      const expected: Json = { schemas: [RESOURCE.schemas[0]], id: 'u1' };
      for (const attr of new Set(paths.map(([a]) => a))) expected[attr] = expectedOf(attr, paths);
      expect(out).toEqual(expected);
    }),
  );
});

it('answers the same whatever order the attributes come in', () => {
  fc.assert(
    fc.property(
      requests.chain(([paths]) => {
        const texts = paths.map((path) => spell(path, false));
        return fc.tuple(fc.constant(texts), fc.shuffledSubarray(texts, { minLength: texts.length }));
      }),
      ([texts, shuffled]) => expect(projected(shuffled)).toEqual(projected(texts)),
    ),
  );
});
