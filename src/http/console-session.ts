import type { MikroORM } from '@mikro-orm/core';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { DomainError } from '../common/errors';
import { isUuid } from '../common/ids';
import { systemActor, type Actor } from '../domain/context';
import { databaseUnavailable, isDatabaseUnavailable } from '../domain/db-errors';
import { authenticateTokenId, type AuthenticatedToken } from '../domain/token/token.service';
import type { ApiToken } from '../domain/token/token.entity';
import { tokenActor } from './auth';

/** The console's session cookie: HttpOnly, SameSite=Strict, path `/`, signed with HMAC-SHA256. */
export const SESSION_COOKIE = 'scimgraph_console';

/**
 * Its name where it is `Secure` (PUBLIC_URL is https): with the `__Host-` prefix, a browser takes
 * it only from this host, over https, for path `/`, so a sibling subdomain cannot plant a session
 * of its own in the admin's browser (RFC 6265bis §4.1.3.2).
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** The session cookie's name under these options. */
export const sessionCookieName = (options: Pick<SessionOptions, 'secure'>): string => (options.secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

/**
 * What a session cookie carries: the token's id (a server-side reference, never the secret), the
 * organization an `internal` token picked, and when it ends. Signed, not encrypted: nothing in
 * it is secret, and a changed byte fails the signature.
 */
export interface ConsoleSession {
  tokenId: string;
  organizationId: string | null;
  expiresAt: number;
}

export interface SessionOptions {
  secret: string;
  minutes: number;
  /** Adds `Secure` (PUBLIC_URL is https). */
  secure: boolean;
  now?: () => Date;
}

const sign = (secret: string, payload: string): Buffer => createHmac('sha256', secret).update(payload, 'utf8').digest();

export function encodeSession(secret: string, session: ConsoleSession): string {
  const payload = Buffer.from(JSON.stringify({ t: session.tokenId, o: session.organizationId, e: session.expiresAt })).toString('base64url');
  return `${payload}.${sign(secret, payload).toString('base64url')}`;
}

/** The session in a cookie value, or null when it is malformed, forged or expired. */
export function decodeSession(secret: string, value: string, now: Date): ConsoleSession | null {
  const [payload, signature, ...rest] = value.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = sign(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: { t?: unknown; o?: unknown; e?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const { t, o, e } = parsed;
  if (typeof t !== 'string' || !isUuid(t) || typeof e !== 'number' || (o !== null && (typeof o !== 'string' || !isUuid(o)))) return null;
  if (e <= now.getTime()) return null;
  return { tokenId: t, organizationId: o, expiresAt: e };
}

/** The value of one cookie in a `Cookie` header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export function setSessionCookie(res: Response, options: SessionOptions, session: ConsoleSession): void {
  const maxAge = Math.max(0, Math.floor((session.expiresAt - (options.now ?? (() => new Date()))().getTime()) / 1000));
  res.append('Set-Cookie', cookieLine(sessionCookieName(options), options, encodeSession(options.secret, session), maxAge));
  clearUnprefixedCookie(res, options);
}

export function clearSessionCookie(res: Response, options: SessionOptions): void {
  res.append('Set-Cookie', cookieLine(sessionCookieName(options), options, '', 0));
  clearUnprefixedCookie(res, options);
}

/**
 * Behind https, the session cookie this host set before it used the prefix is never read, yet a
 * browser sends it with every request until it expires (up to CONSOLE_SESSION_MINUTES later), next
 * to the session that replaced it. Signing in, picking an organization or signing out expires it.
 */
function clearUnprefixedCookie(res: Response, options: SessionOptions): void {
  if (options.secure && readCookie(res.req.get('cookie'), SESSION_COOKIE) !== null) {
    res.append('Set-Cookie', cookieLine(SESSION_COOKIE, options, '', 0));
  }
}

const cookieLine = (name: string, options: SessionOptions, value: string, maxAge: number): string =>
  `${name}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${options.secure ? '; Secure' : ''}`;

/**
 * Refuses a cookie-authenticated request sent from another site. SameSite=Strict already keeps
 * the cookie off cross-site requests; this also refuses what a browser marks as cross-site
 * (Sec-Fetch-Site) or sends with a foreign Origin, whatever the cookie did.
 */
export function assertSameOrigin(req: Request, publicUrl: string): void {
  const site = req.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') {
    throw new DomainError('FORBIDDEN', 'Cross-site requests cannot use the console session');
  }
  const origin = req.get('origin');
  if (origin && origin !== `${req.protocol}://${req.get('host')}` && origin !== new URL(publicUrl).origin) {
    throw new DomainError('FORBIDDEN', 'Cross-site requests cannot use the console session');
  }
}

/**
 * The live token behind a session: revoked tokens end their sessions at once, and a token whose
 * holder lost their standing (demoted, deactivated) is refused with the reason.
 */
export async function sessionToken(orm: MikroORM, session: ConsoleSession, now: () => Date): Promise<AuthenticatedToken | null> {
  let token: AuthenticatedToken | null;
  try {
    token = await authenticateTokenId({ em: orm.em, actor: systemActor(null, 'system'), requestId: null, now }, session.tokenId);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw databaseUnavailable(error);
    throw error;
  }
  if (token?.holderRefusal) throw new DomainError('UNAUTHENTICATED', token.holderRefusal);
  return token;
}

/** The actor of a session: its token's, inside the organization an `internal` token picked. */
export function sessionActor(token: ApiToken, session: ConsoleSession): Actor {
  return { ...tokenActor(token), organizationId: token.scope === 'internal' ? session.organizationId : token.organizationId };
}

/**
 * The actor of the request's console session cookie, or null when it carries none. A cookie
 * that is forged, expired, sent cross-site, or whose token was revoked is refused, never
 * ignored: the caller meant to be signed in.
 */
export function sessionAuthenticator(orm: MikroORM, options: SessionOptions, publicUrl: string): (req: Request) => Promise<Actor | null> {
  const now = (): Date => (options.now ?? (() => new Date()))();
  return async (req) => {
    const value = readCookie(req.get('cookie'), sessionCookieName(options));
    if (!value) return null;
    assertSameOrigin(req, publicUrl);
    const session = decodeSession(options.secret, value, now());
    const token = session ? await sessionToken(orm, session, now) : null;
    if (!session || !token) throw new DomainError('UNAUTHENTICATED', 'The console session is invalid or has expired: sign in again');
    return sessionActor(token, session);
  };
}
