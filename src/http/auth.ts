import type { MikroORM } from '@mikro-orm/core';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { DomainError } from '../common/errors';
import { systemActor, type Actor } from '../domain/context';
import type { ApiToken, TokenScope } from '../domain/token/token.entity';
import { authenticateToken, isScimRefused, type AuthenticatedToken } from '../domain/token/token.service';
import { databaseUnavailable, isDatabaseUnavailable } from '../domain/db-errors';
import type { RateLimiter } from './rate-limit';

export interface AuthOptions {
  /** The clock for `lastUsedAt`; pinned in tests. */
  now?: () => Date;
  /** Spends the request from the token's and the organization's budgets once the token is known. */
  rateLimiter?: RateLimiter;
}

/** The secret of an `Authorization: Bearer <secret>` header (scheme case-insensitive), or null. */
function bearerSecret(header: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match ? match[1] : null;
}

/** The domain actor of a live token. */
export function tokenActor(token: ApiToken): Actor {
  return { kind: 'token', id: token.id, name: token.name, scope: token.scope, organizationId: token.organizationId, userId: token.userId };
}

/**
 * The actor behind an `Authorization` header value. Rejects with `UNAUTHENTICATED` when the
 * header is missing or malformed or the token is unknown or revoked, and with `UNAVAILABLE`
 * when the database cannot be reached. Touches the token's `lastUsedAt`.
 */
async function resolveActor(orm: MikroORM, header: string | undefined, options: AuthOptions = {}): Promise<Actor> {
  const secret = bearerSecret(header);
  if (!secret) throw new DomainError('UNAUTHENTICATED', 'An API token is required: Authorization: Bearer <token>');
  let token: AuthenticatedToken | null;
  try {
    // One prepared read: no unit of work of its own (see graphql/context.ts).
    token = await authenticateToken({ em: orm.em, actor: systemActor(null, 'system'), requestId: null, now: options.now ?? (() => new Date()) }, secret);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw databaseUnavailable(error);
    throw error;
  }
  if (!token) throw new DomainError('UNAUTHENTICATED', 'The API token is unknown or revoked');
  if (token.holderRefusal) throw new DomainError('UNAUTHENTICATED', token.holderRefusal);
  // DESIGN.md: SCIM is a plan entitlement; refused before anything is read or written.
  if (isScimRefused(token)) {
    throw new DomainError('FORBIDDEN', 'SCIM is not enabled for this organization: provisioning comes with plans that include SCIM, and the operator turns it on');
  }
  return tokenActor(token);
}

/**
 * `resolveActor`, then refuses (FORBIDDEN, with `refusal` as message) a token of another scope, and
 * (RATE_LIMITED) a request over its token's or organization's budget.
 */
export async function requireScope(
  orm: MikroORM,
  header: string | undefined,
  scopes: readonly TokenScope[],
  refusal: string,
  options: AuthOptions = {},
): Promise<Actor> {
  const actor = await resolveActor(orm, header, options);
  if (!actor.scope || !scopes.includes(actor.scope)) throw new DomainError('FORBIDDEN', refusal);
  await options.rateLimiter?.check(actor);
  return actor;
}

/** Scopes the GraphQL door accepts; `scim` tokens use the SCIM door only. */
const GRAPHQL_SCOPES: readonly TokenScope[] = ['admin', 'read', 'internal'];
const GRAPHQL_REFUSAL = 'SCIM tokens work only on the SCIM endpoint /scim/v2; GraphQL takes admin, read or internal tokens';

const actors = new WeakMap<Request, Actor>();

/** The actor `graphqlAuth` authenticated for this request, if any. */
export const actorOf = (req: Request): Actor | undefined => actors.get(req);

export interface GraphQLAuthOptions extends AuthOptions {
  /** The actor of a console session cookie, or null without one (used when no Authorization header is sent). */
  session?: (req: Request) => Promise<Actor | null>;
}

/**
 * Authenticates every `/graphql` request: by its bearer token, or else by the console's session
 * cookie. Failures end the request (401 with `WWW-Authenticate: Bearer`, 403 for a `scim` token,
 * 429 with Retry-After over a budget, 503 on an outage) through the app's error handler, in the
 * GraphQL error shape. Browser navigations never get here: the app answers them with the playground.
 */
export function graphqlAuth(orm: MikroORM, options: GraphQLAuthOptions = {}): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.get('authorization');
    const fromSession = header === undefined && options.session ? await options.session(req) : null;
    // A session spends from its token's budgets like the token itself.
    if (fromSession) await options.rateLimiter?.check(fromSession);
    // Express 5 passes a rejection to the error handler.
    actors.set(req, fromSession ?? (await requireScope(orm, header, GRAPHQL_SCOPES, GRAPHQL_REFUSAL, options)));
    next();
  };
}
