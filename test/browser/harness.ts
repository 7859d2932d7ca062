import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createEmptyPostgresDatabase } from '../support/pg';

export const ROOT = resolve(__dirname, '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
/** Screenshots for review (gitignored). */
export const OUTPUT = join(ROOT, 'test-output', 'browser');
const MAIN = join(ROOT, 'dist', 'src', 'main.js');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const WEB = join(ROOT, 'dist', 'web', 'console.html');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails (never skips) when what the browser tests need is missing, saying how to get it. */
export function assertPrerequisites(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (.ci/run installs it when missing)`);
  }
  if (!existsSync(MAIN) || !existsSync(CLI) || !existsSync(WEB)) {
    throw new Error('The server or the web pages are not built: run `npm run build` (npm install runs it)');
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface RunningApp {
  url: string;
  /** Everything the server wrote on stdout and stderr. */
  output(): string;
  /** Runs the scimgraph CLI on the same database; returns its parsed --json output. */
  cli(...argv: string[]): Record<string, unknown>;
  stop(): Promise<void>;
}

/** `npm start`'s entry (dist/src/main.js) on a fresh database and a free port. */
export async function startApp(): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), 'scimgraph-browser-'));
  const pg = process.env.TEST_DATABASE_URL ? await createEmptyPostgresDatabase(process.env.TEST_DATABASE_URL) : null;
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: pg ? pg.url : `sqlite:${join(dir, 'scimgraph.sqlite')}`,
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
    CONSOLE_SESSION_SECRET: 'browser-test-secret-browser-test-secret-0123',
  };
  delete env.PUBLIC_URL;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [MAIN], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`the server did not start within 30 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    output: () => output,
    cli: (...argv) => {
      const result = spawnSync(process.execPath, [CLI, ...argv, '--json'], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
      if (result.status !== 0) throw new Error(`scimgraph ${argv.join(' ')} failed: ${result.stdout}${result.stderr}`);
      return JSON.parse(result.stdout);
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await pg?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  /** Requests the page tried to send anywhere but 127.0.0.1 (aborted). */
  offHost: string[];
  /** Every URL requested, to check that no secret ever went into one. */
  urls: string[];
  /** Console messages reporting a Content-Security-Policy violation, and page errors. */
  problems: string[];
  close(): Promise<void>;
}

/** `launchBrowser`, with the browser's one page, whose waits time out after 10 s. */
export async function launchPage(): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchBrowser();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(10_000);
  return { browser, page };
}

/** Closes a test file's browser and stops its server, either of which may not have started. */
export async function shutDown(browser: Browser | undefined, app: RunningApp | undefined): Promise<void> {
  await browser?.close();
  await app?.stop();
}

/** Debian's Chromium with an empty profile; every request is routed, and any leaving 127.0.0.1 is refused and recorded. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'scimgraph-chromium-'));
  mkdirSync(OUTPUT, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const offHost: string[] = [];
  const urls: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    urls.push(url);
    if (new URL(url).hostname !== '127.0.0.1') {
      offHost.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  const watch = (page: Page): void => {
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text().slice(0, 300));
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    offHost,
    urls,
    problems,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits (up to 10 s) until the locator's text matches: equal to a string when `whole`, else containing it. */
export async function hasText(locator: Locator, wanted: string | RegExp, whole = false): Promise<void> {
  const matches = (text: string) => (typeof wanted === 'string' ? (whole ? text.trim() === wanted : text.includes(wanted)) : wanted.test(text));
  const deadline = Date.now() + 10_000;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.first().innerText({ timeout: 10_000 })).replace(/\u00a0/g, ' ');
    if (matches(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${String(wanted)} in ${JSON.stringify(text)}`);
}

/** Signs in to /console afresh (any session cookie dropped first) with a pasted token and waits for the first page. */
export async function signIn(page: Page, url: string, token: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${url}/console`);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Set up SCIM' }).waitFor();
}

/** The names of the GraphQL operations the page sends from now on (`ConsoleGrant`, …), in order. */
export function recordOperations(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/graphql' || request.method() !== 'POST') return;
    const query = (request.postDataJSON() as { query?: string } | null)?.query ?? '';
    names.push(/^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '(anonymous)');
  });
  return names;
}

/** A request to the app's SCIM door with a token. */
export const scimRequest = (app: RunningApp, token: string, path: string, init: RequestInit = {}): Promise<Response> =>
  fetch(`${app.url}/scim/v2${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json', ...(init.headers ?? {}) },
  });

/** Creates a user through SCIM with the role attribute `role`; returns its id. */
export async function provisionUser(app: RunningApp, scimToken: string, userName: string, role: 'admin' | 'member'): Promise<string> {
  const response = await scimRequest(app, scimToken, '/Users', {
    method: 'POST',
    body: JSON.stringify({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:custom:params:scim:schemas:extension:writer:2.0:User'],
      userName,
      active: true,
      'urn:custom:params:scim:schemas:extension:writer:2.0:User': { role },
    }),
  });
  if (response.status !== 201) throw new Error(`creating ${userName} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Runs a GraphQL operation from the page, with its session cookie; returns `data`. */
export async function pageQuery<T>(page: Page, query: string): Promise<T> {
  return page.evaluate(async (q) => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
    return ((await response.json()) as { data: T }).data;
  }, query);
}
