"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isScimRefused = exports.hashToken = exports.MAX_TOKEN_NAME = void 0;
exports.createApiToken = createApiToken;
exports.issueOrganizationToken = issueOrganizationToken;
exports.revokeApiToken = revokeApiToken;
exports.listApiTokens = listApiTokens;
exports.authenticateToken = authenticateToken;
exports.authenticateTokenId = authenticateTokenId;
exports.assertHolderStanding = assertHolderStanding;
const node_crypto_1 = require("node:crypto");
const errors_1 = require("../../common/errors");
const ids_1 = require("../../common/ids");
const audit_service_1 = require("../audit/audit.service");
const context_1 = require("../context");
const conditions_1 = require("../query/conditions");
const rows_1 = require("../query/rows");
const sql_1 = require("../query/sql");
const token_entity_1 = require("./token.entity");
const organization_entity_1 = require("../organization/organization.entity");
const organization_store_1 = require("../organization/organization.store");
const user_role_service_1 = require("../user/user-role.service");
const user_entity_1 = require("../user/user.entity");
const tokens = (ctx) => (0, rows_1.tableReader)(ctx.em, token_entity_1.ApiToken);
/** Longest token name: the column's length. */
exports.MAX_TOKEN_NAME = 200;
/** Secrets start with this, so they are recognisable in a leak scanner. */
const TOKEN_PREFIX = 'sgt_';
/** How stale `lastUsedAt` may get before a request writes it again (saves a write per request). */
const LAST_USED_RESOLUTION_MS = 60_000;
const hashToken = (secret) => (0, node_crypto_1.hash)('sha256', secret, 'hex');
exports.hashToken = hashToken;
/** A token's holder must be a user of its organization in good standing for its scope. */
async function checkHolder(ctx, input) {
    // Absent or null only: an empty id names no user and is refused like any other unknown id.
    if (input.userId == null)
        return;
    const bad = (message) => new errors_1.DomainError('BAD_USER_INPUT', message, { field: 'userId' });
    if (input.scope !== 'admin' && input.scope !== 'read')
        throw bad(`${input.scope} tokens are issued to no user`);
    const problem = await holderProblem(ctx, input.organizationId ?? '', input.userId, input.scope);
    if (problem)
        throw bad(`User ${input.userId} ${HOLDER_PROBLEMS[problem]}: ${input.scope} tokens are issued to active ${input.scope === 'admin' ? 'org admins' : 'users'}`);
}
/** Creates a token; the secret is returned once and only its hash is stored. */
async function createApiToken(ctx, input) {
    const name = input.name.trim();
    if (!name)
        throw new errors_1.DomainError('BAD_USER_INPUT', 'name must not be empty', { field: 'name' });
    // The column's length (token.entity.ts): PostgreSQL would refuse a longer name with an error.
    if ([...name].length > exports.MAX_TOKEN_NAME)
        throw new errors_1.DomainError('BAD_USER_INPUT', `name is longer than ${exports.MAX_TOKEN_NAME} characters`, { field: 'name' });
    if (!token_entity_1.TOKEN_SCOPES.includes(input.scope))
        throw new errors_1.DomainError('BAD_USER_INPUT', `unknown scope ${input.scope}`, { field: 'scope' });
    if (input.scope === 'internal' && input.organizationId) {
        throw new errors_1.DomainError('BAD_USER_INPUT', 'internal tokens belong to no organization', { field: 'scope' });
    }
    if (input.scope !== 'internal' && !input.organizationId) {
        throw new errors_1.DomainError('BAD_USER_INPUT', `${input.scope} tokens need an organization`, { field: 'organizationId' });
    }
    return (0, context_1.inUnitOfWork)(ctx, async (ctx) => {
        await checkHolder(ctx, input);
        const secret = `${TOKEN_PREFIX}${(0, node_crypto_1.randomBytes)(32).toString('base64url')}`;
        const token = tokens(ctx).fresh({
            organizationId: input.organizationId,
            userId: input.userId?.toLowerCase() ?? null,
            name,
            scope: input.scope,
            tokenHash: (0, exports.hashToken)(secret),
            prefix: secret.slice(0, 10),
            createdAt: ctx.now(),
        });
        await (0, rows_1.insertRows)(ctx, tokens(ctx), [token]);
        if (input.organizationId) {
            await (0, audit_service_1.recordAudit)(ctx, {
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
async function issueOrganizationToken(ctx, input) {
    if (input.scope === 'internal')
        throw new errors_1.DomainError('FORBIDDEN', 'internal tokens reach every organization; create them with the CLI', { field: 'scope' });
    const organizationId = (0, context_1.requireOrganization)(ctx);
    const userId = input.userId ?? (input.scope === 'admin' ? ctx.actor.userId : null);
    if (input.scope === 'admin' && !userId) {
        throw new errors_1.DomainError('BAD_USER_INPUT', 'An admin token is issued to a user: give userId, an active org admin (bootstrap tokens come from the CLI)', { field: 'userId' });
    }
    return createApiToken(ctx, { organizationId, name: input.name, scope: input.scope, userId });
}
/** Revokes a token the actor may see. Revoking twice is a no-op. */
async function revokeApiToken(ctx, id) {
    return (0, context_1.inUnitOfWork)(ctx, (ctx) => revoke(ctx, id));
}
async function revoke(ctx, id) {
    const token = await (0, context_1.findVisible)(ctx, token_entity_1.ApiToken, 'Token', id);
    if (!token.revokedAt) {
        token.revokedAt = ctx.now();
        await (0, rows_1.updateWhere)(ctx, tokens(ctx), { revokedAt: token.revokedAt }, (0, conditions_1.allOf)((0, conditions_1.equalities)({ id: token.id })));
        if (token.organizationId) {
            await (0, audit_service_1.recordAudit)(ctx, { organizationId: token.organizationId, action: 'token.revoked', targetType: 'token', targetId: token.id });
        }
    }
    return token;
}
async function listApiTokens(ctx, organizationId) {
    return (0, rows_1.selectWhere)(ctx, tokens(ctx), (0, conditions_1.allOf)((0, conditions_1.equalities)({ organization_id: organizationId })), 'order by t.created_at, t.id');
}
/**
 * The live token for a bearer secret, or null. Touches `lastUsedAt` at most once a minute, in a
 * write of its own that the request does not wait for (`touch`).
 */
async function authenticateToken(ctx, secret) {
    if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200)
        return null;
    // One read by the unique hash index: every request pays it.
    return liveToken(ctx, 'token_hash', (0, exports.hashToken)(secret));
}
/**
 * The live (not revoked) token with this id, or null; touches `lastUsedAt` as
 * `authenticateToken` does. Console sessions hold a token's id, never its secret, and are
 * checked with this on every request, so revoking the token ends its sessions at once.
 */
async function authenticateTokenId(ctx, id) {
    return (0, ids_1.isUuid)(id) ? liveToken(ctx, 'id', id) : null;
}
/** DESIGN.md: SCIM is a plan entitlement; a `scim` token of an organization without it is refused. */
const isScimRefused = (token) => token.scope === 'scim' && !token.organizationScimEnabled;
exports.isScimRefused = isScimRefused;
/** What keeps a user from holding a token of a scope. */
const HOLDER_PROBLEMS = { gone: 'does not exist', inactive: 'is deactivated', notAdmin: 'is not an org admin' };
/**
 * DESIGN.md "Org admins are users": a token issued to a user works while that user is active, and
 * an `admin` one while they are also an org admin, from whatever source. Checked at every use, so
 * a demotion or deactivation stops the token at once, and a new promotion brings it back.
 */
async function holderProblem(ctx, organizationId, userId, scope) {
    if (!(0, ids_1.isUuid)(userId))
        return 'gone';
    const users = (0, rows_1.tableReader)(ctx.em, user_entity_1.User).table;
    const [user] = await (0, sql_1.selectRows)(ctx, `select active, deleted_at from ${users} where organization_id = ? and id = ?`, [organizationId, userId.toLowerCase()]);
    if (!user || user.deleted_at != null)
        return 'gone';
    if (!user.active)
        return 'inactive';
    if (scope !== 'admin')
        return null;
    return (await (0, user_role_service_1.isActiveOrgAdmin)(ctx, await (0, organization_store_1.findOrganizationRow)(ctx, organizationId), userId.toLowerCase())) ? null : 'notAdmin';
}
async function holderRefusal(ctx, holder) {
    if (!holder.userId || !holder.organizationId || !holder.scope)
        return null;
    const problem = await holderProblem(ctx, holder.organizationId, holder.userId, holder.scope);
    return problem ? `The token's user ${HOLDER_PROBLEMS[problem]}: the token works only while they are an active ${holder.scope === 'admin' ? 'org admin' : 'user'}` : null;
}
/**
 * Refuses (UNAUTHENTICATED, with the reason) an actor whose token's user no longer may hold it, as
 * the token check at the start of a request does: for a request that goes on writing after a write
 * of its own demoted or deactivated that user.
 */
async function assertHolderStanding(ctx) {
    const refusal = await holderRefusal(ctx, ctx.actor);
    if (refusal)
        throw new errors_1.DomainError('UNAUTHENTICATED', refusal);
}
async function liveToken(ctx, column, value) {
    const reader = tokens(ctx);
    // Made once per column (`sqlText`): every request runs it.
    const sql = (0, sql_1.sqlText)(reader, `live token by ${column}`, () => {
        const organizations = (0, rows_1.tableReader)(ctx.em, organization_entity_1.Organization).table;
        const scim = `(select o.scim_enabled from ${organizations} o where o.id = t.organization_id) as organization_scim_enabled`;
        return `select ${reader.columns('t')}, ${scim} from ${reader.table} t where t.${column} = ? and t.revoked_at is null`;
    });
    const row = await (0, sql_1.selectFirst)(ctx, sql, [value]);
    if (!row)
        return null;
    const read = reader.read(row);
    const token = Object.assign(read, {
        // An internal token has no organization: nothing to refuse it on this account.
        organizationScimEnabled: row.organization_scim_enabled == null || Boolean(row.organization_scim_enabled),
        holderRefusal: await holderRefusal(ctx, read),
    });
    const now = ctx.now();
    // A use the token's own state refuses is not a use (`lastUsedAt` tells when it last worked).
    if (token.holderRefusal || (0, exports.isScimRefused)(token))
        return token;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
        touch(ctx, token.id, now);
        token.lastUsedAt = now;
    }
    return token;
}
/** Tokens whose `lastUsedAt` is being written: a use meanwhile does not write it again. */
const touching = new Set();
/**
 * Writes a token's `lastUsedAt` without holding up the request that used it. The time is advisory
 * (a minute's resolution), and a write the database cannot take now (another process holding
 * SQLite's write lock, an outage) must not fail, or keep waiting, a request that only reads: such
 * a write is dropped, and the next use tries again. It goes in a unit of work of its own.
 */
function touch(ctx, tokenId, now) {
    if (touching.has(tokenId))
        return;
    touching.add(tokenId);
    (0, sql_1.runStatement)({ ...ctx, transaction: undefined }, `update ${tokens(ctx).table} set last_used_at = ? where id = ?`, [now, tokenId])
        .catch(() => undefined)
        .finally(() => touching.delete(tokenId));
}
//# sourceMappingURL=token.service.js.map