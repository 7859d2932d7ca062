import type { Page, Route } from 'playwright-core';
import {
  assertPrerequisites,
  hasText,
  launchPage,
  provisionUser,
  scimRequest,
  signIn,
  shutDown,
  startApp,
  type Browser,
  type RunningApp,
} from './harness';

/**
 * The pages when the server cannot be reached (requests refused by the browser's router, as for a
 * server that is down) and when a session ends. One server and browser.
 */
let app: RunningApp;
let browser: Browser;
let page: Page;
let adminToken: string;
let scimToken: string;

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
  scimToken = String(app.cli('token', 'create', '--org', 'default', '--scope', 'scim', '--name', 'okta').token);
  ({ browser, page } = await launchPage());
}, 90_000);

afterAll(() => shutDown(browser, app), 30_000);

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
    // Wait until the token is taken and the editor holds its first example.
    await hasText(page.getByTestId('token-status'), /Token set/);
    await hasText(page.locator('.graphiql-query-editor'), 'query Organization');
    await unreachable('/graphql', async () => {
      await page.locator('.graphiql-execute-button').click();
      // The response editor wraps long lines.
      await hasText(page.locator('.graphiql-response'), new RegExp(UNREACHABLE.replace(/\./g, '\\.').replace(/ /g, '\\s+')));
      expect(await page.locator('.graphiql-response').innerText()).not.toMatch(/Failed to fetch|stack/);
    });
  });

});

/** Changes a user through SCIM, as the IdP would. */
async function patchUser(id: string, operation: Record<string, unknown>): Promise<void> {
  const response = await scimRequest(app, scimToken, `/Users/${id}`, {
    method: 'PATCH',
    body: JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [operation] }),
  });
  expect(response.status).toBe(200);
}

/** Signs in with an admin token issued to a new user the IdP made an org admin; returns the user's id. */
async function signInAsNewAdmin(userName: string): Promise<string> {
  const id = await provisionUser(app, scimToken, userName, 'admin');
  const token = String(app.cli('token', 'create', '--org', 'default', '--scope', 'admin', '--user', id, '--name', userName).token);
  await signIn(page, app.url, token);
  // The first page's reads are answered (none still in flight when the test changes the user).
  await page.locator('tr[data-token-id]').first().waitFor();
  return id;
}

describe('a session that ends, or cannot be checked', () => {
  it("says why it ended when the admin's user is deactivated", async () => {
    const id = await signInAsNewAdmin('ada@example.com');
    await patchUser(id, { op: 'replace', value: { active: false } });
    await page.getByRole('link', { name: 'Roles' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await hasText(page.getByRole('status'), /^Your session has ended\. The token's user is deactivated/);
  });

  it('says why when an admin who lost the role reloads the page', async () => {
    const id = await signInAsNewAdmin('bob@example.com');
    await patchUser(id, { op: 'replace', path: 'urn:custom:params:scim:schemas:extension:writer:2.0:User:role', value: 'member' });
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await hasText(page.getByRole('status'), /^Your session has ended\. The token's user is not an org admin/);
  });

  it('shows an outage with a retry, not the sign-in form, when the session check answers 503', async () => {
    await signIn(page, app.url, adminToken);
    const unavailable = (route: Route) =>
      route.fulfill({
        status: 503,
        headers: { 'retry-after': '2' },
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'The database is unavailable; retry later', extensions: { code: 'UNAVAILABLE' } }] }),
      });
    await page.route('**/console/session', unavailable);
    try {
      await page.reload();
      await hasText(page.getByRole('alert'), 'The server could not check your session: The database is unavailable; retry later.', true);
      expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    } finally {
      await page.unroute('**/console/session', unavailable);
    }
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up SCIM' }).waitFor();
  });

  it('shows the same when the server cannot be reached at all', async () => {
    await unreachable('/console/session', async () => {
      await page.reload();
      await hasText(page.getByRole('alert'), UNREACHABLE, true);
      expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    });
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up SCIM' }).waitFor();
  });
});

describe('the whole walk', () => {
  it('left no page error and broke no CSP rule', () => {
    expect(browser.offHost).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
