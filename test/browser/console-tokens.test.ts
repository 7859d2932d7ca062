import type { Page, Route } from 'playwright-core';
import { assertPrerequisites, hasText, launchPage, scimRequest, shutDown, signIn, startApp, type Browser, type RunningApp } from './harness';

/** "Set up SCIM": the token list and what revoking a token asks first. One server and browser. */
let app: RunningApp;
let browser: Browser;
let page: Page;
let adminToken: string;

beforeAll(async () => {
  assertPrerequisites();
  app = await startApp();
  adminToken = String(app.cli('token', 'create', '--org', 'default', '--scope', 'admin', '--name', 'console-admin').token);
  ({ browser, page } = await launchPage());
  await signIn(page, app.url, adminToken);
}, 90_000);

afterAll(() => shutDown(browser, app), 30_000);

describe('SCIM tokens in the console', () => {
  let scimToken: string;

  it('asks before revoking a SCIM token, saying provisioning stops, and keeps it when declined', async () => {
    await page.getByRole('button', { name: 'Create SCIM token' }).click();
    scimToken = (await page.getByTestId('new-token').textContent())!.trim();
    await page.getByRole('button', { name: 'I have copied it' }).click();
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Revoke okta' }).click();
    expect(asked).toEqual([expect.stringMatching(/okta.*provisioning stops.*new token/s)]);
    await page.waitForTimeout(300);
    expect((await scimRequest(app, scimToken, '/Users')).status).toBe(200);
    await hasText(page.locator('tbody'), 'active');
  });

  it('revokes it once confirmed', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Revoke okta' }).click();
    await page.getByRole('button', { name: 'Revoke okta' }).waitFor({ state: 'detached' });
    expect((await scimRequest(app, scimToken, '/Users')).status).toBe(401);
  });

  it('says the list could not be loaded, and why, instead of "No SCIM token yet."', async () => {
    const refuse = (route: Route) => ((route.request().postData() ?? '').includes('ConsoleTokens') ? route.abort('connectionrefused') : route.continue());
    await page.route('**/graphql', refuse);
    try {
      await page.getByRole('link', { name: 'Roles' }).click();
      await page.getByRole('link', { name: 'Set up SCIM' }).click();
      const table = page.getByRole('table', { name: 'SCIM tokens of this organization' });
      await hasText(table, 'The SCIM tokens could not be loaded');
      expect(await table.innerText()).not.toContain('No SCIM token yet');
    } finally {
      await page.unroute('**/graphql', refuse);
    }
  });

  it('tells a read-only session that listing tokens needs an admin token', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    const read = String(app.cli('token', 'create', '--org', 'default', '--scope', 'read', '--name', 'auditor').token);
    await signIn(page, app.url, read);
    await hasText(page.locator('main'), 'Listing SCIM tokens needs an admin token');
    expect(await page.locator('main').innerText()).not.toMatch(/No SCIM token yet|Not allowed/);
  });

  it('signs in with a token pasted with its "Bearer " scheme', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API token').fill(`bearer  ${adminToken}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up SCIM' }).waitFor();
    expect(await page.getByText('Read-only').count()).toBe(0);
  });

  it('broke no CSP rule and left no page error', () => {
    expect(browser.offHost).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
