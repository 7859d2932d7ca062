import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, validate } from 'graphql';
import { testSchema } from '../support/graphql';

/**
 * The SCIM façade's GraphQL documents (src/scim/operations/*.graphql) and the types generated from
 * them and from schema/schema.graphql. The generated file is committed; `npm run codegen` rewrites it.
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
    // Fragments may be shared across files, so the documents validate together.
    expect(validate(await testSchema(), parse(documentFiles.map(source).join('\n')))).toEqual([]);
  });
});
