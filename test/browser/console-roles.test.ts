import type { Page, Route } from 'playwright-core';
import {
  assertPrerequisites,
  hasText,
  launchPage,
  pageQuery,
  provisionUser,
  recordOperations,
  scimRequest,
  signIn,
  shutDown,
  startApp,
  type Browser,
  type RunningApp,
} from './harness';

/**
 * The Roles page changes a role only when asked to: a select holds a pending choice, and its
 * "Apply" button sends it. One server and browser, signed in as Ada, an org admin the IdP made.
 */
let app: RunningApp;
let browser: Browser;
let page: Page;
let operations: string[];
let scimToken: string;
let adaId: string;

const teamGrant = async (): Promise<unknown> =>
  (await pageQuery<{ teams: { nodes: { displayName: string; grantsRole: unknown }[] } }>(page, '{ teams { nodes { displayName grantsRole } } }')).teams.nodes.find(
    (t) => t.displayName === 'Eng',
  )?.grantsRole;

beforeAll(async () => {
  assertPrerequisites();
  app = await startApp();
  scimToken = String(app.cli('token', 'create', '--org', 'default', '--scope', 'scim', '--name', 'okta').token);
  adaId = await provisionUser(app, scimToken, 'ada@example.com', 'admin');
  const bobId = await provisionUser(app, scimToken, 'bob@example.com', 'member');
  const group = await scimRequest(app, scimToken, '/Groups', {
    method: 'POST',
    body: JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Eng', members: [{ value: bobId }] }),
  });
  expect(group.status).toBe(201);
  const adminToken = String(app.cli('token', 'create', '--org', 'default', '--scope', 'admin', '--user', adaId, '--name', 'ada').token);
  ({ browser, page } = await launchPage());
  operations = recordOperations(page);
  await signIn(page, app.url, adminToken);
  await page.getByRole('link', { name: 'Roles' }).click();
  await page.locator('tr[data-user="bob@example.com"]').waitFor();
}, 90_000);

afterAll(() => shutDown(browser, app), 30_000);

describe('the Roles page', () => {
  it("changes nothing while the arrow keys browse a team's role", async () => {
    const grant = page.getByLabel('Role granted by Eng');
    await grant.focus();
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp']) await page.keyboard.press(key);
    expect(await grant.inputValue()).toBe('ADMIN');
    await page.waitForTimeout(300);
    expect(operations).not.toContain('ConsoleGrant');
    expect(await teamGrant()).toBeNull();
  });

  it('applies the pending choice once, showing it while the request is in flight', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const hold = async (route: Route) => {
      if ((route.request().postData() ?? '').includes('ConsoleGrant')) await held;
      await route.continue();
    };
    await page.route('**/graphql', hold);
    const apply = page.getByRole('button', { name: 'Apply the role Eng grants' });
    await apply.click();
    const status = page.locator('tr', { has: apply }).getByRole('status');
    await hasText(status, 'Saving…');
    // A second press while the first is in flight (aria-disabled: Playwright would wait for it to be enabled).
    await apply.click({ force: true });
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Role granted by Eng').inputValue()).toBe('ADMIN');
    release();
    // Saved: no longer "Saving…", and Apply stays disabled (the choice is what the server holds).
    const saved = async () => (await status.textContent()) === '' && (await apply.getAttribute('aria-disabled')) === 'true';
    for (const started = Date.now(); !(await saved()); await page.waitForTimeout(50)) {
      if (Date.now() - started > 10_000) throw new Error('the change was not saved, or Apply stayed enabled after it');
    }
    await page.unroute('**/graphql', hold);
    expect(operations.filter((o) => o === 'ConsoleGrant')).toHaveLength(1);
    expect(await teamGrant()).toBe('ADMIN');
    expect(await page.getByLabel('Role granted by Eng').inputValue()).toBe('ADMIN');
  });

  it("shows a refused manual role next to the user's select", async () => {
    const row = page.locator('tr[data-user="bob@example.com"]');
    await row.getByLabel('Manual role of bob@example.com').selectOption('ADMIN');
    expect(operations).not.toContain('ConsoleSetRole');
    await row.getByRole('button', { name: 'Apply the manual role for bob@example.com' }).click();
    await hasText(row.getByRole('alert'), 'turn on the organization setting roleManualOverride');
    expect(await row.getByLabel('Manual role of bob@example.com').inputValue()).toBe('ADMIN');
  });

  it('asks before an admin sets their own manual role to MEMBER, and changes nothing when they decline', async () => {
    await page.getByLabel('Manual roles override the identity provider').click();
    await hasText(page.getByTestId('override-sentence'), /^On:/, true);
    const row = page.locator(`tr[data-user="ada@example.com"]`);
    const sent = operations.length;
    await row.getByLabel('Manual role of ada@example.com').selectOption('MEMBER');
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await row.getByRole('button', { name: 'Apply the manual role for ada@example.com' }).click();
    expect(asked).toEqual([expect.stringContaining('you will lose access to this console')]);
    await page.waitForTimeout(300);
    expect(operations.slice(sent)).not.toContain('ConsoleSetRole');
    expect(await row.getByLabel('Manual role of ada@example.com').inputValue()).toBe('MEMBER');
    expect((await pageQuery<{ user: { role: string } }>(page, `{ user(id: "${adaId}") { role } }`)).user.role).toBe('ADMIN');
  });

  it('broke no CSP rule and left no page error', () => {
    expect(browser.offHost).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
