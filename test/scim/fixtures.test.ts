import { createTestApp, type TestApp } from '../support/app';
import type { Variables } from './fixtures/match';
import { fixturesOf, replayAll, setupOf } from './fixtures/replay';

/**
 * Replays the recorded Okta and Entra exchanges (test/scim/fixtures/<idp>/NN-*.json) through the
 * real app, each IdP on its own app.
 *
 * Each alone: a fixture gets a fresh organization and scim token, then the exchanges its `given`
 * names (recursively, each once, in file order, each checked against its recorded response so a
 * broken setup names its file), then its own exchange. So `-t 05-get-user` runs one fixture, and a
 * failure stays with the fixture that failed.
 *
 * In sequence: the whole folder in file order on one organization, as the IdP sent it, so what an
 * exchange leaves behind for the unrelated ones after it (a user in a later search) stays covered.
 */
const IDPS = ['okta', 'entra'];

async function organization(t: TestApp, idp: string): Promise<Variables> {
  const org = await t.createOrganization(idp);
  return { token: (await t.createToken(org.id, 'scim', idp)).secret, baseUrl: `${t.config.publicUrl}/scim/v2` };
}

describe.each(IDPS)('%s exchanges, each alone', (idp) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it.each(fixturesOf(idp))('%s', async (file, fixture) => {
    const variables = await organization(t, idp);
    await replayAll(t.app, setupOf(idp, file), variables, 'given ');
    await replayAll(t.app, [[file, fixture]], variables);
  });
});

describe.each(IDPS)('%s exchanges in sequence', (idp) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('the whole folder in file order on one organization', async () => {
    await replayAll(t.app, fixturesOf(idp), await organization(t, idp));
  });
});
