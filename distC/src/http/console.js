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
exports.consoleRouter = consoleRouter;
const express_1 = __importStar(require("express"));
const errors_1 = require("../common/errors");
const ids_1 = require("../common/ids");
const context_1 = require("../domain/context");
const organization_service_1 = require("../domain/organization/organization.service");
const auth_1 = require("./auth");
const console_session_1 = require("./console-session");
const web_1 = require("./web");
/** Token scopes that may sign in to the console; `read` and `internal` see it read-only. */
const CONSOLE_SCOPES = ['admin', 'read', 'internal'];
const CONSOLE_REFUSAL = 'SCIM tokens cannot sign in to the console: use an admin token (read and internal tokens see it read-only)';
function bodyString(req, field) {
    const value = req.body?.[field];
    if (typeof value !== 'string' || value.trim() === '')
        throw new errors_1.DomainError('BAD_USER_INPUT', `${field} is required`, { field });
    return value.trim();
}
/**
 * `/console`: the page, and its session (sign in with a pasted token, see the session, pick an
 * organization for an `internal` token, sign out). The page reads and writes data only through
 * `/graphql`, which takes the session cookie in place of a bearer token.
 */
function consoleRouter(deps) {
    const { orm, session: options } = deps;
    const now = () => (options.now ?? (() => new Date()))();
    const scimBaseUrl = `${deps.publicUrl}/scim/v2`;
    const router = (0, express_1.Router)();
    const page = (0, web_1.pageHandler)(deps.webRoot, 'console');
    router.get('/console', page);
    router.get('/console/', page);
    const json = express_1.default.json({ limit: 4096 });
    const sameOrigin = (req, _res, next) => {
        (0, console_session_1.assertSameOrigin)(req, deps.publicUrl);
        next();
    };
    const current = async (req) => {
        const value = (0, console_session_1.readCookie)(req.get('cookie'), (0, console_session_1.sessionCookieName)(options));
        const session = value ? (0, console_session_1.decodeSession)(options.secret, value, now()) : null;
        const token = session ? await (0, console_session_1.sessionToken)(orm, session, now) : null;
        if (!session || !token)
            throw new errors_1.DomainError('UNAUTHENTICATED', 'Not signed in, or the console session has expired');
        const organizationId = token.scope === 'internal' ? session.organizationId : token.organizationId;
        return { session, view: { scope: token.scope, tokenName: token.name, organizationId, expiresAt: new Date(session.expiresAt).toISOString(), scimBaseUrl } };
    };
    router.post('/console/session', sameOrigin, json, async (req, res) => {
        const secret = bodyString(req, 'token');
        const actor = await (0, auth_1.requireScope)(orm, `Bearer ${secret}`, CONSOLE_SCOPES, CONSOLE_REFUSAL, { now: options.now, rateLimiter: deps.rateLimiter });
        const session = { tokenId: actor.id, organizationId: null, expiresAt: now().getTime() + options.minutes * 60_000 };
        (0, console_session_1.setSessionCookie)(res, options, session);
        res.setHeader('Cache-Control', 'no-store');
        const view = { scope: actor.scope, tokenName: actor.name ?? '', organizationId: actor.organizationId, expiresAt: new Date(session.expiresAt).toISOString(), scimBaseUrl };
        res.json(view);
    });
    // No session cookie at all is nobody signed in, not a failure: 204, so a signed-out visit logs no
    // 401. A cookie that is refused (forged, expired, its token revoked or its holder demoted, or one
    // without the prefix behind https, from before the move) answers 401 with why.
    router.get('/console/session', async (req, res) => {
        res.setHeader('Cache-Control', 'no-store');
        const cookies = req.get('cookie');
        if (!(0, console_session_1.readCookie)(cookies, console_session_1.SECURE_SESSION_COOKIE) && !(0, console_session_1.readCookie)(cookies, console_session_1.SESSION_COOKIE)) {
            res.status(204).end();
            return;
        }
        res.json((await current(req)).view);
    });
    // An internal token reaches every organization; its session works inside the one it picks.
    router.put('/console/session/organization', sameOrigin, json, async (req, res) => {
        const { session, view } = await current(req);
        if (view.scope !== 'internal')
            throw new errors_1.DomainError('FORBIDDEN', 'Only internal tokens pick an organization');
        const wanted = bodyString(req, 'organizationId');
        if (!(0, ids_1.isUuid)(wanted))
            throw new errors_1.DomainError('NOT_FOUND', `Organization ${wanted} not found`, { id: wanted });
        const organization = await (0, organization_service_1.findOrganization)((0, context_1.systemContext)(orm.em, null, 'system'), wanted);
        (0, console_session_1.setSessionCookie)(res, options, { ...session, organizationId: organization.id });
        res.setHeader('Cache-Control', 'no-store');
        res.json({ ...view, organizationId: organization.id });
    });
    router.delete('/console/session', sameOrigin, (_req, res) => {
        (0, console_session_1.clearSessionCookie)(res, options);
        res.status(204).end();
    });
    return router;
}
//# sourceMappingURL=console.js.map