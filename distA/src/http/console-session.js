"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sessionCookieName = exports.SECURE_SESSION_COOKIE = exports.SESSION_COOKIE = void 0;
exports.encodeSession = encodeSession;
exports.decodeSession = decodeSession;
exports.readCookie = readCookie;
exports.setSessionCookie = setSessionCookie;
exports.clearSessionCookie = clearSessionCookie;
exports.assertSameOrigin = assertSameOrigin;
exports.sessionToken = sessionToken;
exports.sessionActor = sessionActor;
exports.sessionAuthenticator = sessionAuthenticator;
const node_crypto_1 = require("node:crypto");
const errors_1 = require("../common/errors");
const ids_1 = require("../common/ids");
const context_1 = require("../domain/context");
const db_errors_1 = require("../domain/db-errors");
const token_service_1 = require("../domain/token/token.service");
const auth_1 = require("./auth");
/** The console's session cookie: HttpOnly, SameSite=Strict, path `/`, signed with HMAC-SHA256. */
exports.SESSION_COOKIE = 'scimgraph_console';
/**
 * Its name where it is `Secure` (PUBLIC_URL is https): with the `__Host-` prefix, a browser takes
 * it only from this host, over https, for path `/`, so a sibling subdomain cannot plant a session
 * of its own in the admin's browser (RFC 6265bis §4.1.3.2).
 */
exports.SECURE_SESSION_COOKIE = `__Host-${exports.SESSION_COOKIE}`;
/** The session cookie's name under these options. */
const sessionCookieName = (options) => (options.secure ? exports.SECURE_SESSION_COOKIE : exports.SESSION_COOKIE);
exports.sessionCookieName = sessionCookieName;
const sign = (secret, payload) => (0, node_crypto_1.createHmac)('sha256', secret).update(payload, 'utf8').digest();
function encodeSession(secret, session) {
    const payload = Buffer.from(JSON.stringify({ t: session.tokenId, o: session.organizationId, e: session.expiresAt })).toString('base64url');
    return `${payload}.${sign(secret, payload).toString('base64url')}`;
}
/** The session in a cookie value, or null when it is malformed, forged or expired. */
function decodeSession(secret, value, now) {
    const [payload, signature, ...rest] = value.split('.');
    if (!payload || !signature || rest.length > 0)
        return null;
    const expected = sign(secret, payload);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !(0, node_crypto_1.timingSafeEqual)(given, expected))
        return null;
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return null;
    }
    const { t, o, e } = parsed;
    if (typeof t !== 'string' || !(0, ids_1.isUuid)(t) || typeof e !== 'number' || (o !== null && (typeof o !== 'string' || !(0, ids_1.isUuid)(o))))
        return null;
    if (e <= now.getTime())
        return null;
    return { tokenId: t, organizationId: o, expiresAt: e };
}
/** The value of one cookie in a `Cookie` header, or null. */
function readCookie(header, name) {
    for (const part of (header ?? '').split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0 && part.slice(0, eq).trim() === name)
            return part.slice(eq + 1).trim();
    }
    return null;
}
function setSessionCookie(res, options, session) {
    const maxAge = Math.max(0, Math.floor((session.expiresAt - (options.now ?? (() => new Date()))().getTime()) / 1000));
    res.append('Set-Cookie', cookieLine((0, exports.sessionCookieName)(options), options, encodeSession(options.secret, session), maxAge));
    clearUnprefixedCookie(res, options);
}
function clearSessionCookie(res, options) {
    res.append('Set-Cookie', cookieLine((0, exports.sessionCookieName)(options), options, '', 0));
    clearUnprefixedCookie(res, options);
}
/**
 * Behind https, the session cookie this host set before it used the prefix is never read, yet a
 * browser sends it with every request until it expires (up to CONSOLE_SESSION_MINUTES later), next
 * to the session that replaced it. Signing in, picking an organization or signing out expires it.
 */
function clearUnprefixedCookie(res, options) {
    if (options.secure && readCookie(res.req.get('cookie'), exports.SESSION_COOKIE) !== null) {
        res.append('Set-Cookie', cookieLine(exports.SESSION_COOKIE, options, '', 0));
    }
}
const cookieLine = (name, options, value, maxAge) => `${name}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${options.secure ? '; Secure' : ''}`;
/**
 * Refuses a cookie-authenticated request sent from another site. SameSite=Strict already keeps
 * the cookie off cross-site requests; this also refuses what a browser marks as cross-site
 * (Sec-Fetch-Site) or sends with a foreign Origin, whatever the cookie did.
 */
function assertSameOrigin(req, publicUrl) {
    const site = req.get('sec-fetch-site');
    if (site && site !== 'same-origin' && site !== 'none') {
        throw new errors_1.DomainError('FORBIDDEN', 'Cross-site requests cannot use the console session');
    }
    const origin = req.get('origin');
    if (origin && origin !== `${req.protocol}://${req.get('host')}` && origin !== new URL(publicUrl).origin) {
        throw new errors_1.DomainError('FORBIDDEN', 'Cross-site requests cannot use the console session');
    }
}
/**
 * The live token behind a session: revoked tokens end their sessions at once, and a token whose
 * holder lost their standing (demoted, deactivated) is refused with the reason.
 */
async function sessionToken(orm, session, now) {
    let token;
    try {
        token = await (0, token_service_1.authenticateTokenId)({ em: orm.em, actor: (0, context_1.systemActor)(null, 'system'), requestId: null, now }, session.tokenId);
    }
    catch (error) {
        if ((0, db_errors_1.isDatabaseUnavailable)(error))
            throw (0, db_errors_1.databaseUnavailable)(error);
        throw error;
    }
    if (token?.holderRefusal)
        throw new errors_1.DomainError('UNAUTHENTICATED', token.holderRefusal);
    return token;
}
/** The actor of a session: its token's, inside the organization an `internal` token picked. */
function sessionActor(token, session) {
    return { ...(0, auth_1.tokenActor)(token), organizationId: token.scope === 'internal' ? session.organizationId : token.organizationId };
}
/**
 * The actor of the request's console session cookie, or null when it carries none. A cookie
 * that is forged, expired, sent cross-site, or whose token was revoked is refused, never
 * ignored: the caller meant to be signed in.
 */
function sessionAuthenticator(orm, options, publicUrl) {
    const now = () => (options.now ?? (() => new Date()))();
    return async (req) => {
        const value = readCookie(req.get('cookie'), (0, exports.sessionCookieName)(options));
        if (!value)
            return null;
        assertSameOrigin(req, publicUrl);
        const session = decodeSession(options.secret, value, now());
        const token = session ? await sessionToken(orm, session, now) : null;
        if (!session || !token)
            throw new errors_1.DomainError('UNAUTHENTICATED', 'The console session is invalid or has expired: sign in again');
        return sessionActor(token, session);
    };
}
//# sourceMappingURL=console-session.js.map