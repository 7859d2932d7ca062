import type { Page } from 'playwright-core';
import {
  assertPrerequisites,
  hasText,
  launchBrowser,
  provisionUser,
  scimRequest,
  signIn,
  startApp,
  type Browser,
  type RunningApp,
} from './harness';

/** The console at a phone's width, and what keyboard and screen-reader users meet. One server and browser. */
let app: RunningApp;
let browser: Browser;
let page: Page;
let adminToken: string;

const LONG_TITLE = `Quarterly-${'planning'.repeat(12)}-final.docx`;

/** How far the page is wider than the window (0 when nothing sticks out). */
const overflow = (): Promise<number> => page.evaluate('document.documentElement.scrollWidth - window.innerWidth');

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: Record<string, unknown>; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

beforeAll(async () => {
  assertPrerequisites();
  app = await startApp();
  adminToken = String(app.cli('token', 'create', '--org', 'default', '--scope', 'admin', '--name', 'console-admin').token);
  const scimToken = String(app.cli('token', 'create', '--org', 'default', '--scope', 'scim', '--name', 'okta').token);
  // Carol's document has no org admin to go to when she is deactivated: it waits for reassignment.
  const carol = await provisionUser(app, scimToken, 'carol@example.com', 'member');
  await gql('mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }', { input: { title: LONG_TITLE, ownerId: carol } });
  const deactivated = await scimRequest(app, scimToken, `/Users/${carol}`, {
    method: 'PATCH',
    body: JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', value: { active: false } }] }),
  });
  expect(deactivated.status).toBe(200);
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(10_000);
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, app.url, adminToken);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 30_000);

describe('the console at 375 px', () => {
  it("keeps a user.deactivated event's before/after table inside the window", async () => {
    await page.getByRole('link', { name: 'Activity' }).click();
    await page.getByLabel('Action').fill('user.deactivated');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.locator('.event[data-action="user.deactivated"] table').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  it('wraps a long unbroken document title instead of pushing the columns out of view', async () => {
    await page.getByRole('link', { name: 'Documents awaiting reassignment' }).click();
    await hasText(page.locator('tbody'), 'carol@example.com');
    expect(await overflow()).toBeLessThanOrEqual(0);
    const owner = await page.getByRole('cell', { name: 'carol@example.com' }).boundingBox();
    expect(owner!.x + owner!.width).toBeLessThanOrEqual(375);
  });

  it('broke no CSP rule and left no page error', () => {
    expect(browser.offHost).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
