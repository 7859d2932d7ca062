import type { MikroORM } from '@mikro-orm/core';
import express, { Router, type Request, type Response } from 'express';
import { DomainError } from '../common/errors';
import { isUuid } from '../common/ids';
import { systemContext } from '../domain/context';
import { findOrganization } from '../domain/organization/organization.service';
import type { TokenScope } from '../domain/token/token.entity';
import { requireScope } from './auth';
import type { RateLimiter } from './rate-limit';
import {
  assertSameOrigin,
  clearSessionCookie,
  decodeSession,
  readCookie,
  SECURE_SESSION_COOKIE,
  SESSION_COOKIE,
  sessionCookieName,
  sessionToken,
  setSessionCookie,
  type ConsoleSession,
  type SessionOptions,
} from './console-session';
import { pageHandler } from './web';

export interface ConsoleDeps {
  orm: MikroORM;
  session: SessionOptions;
  publicUrl: string;
  webRoot: string;
  /** The request budgets: a sign-in spends from its token's as any request does. */
  rateLimiter?: RateLimiter;
}

/** Token scopes that may sign in to the console; `read` and `internal` see it read-only. */
const CONSOLE_SCOPES: readonly TokenScope[] = ['admin', 'read', 'internal'];
const CONSOLE_REFUSAL = 'SCIM tokens cannot sign in to the console: use an admin token (read and internal tokens see it read-only)';

/** What the page needs to know about its session (never the token itself). */
interface SessionView {
  scope: TokenScope;
  tokenName: string;
  organizationId: string | null;
  expiresAt: string;
  /** Where identity providers connect: PUBLIC_URL + /scim/v2. */
  scimBaseUrl: string;
}

function bodyString(req: Request, field: string): string {
  const value = (req.body as Record<string, unknown> | undefined)?.[field];
  if (typeof value !== 'string' || value.trim() === '') throw new DomainError('BAD_USER_INPUT', `${field} is required`, { field });
  return value.trim();
}

/**
 * `/console`: the page, and its session (sign in with a pasted token, see the session, pick an
 * organization for an `internal` token, sign out). The page reads and writes data only through
 * `/graphql`, which takes the session cookie in place of a bearer token.
 */
export function consoleRouter(deps: ConsoleDeps): Router {
  const { orm, session: options } = deps;
  const now = (): Date => (options.now ?? (() => new Date()))();
  const scimBaseUrl = `${deps.publicUrl}/scim/v2`;
  const router = Router();
  const page = pageHandler(deps.webRoot, 'console');
  router.get('/console', page);
  router.get('/console/', page);

  const json = express.json({ limit: 4096 });
  const sameOrigin = (req: Request, _res: Response, next: () => void): void => {
    assertSameOrigin(req, deps.publicUrl);
    next();
  };

  const current = async (req: Request): Promise<{ session: ConsoleSession; view: SessionView }> => {
    const value = readCookie(req.get('cookie'), sessionCookieName(options));
    const session = value ? decodeSession(options.secret, value, now()) : null;
    const token = session ? await sessionToken(orm, session, now) : null;
    if (!session || !token) throw new DomainError('UNAUTHENTICATED', 'Not signed in, or the console session has expired');
    const organizationId = token.scope === 'internal' ? session.organizationId : token.organizationId;
    return { session, view: { scope: token.scope, tokenName: token.name, organizationId, expiresAt: new Date(session.expiresAt).toISOString(), scimBaseUrl } };
  };

  router.post('/console/session', sameOrigin, json, async (req, res) => {
    const secret = bodyString(req, 'token');
    const actor = await requireScope(orm, `Bearer ${secret}`, CONSOLE_SCOPES, CONSOLE_REFUSAL, { now: options.now, rateLimiter: deps.rateLimiter });
    const session: ConsoleSession = { tokenId: actor.id!, organizationId: null, expiresAt: now().getTime() + options.minutes * 60_000 };
    setSessionCookie(res, options, session);
    res.setHeader('Cache-Control', 'no-store');
    const view: SessionView = { scope: actor.scope!, tokenName: actor.name ?? '', organizationId: actor.organizationId, expiresAt: new Date(session.expiresAt).toISOString(), scimBaseUrl };
    res.json(view);
  });

  // No session cookie at all is nobody signed in, not a failure: 204, so a signed-out visit logs no
  // 401. A cookie that is refused (forged, expired, its token revoked or its holder demoted, or one
  // without the prefix behind https, from before the move) answers 401 with why.
  router.get('/console/session', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const cookies = req.get('cookie');
    if (!readCookie(cookies, SECURE_SESSION_COOKIE) && !readCookie(cookies, SESSION_COOKIE)) {
      res.status(204).end();
      return;
    }
    res.json((await current(req)).view);
  });

  // An internal token reaches every organization; its session works inside the one it picks.
  router.put('/console/session/organization', sameOrigin, json, async (req, res) => {
    const { session, view } = await current(req);
    if (view.scope !== 'internal') throw new DomainError('FORBIDDEN', 'Only internal tokens pick an organization');
    const wanted = bodyString(req, 'organizationId');
    if (!isUuid(wanted)) throw new DomainError('NOT_FOUND', `Organization ${wanted} not found`, { id: wanted });
    const organization = await findOrganization(systemContext(orm.em, null, 'system'), wanted);
    setSessionCookie(res, options, { ...session, organizationId: organization.id });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ...view, organizationId: organization.id });
  });

  router.delete('/console/session', sameOrigin, (_req, res) => {
    clearSessionCookie(res, options);
    res.status(204).end();
  });
  return router;
}
