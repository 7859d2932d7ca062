import { hash, randomBytes } from 'node:crypto';
import { DomainError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { recordAudit } from '../audit/audit.service';
import { findVisible, inUnitOfWork, requireOrganization, type DomainContext } from '../context';
import { allOf, equalities } from '../query/conditions';
import { insertRows, selectWhere, tableReader, updateWhere, type TableReader } from '../query/rows';
import { runStatement, selectFirst, selectRows, sqlText } from '../query/sql';
import { ApiToken, TOKEN_SCOPES, type TokenScope } from './token.entity';
import { Organization } from '../organization/organization.entity';
import { findOrganizationRow } from '../organization/organization.store';
import { isActiveOrgAdmin } from '../user/user-role.service';
import { User } from '../user/user.entity';

const tokens = (ctx: DomainContext): TableReader<ApiToken> => tableReader(ctx.em, ApiToken);

/** Longest token name: the column's length. */
export const MAX_TOKEN_NAME = 200;
/** Secrets start with this, so they are recognisable in a leak scanner. */
const TOKEN_PREFIX = 'sgt_';
/** How stale `lastUsedAt` may get before a request writes it again (saves a write per request). */
const LAST_USED_RESOLUTION_MS = 60_000;

export const hashToken = (secret: string): string => hash('sha256', secret, 'hex');

export interface CreateTokenInput {
  /** Required for every scope except `internal`, which must have none. */
  organizationId: string | null;
  name: string;
  scope: TokenScope;
  /**
   * The user the token is issued to: an active org admin for `admin`, an active user for `read`;
   * none for `scim` and `internal`. An `admin` token without one is a bootstrap token (CLI only).
   */
  userId?: string | null;
}

/** A token's holder must be a user of its organization in good standing for its scope. */
async function checkHolder(ctx: DomainContext, input: CreateTokenInput): Promise<void> {
  // Absent or null only: an empty id names no user and is refused like any other unknown id.
  if (input.userId == null) return;
  const bad = (message: string) => new DomainError('BAD_USER_INPUT', message, { field: 'userId' });
  if (input.scope !== 'admin' && input.scope !== 'read') throw bad(`${input.scope} tokens are issued to no user`);
  const problem = await holderProblem(ctx, input.organizationId ?? '', input.userId, input.scope);
  if (problem) throw bad(`User ${input.userId} ${HOLDER_PROBLEMS[problem]}: ${input.scope} tokens are issued to active ${input.scope === 'admin' ? 'org admins' : 'users'}`);
}

/** Creates a token; the secret is returned once and only its hash is stored. */
export async function createApiToken(
  ctx: DomainContext,
  input: CreateTokenInput,
): Promise<{ token: ApiToken; secret: string }> {
  const name = input.name.trim();
  if (!name) throw new DomainError('BAD_USER_INPUT', 'name must not be empty', { field: 'name' });
  // The column's length (token.entity.ts): PostgreSQL would refuse a longer name with an error.
  if ([...name].length > MAX_TOKEN_NAME) throw new DomainError('BAD_USER_INPUT', `name is longer than ${MAX_TOKEN_NAME} characters`, { field: 'name' });
  if (!TOKEN_SCOPES.includes(input.scope)) throw new DomainError('BAD_USER_INPUT', `unknown scope ${input.scope}`, { field: 'scope' });
  if (input.scope === 'internal' && input.organizationId) {
    throw new DomainError('BAD_USER_INPUT', 'internal tokens belong to no organization', { field: 'scope' });
  }
  if (input.scope !== 'internal' && !input.organizationId) {
    throw new DomainError('BAD_USER_INPUT', `${input.scope} tokens need an organization`, { field: 'organizationId' });
  }
  return inUnitOfWork(ctx, async (ctx) => {
    await checkHolder(ctx, input);
    const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const token = tokens(ctx).fresh({
      organizationId: input.organizationId,
      userId: input.userId?.toLowerCase() ?? null,
      name,
      scope: input.scope,
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, 10),
      createdAt: ctx.now(),
    });
    await insertRows(ctx, tokens(ctx), [token]);
    if (input.organizationId) {
      await recordAudit(ctx, {
        organizationId: input.organizationId,
        action: 'token.created',
        targetType: 'token',
        targetId: token.id,
        changes: { name: { before: null, after: name }, scope: { before: null, after: input.scope }, userId: { before: null, after: token.userId } },
      });
    }
    return { token, secret };
  });
}

/**
 * A token an org admin issues for their own organization (the GraphQL API and the console): never
 * `internal`, which reaches every organization (CLI only); an `admin` token is issued to a user,
 * the caller unless `userId` names another (DESIGN.md "Org admins are users": bootstrap tokens,
 * which have no holder, come from the CLI only).
 */
export async function issueOrganizationToken(
  ctx: DomainContext,
  input: Pick<CreateTokenInput, 'name' | 'scope' | 'userId'>,
): Promise<{ token: ApiToken; secret: string }> {
  if (input.scope === 'internal') throw new DomainError('FORBIDDEN', 'internal tokens reach every organization; create them with the CLI', { field: 'scope' });
  const organizationId = requireOrganization(ctx);
  const userId = input.userId ?? (input.scope === 'admin' ? ctx.actor.userId : null);
  if (input.scope === 'admin' && !userId) {
    throw new DomainError('BAD_USER_INPUT', 'An admin token is issued to a user: give userId, an active org admin (bootstrap tokens come from the CLI)', { field: 'userId' });
  }
  return createApiToken(ctx, { organizationId, name: input.name, scope: input.scope, userId });
}

/** Revokes a token the actor may see. Revoking twice is a no-op. */
export async function revokeApiToken(ctx: DomainContext, id: string): Promise<ApiToken> {
  return inUnitOfWork(ctx, (ctx) => revoke(ctx, id));
}

async function revoke(ctx: DomainContext, id: string): Promise<ApiToken> {
  const token = await findVisible(ctx, ApiToken, 'Token', id);
  if (!token.revokedAt) {
    token.revokedAt = ctx.now();
    await updateWhere(ctx, tokens(ctx), { revokedAt: token.revokedAt }, allOf(equalities({ id: token.id })));
    if (token.organizationId) {
      await recordAudit(ctx, { organizationId: token.organizationId, action: 'token.revoked', targetType: 'token', targetId: token.id });
    }
  }
  return token;
}

export async function listApiTokens(ctx: DomainContext, organizationId: string): Promise<ApiToken[]> {
  return selectWhere(ctx, tokens(ctx), allOf(equalities({ organization_id: organizationId })), 'order by t.created_at, t.id');
}

/**
 * The live token for a bearer secret, or null. Touches `lastUsedAt` at most once a minute, in a
 * write of its own that the request does not wait for (`touch`).
 */
export async function authenticateToken(ctx: DomainContext, secret: string): Promise<AuthenticatedToken | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  // One read by the unique hash index: every request pays it.
  return liveToken(ctx, 'token_hash', hashToken(secret));
}

/**
 * The live (not revoked) token with this id, or null; touches `lastUsedAt` as
 * `authenticateToken` does. Console sessions hold a token's id, never its secret, and are
 * checked with this on every request, so revoking the token ends its sessions at once.
 */
export async function authenticateTokenId(ctx: DomainContext, id: string): Promise<AuthenticatedToken | null> {
  return isUuid(id) ? liveToken(ctx, 'id', id) : null;
}

/**
 * A live token, whether its organization may use SCIM (read in the same statement), and why its
 * holder may no longer use it (null: they may).
 */
export type AuthenticatedToken = ApiToken & { organizationScimEnabled: boolean; holderRefusal: string | null };

/** DESIGN.md: SCIM is a plan entitlement; a `scim` token of an organization without it is refused. */
export const isScimRefused = (token: AuthenticatedToken): boolean => token.scope === 'scim' && !token.organizationScimEnabled;

/** What keeps a user from holding a token of a scope. */
const HOLDER_PROBLEMS = { gone: 'does not exist', inactive: 'is deactivated', notAdmin: 'is not an org admin' } as const;
type HolderProblem = keyof typeof HOLDER_PROBLEMS;

/**
 * DESIGN.md "Org admins are users": a token issued to a user works while that user is active, and
 * an `admin` one while they are also an org admin, from whatever source. Checked at every use, so
 * a demotion or deactivation stops the token at once, and a new promotion brings it back.
 */
async function holderProblem(ctx: DomainContext, organizationId: string, userId: string, scope: TokenScope): Promise<HolderProblem | null> {
  if (!isUuid(userId)) return 'gone';
  const users = tableReader(ctx.em, User).table;
  const [user] = await selectRows(ctx, `select active, deleted_at from ${users} where organization_id = ? and id = ?`, [organizationId, userId.toLowerCase()]);
  if (!user || user.deleted_at != null) return 'gone';
  if (!user.active) return 'inactive';
  if (scope !== 'admin') return null;
  return (await isActiveOrgAdmin(ctx, await findOrganizationRow(ctx, organizationId), userId.toLowerCase())) ? null : 'notAdmin';
}

async function holderRefusal(ctx: DomainContext, holder: { userId?: string | null; organizationId: string | null; scope: TokenScope | null }): Promise<string | null> {
  if (!holder.userId || !holder.organizationId || !holder.scope) return null;
  const problem = await holderProblem(ctx, holder.organizationId, holder.userId, holder.scope);
  return problem ? `The token's user ${HOLDER_PROBLEMS[problem]}: the token works only while they are an active ${holder.scope === 'admin' ? 'org admin' : 'user'}` : null;
}

/**
 * Refuses (UNAUTHENTICATED, with the reason) an actor whose token's user no longer may hold it, as
 * the token check at the start of a request does: for a request that goes on writing after a write
 * of its own demoted or deactivated that user.
 */
export async function assertHolderStanding(ctx: DomainContext): Promise<void> {
  const refusal = await holderRefusal(ctx, ctx.actor);
  if (refusal) throw new DomainError('UNAUTHENTICATED', refusal);
}

async function liveToken(ctx: DomainContext, column: 'token_hash' | 'id', value: string): Promise<AuthenticatedToken | null> {
  const reader = tokens(ctx);
  // Made once per column (`sqlText`): every request runs it.
  const sql = sqlText(reader, `live token by ${column}`, () => {
    const organizations = tableReader(ctx.em, Organization).table;
    const scim = `(select o.scim_enabled from ${organizations} o where o.id = t.organization_id) as organization_scim_enabled`;
    return `select ${reader.columns('t')}, ${scim} from ${reader.table} t where t.${column} = ? and t.revoked_at is null`;
  });
  const row = await selectFirst(ctx, sql, [value]);
  if (!row) return null;
  const read = reader.read(row);
  const token = Object.assign(read, {
    // An internal token has no organization: nothing to refuse it on this account.
    organizationScimEnabled: row.organization_scim_enabled == null || Boolean(row.organization_scim_enabled),
    holderRefusal: await holderRefusal(ctx, read),
  });
  const now = ctx.now();
  // A use the token's own state refuses is not a use (`lastUsedAt` tells when it last worked).
  if (token.holderRefusal || isScimRefused(token)) return token;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    touch(ctx, token.id, now);
    token.lastUsedAt = now;
  }
  return token;
}

/** Tokens whose `lastUsedAt` is being written: a use meanwhile does not write it again. */
const touching = new Set<string>();

/**
 * Writes a token's `lastUsedAt` without holding up the request that used it. The time is advisory
 * (a minute's resolution), and a write the database cannot take now (another process holding
 * SQLite's write lock, an outage) must not fail, or keep waiting, a request that only reads: such
 * a write is dropped, and the next use tries again. It goes in a unit of work of its own.
 */
function touch(ctx: DomainContext, tokenId: string, now: Date): void {
  if (touching.has(tokenId)) return;
  touching.add(tokenId);
  runStatement({ ...ctx, transaction: undefined }, `update ${tokens(ctx).table} set last_used_at = ? where id = ?`, [now, tokenId])
    .catch(() => undefined)
    .finally(() => touching.delete(tokenId));
}
