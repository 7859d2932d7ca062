import { createTestApp, type TestApp } from '../support/app';
import type { Variables } from './fixtures/match';
import { fixturesOf, replay } from './fixtures/replay';

/**
 * Replays the recorded Okta and Entra exchanges (test/scim/fixtures/<idp>/NN-*.json) in file order,
 * each IdP on a fresh app, organization and scim token, as the IdP would send them.
 */
describe.each(['okta', 'entra'])('%s exchanges', (idp) => {
  let t: TestApp;
  const variables: Variables = {};

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganization(idp);
    variables.token = (await t.createToken(org.id, 'scim', idp)).secret;
    variables.baseUrl = `${t.config.publicUrl}/scim/v2`;
  });
  afterAll(async () => t.close());

  it.each(fixturesOf(idp))('%s', async (_file, fixture) => {
    await replay(t.app, fixture, variables);
  });
});
