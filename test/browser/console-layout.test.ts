import type { Page } from 'playwright-core';
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

/** The console at a phone's width, and what keyboard and screen-reader users meet. One server and browser. */
let app: RunningApp;
let browser: Browser;
let page: Page;
let adminToken: string;

const LONG_TITLE = `Quarterly-${'planning'.repeat(12)}-final.docx`;

/** The tag and text of the focused element. */
const focused = (): Promise<string> => page.evaluate('`${document.activeElement.tagName} ${document.activeElement.textContent.slice(0, 60)}`');

/** WCAG's contrast ratio of the text of a probe element with `className` put inside `container`, against the first opaque background behind it. */
async function contrast(className: string, container: string): Promise<number> {
  return page.evaluate(`(() => {
    const host = document.createElement('div');
    host.className = ${JSON.stringify(container)};
    const probe = document.createElement('span');
    probe.className = ${JSON.stringify(className)};
    probe.textContent = 'probe';
    host.append(probe);
    document.querySelector('main').append(host);
    const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
    const luminance = ([r, g, b]) => [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    let element = probe;
    let background = getComputedStyle(element).backgroundColor;
    while (element && (background === 'rgba(0, 0, 0, 0)' || background === 'transparent')) {
      element = element.parentElement;
      background = element ? getComputedStyle(element).backgroundColor : 'rgb(255, 255, 255)';
    }
    const [a, b] = [luminance(rgb(getComputedStyle(probe).color)), luminance(rgb(background))];
    host.remove();
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  })()`);
}

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
  // More than a page of Activity (25 events), and a second SCIM token named like the first.
  for (let n = 0; n < 26; n += 1) await provisionUser(app, scimToken, `user${n}@example.com`, 'member');
  app.cli('token', 'create', '--org', 'default', '--scope', 'scim', '--name', 'okta');
  ({ browser, page } = await launchPage());
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, app.url, adminToken);
}, 90_000);

afterAll(() => shutDown(browser, app), 30_000);

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

});

describe('the console for keyboard and screen-reader users', () => {
  it('gives "Copied." and the TEAM_GRANT label a contrast of at least 4.5:1', async () => {
    expect(await contrast('copy-status', 'fresh-token')).toBeGreaterThanOrEqual(4.5);
    expect(await contrast('copy-status', '')).toBeGreaterThanOrEqual(4.5);
    expect(await contrast('source source-team_grant', '')).toBeGreaterThanOrEqual(4.5);
  });

  it('moves the focus to the main heading after sign-in and after each page change', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, app.url, adminToken);
    expect(await focused()).toBe('H1 Set up SCIM');
    await page.getByRole('link', { name: 'Roles' }).click();
    await page.getByRole('heading', { level: 1, name: 'Roles' }).waitFor();
    expect(await focused()).toBe('H1 Roles');
  });

  it('names every Rotate and Revoke button after its token, with the prefix where names repeat', async () => {
    await page.getByRole('link', { name: 'Set up SCIM' }).click();
    await page.locator('tr[data-token-id]').nth(1).waitFor();
    const buttons = page.locator('tr[data-token-id] button');
    const names = await buttons.evaluateAll((all) => all.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''));
    expect(names).toHaveLength(4);
    expect(new Set(names).size).toBe(4);
    for (const name of names) expect(name).toMatch(/^(Rotate|Revoke) okta \(sgt_[^)]*…\)$/);
  });

  it('brings the new page of events into view, focused, after "Older events"', async () => {
    await page.getByRole('link', { name: 'Activity' }).click();
    await hasText(page.locator('main'), /\d+ events/);
    await page.getByRole('button', { name: 'Older events' }).click();
    await page.getByRole('button', { name: 'Newer events' }).and(page.locator(':enabled')).waitFor();
    expect(await focused()).toMatch(/^OL /);
    const top = await page.getByRole('list', { name: 'Audit events, newest first' }).evaluate((list) => list.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(-1);
    expect(top).toBeLessThan(400);
  });

  it('gives the sign-in page its own title after sign-out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.title()).toBe('Sign in · scimgraph console');
  });
});

describe('the whole walk', () => {
  it('broke no CSP rule and left no page error', () => {
    expect(browser.offHost).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
