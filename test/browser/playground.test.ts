import type { Page } from 'playwright-core';
import { assertPrerequisites, hasText, launchPage, shutDown, startApp, type Browser, type RunningApp } from './harness';

/** The playground's token field and GraphiQL's Headers pane. One server and browser. */
let app: RunningApp;
let browser: Browser;
let page: Page;
let adminToken: string;
let readToken: string;
/** The Authorization header of every POST /graphql the page sent. */
const sent: (string | undefined)[] = [];

async function useToken(token: string): Promise<void> {
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Use token' }).click();
  await hasText(page.getByTestId('token-status'), /Token set/);
}

/** Replaces the text of the Monaco editor in `scope`. */
async function typeInto(scope: string, text: string): Promise<void> {
  await page.locator(`${scope} .monaco-editor:visible`).first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(text);
}

const headersPane = () => page.getByRole('region', { name: 'Headers' });

/** Runs `{ viewer { scope } }` and returns the scope the server saw. */
async function viewerScope(): Promise<string> {
  await typeInto('.graphiql-query-editor', 'query Who { viewer { scope } }');
  await hasText(page.locator('.graphiql-tab-active'), 'Who');
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/graphql' && (r.request().postData() ?? '').includes('query Who'));
  await page.locator('.graphiql-execute-button').click();
  return ((await (await answered).json()) as { data: { viewer: { scope: string } } }).data.viewer.scope;
}

beforeAll(async () => {
  assertPrerequisites();
  app = await startApp();
  adminToken = String(app.cli('token', 'create', '--org', 'default', '--scope', 'admin', '--name', 'playground-admin').token);
  readToken = String(app.cli('token', 'create', '--org', 'default', '--scope', 'read', '--name', 'playground-read').token);
  ({ browser, page } = await launchPage());
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') sent.push(request.headers().authorization);
  });
  await page.goto(`${app.url}/playground`);
  await useToken(adminToken);
  await hasText(page.locator('.graphiql-query-editor'), 'query Organization');
}, 90_000);

afterAll(() => shutDown(browser, app), 30_000);

describe('the playground', () => {
  it('sends the token field as the Authorization header', async () => {
    expect(await viewerScope()).toBe('ADMIN');
    expect(sent.at(-1)).toBe(`Bearer ${adminToken}`);
  });

  it('takes a token pasted with its "Bearer " scheme', async () => {
    await useToken(`Bearer ${adminToken}`);
    expect(await viewerScope()).toBe('ADMIN');
    expect(sent.at(-1)).toBe(`Bearer ${adminToken}`);
  });

  it.each([['Authorization'], ['authorization'], ['AUTHORIZATION']])(
    'lets an %s header typed in the Headers pane win over the token field, sending one value',
    async (name) => {
      if ((await headersPane().locator('.monaco-editor:visible').count()) === 0) await page.getByRole('button', { name: 'Headers', exact: true }).click();
      await typeInto('[aria-label="Headers"]', `{ "${name}": "Bearer ${readToken}" }`);
      expect(await viewerScope()).toBe('READ');
      expect(sent.at(-1)).toBe(`Bearer ${readToken}`);
    },
  );

  it('says so next to the token field', async () => {
    await hasText(page.locator('.token-bar'), 'An Authorization header in the Headers pane is sent instead of this token.');
  });

  it('keeps what the Headers pane holds when "Use token" is pressed, and reads the schema again', async () => {
    const introspected = page.waitForRequest((r) => new URL(r.url()).pathname === '/graphql' && (r.postData() ?? '').includes('IntrospectionQuery'));
    await useToken(adminToken);
    await introspected;
    await hasText(headersPane(), readToken);
    expect(await viewerScope()).toBe('READ');
  });

  it('keeps a history of the operations run, offline', async () => {
    await page.getByRole('button', { name: 'Show History' }).click();
    await hasText(page.locator('.graphiql-history'), 'Who');
  });

  it('broke no CSP rule and left no page error', () => {
    expect(browser.offHost).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
