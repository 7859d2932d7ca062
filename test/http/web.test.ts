import { existsSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { webRoot } from '../../src/http/web';
import { createTestApp, type TestApp } from '../support/app';

/** The built pages and assets (dist/web, built by `npm run build`). */
let t: TestApp;
let admin: string;

beforeAll(async () => {
  if (!existsSync(join(webRoot(), 'playground.html'))) throw new Error('dist/web is not built: run `npm run build`');
  t = await createTestApp();
  admin = (await t.createToken((await t.createOrganization('web')).id, 'admin')).secret;
});
afterAll(async () => t.close());

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** The CSP directives as a map: name → sources. */
function csp(header: string): Map<string, string[]> {
  return new Map(header.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

describe('the browser pages', () => {
  it.each([
    ['/playground', 'scimgraph GraphQL playground'],
    ['/console', 'scimgraph console'],
  ])('serves %s with a fresh nonce, no caching and a self-only CSP', async (path, title) => {
    const [a, b] = [await request(t.app).get(path).expect(200), await request(t.app).get(path).expect(200)];
    expect(a.text).toContain(`<title>${title}</title>`);
    expect(a.headers['cache-control']).toBe('no-store');
    expect(a.headers['content-security-policy']).not.toBe(b.headers['content-security-policy']);
    const policy = csp(a.headers['content-security-policy']);
    for (const directive of ['default-src', 'script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'worker-src']) {
      expect(policy.get(directive)).toEqual(["'self'"]);
    }
    expect(policy.get('style-src-elem')).toEqual(["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/=]+'$/)]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(a.text).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('relaxes style attributes for the playground (Monaco) only', async () => {
    expect(csp((await request(t.app).get('/playground')).headers['content-security-policy']).get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(csp((await request(t.app).get('/console')).headers['content-security-policy']).get('style-src-attr')).toEqual(["'none'"]);
  });

  it('gives a browser opening /graphql the playground, without a token', async () => {
    const res = await request(t.app).get('/graphql').set('Accept', BROWSER_ACCEPT).expect(200);
    expect(res.text).toContain('<title>scimgraph GraphQL playground</title>');
  });

  it('keeps GraphQL GET queries working for scripts', async () => {
    const res = await request(t.app)
      .get('/graphql')
      .query({ query: '{ organization { slug } }' })
      .set('Authorization', `Bearer ${admin}`)
      .set('Accept', 'application/json')
      .expect(200);
    expect(res.body.data.organization.slug).toMatch(/^web-/);
  });

  it('serves hashed assets as immutable with ETags, and answers 304 to a matching If-None-Match', async () => {
    const html = (await request(t.app).get('/playground')).text;
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const first = await request(t.app).get(script).expect(200);
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(first.headers.etag).toBeTruthy();
    expect(first.headers['content-security-policy']).toContain("default-src 'self'");
    await request(t.app).get(script).set('If-None-Match', first.headers.etag).expect(304);
  });

  it.each(['/assets/playground.html', '/assets/playground%2Ehtml', '/assets/console%2EHTML'])('does not serve the page templates as assets: %s', async (path) => {
    await request(t.app).get(path).expect(404);
  });
});
