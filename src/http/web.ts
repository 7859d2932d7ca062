import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { Router, type Request, type Response } from 'express';

/** The built pages and assets (`npm run build:web`, run by `npm install`), found from the project root. */
export function webRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'web');
}

/**
 * Every page and asset may load only from our own origin. With a nonce (an HTML page), <style>
 * elements carrying it are allowed too: Monaco, GraphiQL's editor, creates its theme and
 * decorations as <style> elements at run time (web/src/shared/style-nonce.ts gives them the
 * nonce), so no `'unsafe-inline'` is needed for them.
 *
 * The one relaxation, for the playground only: `style-src-attr 'unsafe-inline'`. Monaco renders
 * editor lines as HTML strings whose elements carry `style="…"` attributes (widths, positions);
 * a nonce cannot cover attributes, and blocking them breaks the editor. Style attributes cannot
 * load anything: the `url()`s they might hold are still bound by `img-src`/`font-src 'self'`.
 * The console page has no such relaxation.
 */
export function contentSecurityPolicy(nonce?: string, styleAttributes = false): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `style-src-elem 'self'${nonce ? ` 'nonce-${nonce}'` : ''}`,
    `style-src-attr ${styleAttributes ? "'unsafe-inline'" : "'none'"}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function securityHeaders(res: Response, nonce?: string, styleAttributes = false): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, styleAttributes));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
}

export type PageName = 'playground' | 'console';

/** Serves one built page with a fresh nonce; never cached (the nonce is per response). */
export function pageHandler(root: string, name: PageName): (req: Request, res: Response) => void {
  let template: string | null = null;
  return (_req, res) => {
    template ??= readTemplate(root, name);
    const nonce = randomBytes(16).toString('base64');
    securityHeaders(res, nonce, name === 'playground');
    res.setHeader('Cache-Control', 'no-store');
    res.type('html');
    if (template === null) {
      res.status(503).send(`<!doctype html><title>Not built</title><p>The web pages are not built: run <code>npm run build</code>.</p>`);
      return;
    }
    res.send(template.replace('__CSP_NONCE__', nonce));
  };
}

function readTemplate(root: string, name: PageName): string | null {
  const file = join(root, `${name}.html`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** A browser navigation (it prefers HTML), as opposed to a script's GraphQL GET. */
export function wantsHtml(req: Request): boolean {
  if (req.method !== 'GET' || !req.get('accept')) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html']) === 'text/html';
}

/** A request path as its percent-escapes spell it, or as sent when they do not decode. */
const decodedPath = (path: string): string => {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
};

/**
 * `/assets/*`: the bundle's files. Their names carry a content hash, so they are cached for a
 * year as immutable, with ETags for revalidation; built HTML templates are not served here.
 */
export function assetsRouter(root: string): Router {
  const serve = express.static(root, { index: false, etag: true, lastModified: false, immutable: true, maxAge: '365d', redirect: false });
  const router = Router();
  router.use((req, res, next) => {
    // The templates (with their nonce placeholder) are not assets, however their name is escaped.
    if (/\.html$/i.test(decodedPath(req.path))) return next();
    securityHeaders(res);
    return serve(req, res, next);
  });
  return router;
}
