import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isObjectType, parse, validate, type FragmentDefinitionNode } from 'graphql';
import { testSchema } from '../support/graphql';

/**
 * The SCIM façade's GraphQL documents (src/scim/operations/*.graphql) and the types generated from
 * them and from schema/schema.graphql (<name>.generated.ts, committed; `npm run codegen` rewrites them).
 */
const ROOT = resolve(__dirname, '..', '..');
const OPERATIONS = join(ROOT, 'src', 'scim', 'operations');
const documentFiles = readdirSync(OPERATIONS).filter((name) => name.endsWith('.graphql')).sort();
const source = (name: string): string => readFileSync(join(OPERATIONS, name), 'utf8');

describe('the SCIM façade documents', () => {
  it('have their generated types committed and current', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts', 'codegen.js'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it.each(documentFiles)('%s holds operations that validate against the schema the resolvers build', async (name) => {
    expect(parse(source(name)).definitions.some((d) => d.kind === 'OperationDefinition')).toBe(true);
    expect(validate(await testSchema(), parse(source(name)))).toEqual([]);
  });
});

describe('the ScimUser fragment', () => {
  /** User fields that are not SCIM attributes of the /Users resource (roles and content are GraphQL's). */
  const NOT_SCIM = ['manualRole', 'provisionedByIdp', 'deactivatedAt', 'role', 'roleSource', 'documents'];

  it('selects every field of User but those that are not SCIM attributes, so a new attribute reaches SCIM', async () => {
    const fragment = parse(source('users.graphql')).definitions.find(
      (d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition' && d.name.value === 'ScimUser',
    );
    const selected = fragment!.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
    const user = (await testSchema()).getType('User');
    const fields = isObjectType(user) ? Object.keys(user.getFields()) : [];
    expect(selected.sort()).toEqual(fields.filter((name) => !NOT_SCIM.includes(name)).sort());
  });
});
