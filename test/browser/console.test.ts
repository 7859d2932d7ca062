import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { OUTPUT, assertPrerequisites, hasText, launchPage, shutDown, startApp, type Browser, type RunningApp } from './harness';

/**
 * The issue's "Done when" walk, in Debian's Chromium against the real server (`npm start`'s
 * entry) on a fresh database, with every request leaving 127.0.0.1 refused. The steps share one
 * browser and build on each other, in order.
 */
let app: RunningApp;
let browser: Browser;
let page: Page;
let adminToken: string;
let scimToken: string;
const scimTokens: string[] = [];
let userId: string;

const shot = (name: string) => page.screenshot({ path: join(OUTPUT, `${name}.png`), fullPage: true });
const scim = (path: string, init: RequestInit = {}, token = scimToken) =>
  fetch(`${app.url}/scim/v2${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json', ...(init.headers ?? {}) },
  });

beforeAll(async () => {
  assertPrerequisites();
  app = await startApp();
  adminToken = String(app.cli('token', 'create', '--org', 'default', '--scope', 'admin', '--name', 'console-admin').token);
  ({ browser, page } = await launchPage());
}, 90_000);

afterAll(() => shutDown(browser, app), 30_000);

describe('the playground and the console in a browser', () => {
  it('runs { organization { name } } in the playground at /graphql with a pasted admin token', async () => {
    await page.goto(`${app.url}/graphql`);
    await page.getByLabel('API token').fill(adminToken);
    await page.getByRole('button', { name: 'Use token' }).click();
    await hasText(page.getByTestId('token-status'), /Token set/, true);
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText('{ organization { name } }');
    // GraphiQL reads the operation's name from the editor after a pause: the tab's title shows it has.
    await hasText(page.locator('.graphiql-tab-active'), '<untitled>');
    await page.locator('.graphiql-execute-button').click();
    await hasText(page.locator('.graphiql-response'), '"name": "Default"');
    expect(await page.evaluate('sessionStorage.getItem("scimgraph.apiToken")')).toBe(adminToken);
    await shot('playground');
  });

  it("offers the README's example operations and the schema docs in the playground", async () => {
    await page.getByRole('button', { name: 'Show Examples' }).click();
    await page.getByRole('button', { name: 'Teams and the role they grant' }).click();
    await hasText(page.locator('.graphiql-query-editor'), 'query Teams');
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    // The docs need the schema, which GraphiQL introspects as the page loads: the heaviest request it sends.
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor({ timeout: 30_000 });
    await shot('playground-docs');
  });

  it('signs in to /console with the admin token', async () => {
    await page.goto(`${app.url}/console`);
    await page.getByLabel('API token').fill(adminToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up SCIM' }).waitFor();
    await hasText(page.getByTestId('scim-base-url'), `${app.url}/scim/v2`, true);
    const cookies = await browser.context.cookies(app.url);
    const session = cookies.find((c) => c.name === 'scimgraph_console');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(session!.value).not.toContain(adminToken);
    expect(await page.content()).not.toContain(adminToken);
  });

  it('creates a SCIM token that provisions a user through /scim/v2/Users', async () => {
    await page.getByRole('button', { name: 'Create SCIM token' }).click();
    scimToken = (await page.getByTestId('new-token').textContent())!.trim();
    scimTokens.push(scimToken);
    expect(scimToken).toMatch(/^sgt_/);
    await shot('scim-setup');
    const created = await scim('/Users', {
      method: 'POST',
      body: JSON.stringify({
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:custom:params:scim:schemas:extension:writer:2.0:User'],
        userName: 'grace@example.com',
        name: { givenName: 'Grace', familyName: 'Hopper' },
        emails: [{ value: 'grace@example.com', primary: true, type: 'work' }],
        active: true,
        'urn:custom:params:scim:schemas:extension:writer:2.0:User': { role: 'member' },
      }),
    });
    expect(created.status).toBe(201);
    userId = ((await created.json()) as { id: string }).id;
  });

  it('shows the user and the user.created event in Activity', async () => {
    await page.getByRole('link', { name: 'Activity' }).click();
    await page.getByLabel('Action').fill('user.created');
    await page.getByRole('button', { name: 'Filter' }).click();
    const event = page.locator('.event[data-action="user.created"]');
    await event.first().waitFor();
    await hasText(event.first(), userId);
    await hasText(event.first(), 'grace@example.com');
    await shot('activity');
  });

  it('sets a manual role under the override and shows the provenance change', async () => {
    await page.getByRole('link', { name: 'Roles' }).click();
    const row = page.locator('tr[data-user="grace@example.com"]');
    await hasText(row.getByTestId('role-source'), 'IDP_ATTRIBUTE');
    const override = page.getByLabel('Manual roles override the identity provider');
    await override.click();
    await hasText(page.getByTestId('override-sentence'), /^On:/, true);
    await row.getByLabel('Manual role of grace@example.com').selectOption('ADMIN');
    await row.getByRole('button', { name: 'Apply the manual role for grace@example.com' }).click();
    await hasText(row.getByTestId('role-source'), 'MANUAL');
    await hasText(row.getByTestId('effective-role'), 'ADMIN', true);
    await shot('roles');
  });

  it("lists a team pushed by the IdP and sets the role it grants", async () => {
    const group = await scim('/Groups', {
      method: 'POST',
      body: JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Engineering', members: [{ value: userId }] }),
    });
    expect(group.status).toBe(201);
    await page.reload();
    const grant = page.getByLabel('Role granted by Engineering');
    await grant.selectOption('ADMIN');
    const apply = page.getByRole('button', { name: 'Apply the role Engineering grants' });
    await apply.click();
    // Saved once no longer "Saving…" with Apply disabled again (it is disabled while in flight too).
    const status = page.locator('tr', { has: apply }).getByRole('status');
    const saved = async () => (await status.textContent()) === '' && (await apply.getAttribute('aria-disabled')) === 'true';
    for (let tries = 0; !(await saved()) && tries < 100; tries += 1) await page.waitForTimeout(100);
    expect(await grant.inputValue()).toBe('ADMIN');
    const teams = await page.evaluate(async () => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ teams { nodes { displayName grantsRole memberCount } } }' }) });
      return ((await response.json()) as { data: { teams: { nodes: unknown[] } } }).data.teams.nodes;
    });
    expect(teams).toEqual([{ displayName: 'Engineering', grantsRole: 'ADMIN', memberCount: 1 }]);
    await shot('roles');
  });

  it('lists documents awaiting reassignment', async () => {
    await page.getByRole('link', { name: 'Documents awaiting reassignment' }).click();
    await page.getByText('No documents are waiting.').waitFor();
    await shot('documents');
  });

  it('rotates the SCIM token without downtime: the old one works until it is revoked', async () => {
    await page.getByRole('link', { name: 'Set up SCIM' }).click();
    await page.getByRole('button', { name: 'Rotate' }).click();
    const rotated = (await page.getByTestId('new-token').textContent())!.trim();
    expect(rotated).not.toBe(scimToken);
    expect((await scim('/Users', {}, rotated)).status).toBe(200);
    expect((await scim('/Users', {}, scimToken)).status).toBe(200);
    await page.getByRole('button', { name: 'Revoke the old token' }).click();
    await page.getByRole('button', { name: 'Revoke the old token' }).waitFor({ state: 'detached' });
    expect((await scim('/Users', {}, scimToken)).status).toBe(401);
    expect((await scim('/Users', {}, rotated)).status).toBe(200);
    scimToken = rotated;
    scimTokens.push(rotated);
    // The list is read again after the revocation: until then it still shows the old token.
    const revokeButtons = page.getByRole('button', { name: 'Revoke okta' });
    for (const started = Date.now(); (await revokeButtons.count()) !== 1; ) {
      if (Date.now() - started > 10_000) throw new Error(`the token list shows ${await revokeButtons.count()} live "okta" tokens, not 1`);
      await page.waitForTimeout(50);
    }
  });

  it('revokes the SCIM token, after which SCIM answers 401', async () => {
    expect((await scim('/Users')).status).toBe(200);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Revoke okta' }).click();
    // The button goes once the list, read again after the revocation, shows no live "okta".
    await page.getByRole('button', { name: 'Revoke okta' }).waitFor({ state: 'detached' });
    expect((await scim('/Users')).status).toBe(401);
  });

  it('works on a narrow window', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Roles' }).click();
    await page.locator('tr[data-user="grace@example.com"]').waitFor();
    await shot('roles-narrow');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('signs out, after which the console and /graphql refuse the browser', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const status = await page.evaluate(async () => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ organization { name } }' }) });
      return response.status;
    });
    expect(status).toBe(401);
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await shot('signed-out');
  });

  it('checks a signed-out visit without an error status (no red 401 in DevTools)', async () => {
    const statuses: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/console/session') statuses.push(response.status());
    });
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(statuses).toEqual([204]);
    page.removeAllListeners('response');
  });

  it('shows a read token the console read-only', async () => {
    const read = String(app.cli('token', 'create', '--org', 'default', '--scope', 'read', '--name', 'auditor').token);
    await page.getByLabel('API token').fill(read);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Read-only: you signed in with a read token').waitFor();
    expect(await page.getByRole('button', { name: 'Create SCIM token' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Roles' }).click();
    expect(await page.getByLabel('Manual roles override the identity provider').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('has an internal token pick an organization first', async () => {
    const internal = String(app.cli('token', 'create', '--scope', 'internal', '--name', 'support').token);
    await page.getByLabel('API token').fill(internal);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Organization').selectOption({ label: 'Default (default)' });
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByText('Read-only: you signed in with an internal token').waitFor();
    await page.getByRole('link', { name: 'Roles' }).click();
    await page.locator('tr[data-user="grace@example.com"]').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });

  it('refuses a SCIM token at sign-in', async () => {
    const token = String(app.cli('token', 'create', '--org', 'default', '--scope', 'scim', '--name', 'entra').token);
    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await hasText(page.getByRole('alert'), 'SCIM tokens cannot sign in to the console');
  });

  it('never left 127.0.0.1, broke no CSP rule, and never put a token in a URL or a log line', () => {
    expect(browser.offHost).toEqual([]);
    expect(browser.problems).toEqual([]);
    for (const secret of [adminToken, ...scimTokens]) {
      expect(browser.urls.filter((u) => u.includes(secret))).toEqual([]);
      expect(app.output()).not.toContain(secret);
    }
  });
});
