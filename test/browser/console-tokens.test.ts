import type { Page } from 'playwright-core';
import { assertPrerequisites, hasText, launchBrowser, scimRequest, signIn, startApp, type Browser, type RunningApp } from './harness';

/** "Set up SCIM": the token list and what revoking a token asks first. One server and browser. */
let app: RunningApp;
let browser: Browser;
let page: Page;
let adminToken: string;

beforeAll(async () => {
  assertPrerequisites();
  app = await startApp();
  adminToken = String(app.cli('token', 'create', '--org', 'default', '--scope', 'admin', '--name', 'console-admin').token);
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(10_000);
  await signIn(page, app.url, adminToken);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 30_000);

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

  it('broke no CSP rule and left no page error', () => {
    expect(browser.offHost).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
