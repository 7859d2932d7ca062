import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * `npm install` applies patches/type-graphql+…patch (patch-package, `postinstall`); without it the
 * argument conversion of every resolver call searches type-graphql's metadata again, and every
 * call sorts its resolver's parameters again, and nothing else would notice. See patches/README.md.
 */
describe('the type-graphql patch', () => {
  it('is applied to the installed type-graphql', () => {
    const installed = dirname(require.resolve('type-graphql')); // build/cjs
    const { version } = JSON.parse(readFileSync(join(installed, '../../package.json'), 'utf8')) as { version: string };
    expect(readFileSync(join(__dirname, '../../../patches', `type-graphql+${version}.patch`), 'utf8')).toContain('argsFieldsOfClass');
    const convertArgs = readFileSync(join(installed, 'resolvers/convert-args.js'), 'utf8');
    expect(convertArgs).toContain('fieldsOfTree');
    expect(convertArgs).toContain('argsFieldsOfClass');
    expect(readFileSync(join(installed, 'resolvers/helpers.js'), 'utf8')).toContain('sortedParams');
  });
});
