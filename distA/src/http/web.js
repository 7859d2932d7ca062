"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.webRoot = webRoot;
exports.contentSecurityPolicy = contentSecurityPolicy;
exports.pageHandler = pageHandler;
exports.wantsHtml = wantsHtml;
exports.assetsRouter = assetsRouter;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const express_1 = __importStar(require("express"));
/** The built pages and assets (`npm run build:web`, run by `npm install`), found from the project root. */
function webRoot() {
    let dir = __dirname;
    while (!(0, node_fs_1.existsSync)((0, node_path_1.join)(dir, 'package.json')) && (0, node_path_1.dirname)(dir) !== dir)
        dir = (0, node_path_1.dirname)(dir);
    return (0, node_path_1.join)(dir, 'dist', 'web');
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
function contentSecurityPolicy(nonce, styleAttributes = false) {
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
function securityHeaders(res, nonce, styleAttributes = false) {
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, styleAttributes));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
}
/** Serves one built page with a fresh nonce; never cached (the nonce is per response). */
function pageHandler(root, name) {
    let template = null;
    return (_req, res) => {
        template ??= readTemplate(root, name);
        const nonce = (0, node_crypto_1.randomBytes)(16).toString('base64');
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
function readTemplate(root, name) {
    const file = (0, node_path_1.join)(root, `${name}.html`);
    return (0, node_fs_1.existsSync)(file) ? (0, node_fs_1.readFileSync)(file, 'utf8') : null;
}
/** A browser navigation (it prefers HTML), as opposed to a script's GraphQL GET. */
function wantsHtml(req) {
    if (req.method !== 'GET' || !req.get('accept'))
        return false;
    return req.accepts(['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html']) === 'text/html';
}
/** A request path as its percent-escapes spell it, or as sent when they do not decode. */
const decodedPath = (path) => {
    try {
        return decodeURIComponent(path);
    }
    catch {
        return path;
    }
};
/**
 * `/assets/*`: the bundle's files. Their names carry a content hash, so they are cached for a
 * year as immutable, with ETags for revalidation; built HTML templates are not served here.
 */
function assetsRouter(root) {
    const serve = express_1.default.static(root, { index: false, etag: true, lastModified: false, immutable: true, maxAge: '365d', redirect: false });
    const router = (0, express_1.Router)();
    router.use((req, res, next) => {
        // The templates (with their nonce placeholder) are not assets, however their name is escaped.
        if (/\.html$/i.test(decodedPath(req.path)))
            return next();
        securityHeaders(res);
        return serve(req, res, next);
    });
    return router;
}
//# sourceMappingURL=web.js.map