import { tokenHint } from '../../../src/http/startup';

describe('the start-up message names an organization that exists', () => {
  it.each([
    [['default'], '--org default'],
    [['acme', 'default'], '--org default'],
    [['acme'], '--org acme'],
    [['acme', 'globex'], 'org list, then npx scimgraph token create --org <slug>'],
    [[], 'org list, then npx scimgraph token create --org <slug>'],
  ])('with organizations %j it says %s', (slugs, expected) => {
    expect(tokenHint(slugs)).toContain(expected);
  });
});
