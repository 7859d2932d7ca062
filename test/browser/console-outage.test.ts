import type { Page, Route } from 'playwright-core';
import { assertPrerequisites, hasText, launchBrowser, signIn, startApp, type Browser, type RunningApp } from './harness';

/**
 * The pages when the server cannot be reached (requests refused by the browser's router, as for a
 * server that is down) and when a session ends. One server and browser.
 */
let app: RunningApp;
let browser: Browser;
let page: Page;
let adminToken: string;

const UNREACHABLE = 'Cannot reach the scimgraph server. Check that it is running, then retry.';

/** Runs `work` while every request to `path` fails as for a server that is down. */
async function unreachable(path: string, work: () => Promise<void>): Promise<void> {
  const refuse = (route: Route) => route.abort('connectionrefused');
  await page.route(`**${path}`, refuse);
  try {
    await work();
  } finally {
    await page.unroute(`**${path}`, refuse);
  }
}

beforeAll(async () => {
  assertPrerequisites();
  app = await startApp();
  adminToken = String(app.cli('token', 'create', '--org', 'default', '--scope', 'admin', '--name', 'console-admin').token);
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(10_000);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 30_000);

describe('the console and the playground with the server out of reach', () => {
  it('says the server cannot be reached when a page loads, not "Failed to fetch"', async () => {
    await signIn(page, app.url, adminToken);
    await unreachable('/graphql', async () => {
      await page.getByRole('link', { name: 'Roles' }).click();
      await hasText(page.getByRole('alert'), UNREACHABLE, true);
      expect(await page.locator('main').innerText()).not.toContain('Failed to fetch');
    });
  });

  it('says so when creating a token', async () => {
    await page.getByRole('link', { name: 'Set up SCIM' }).click();
    await page.getByRole('button', { name: 'Create SCIM token' }).waitFor();
    await unreachable('/graphql', async () => {
      await page.getByRole('button', { name: 'Create SCIM token' }).click();
      await hasText(page.getByRole('alert').first(), UNREACHABLE, true);
    });
  });

  it('signs out of the page all the same, saying the session cookie could not be cleared', async () => {
    await unreachable('/console/session', async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await hasText(page.getByRole('status'), 'Cannot reach the scimgraph server, so your session cookie was not cleared');
    });
  });

  it('says so in the playground result pane, without a stack trace', async () => {
    await page.goto(`${app.url}/playground`);
    await page.getByLabel('API token').fill(adminToken);
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.locator('.graphiql-execute-button').waitFor();
    await unreachable('/graphql', async () => {
      await page.locator('.graphiql-execute-button').click();
      // The response editor wraps long lines.
      await hasText(page.locator('.graphiql-response'), new RegExp(UNREACHABLE.replace(/\./g, '\\.').replace(/ /g, '\\s+')));
      expect(await page.locator('.graphiql-response').innerText()).not.toMatch(/Failed to fetch|stack/);
    });
  });

  it('left no page error and broke no CSP rule', () => {
    expect(browser.offHost).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
