"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.actorOf = void 0;
exports.tokenActor = tokenActor;
exports.requireScope = requireScope;
exports.graphqlAuth = graphqlAuth;
const errors_1 = require("../common/errors");
const context_1 = require("../domain/context");
const token_service_1 = require("../domain/token/token.service");
const db_errors_1 = require("../domain/db-errors");
/** The secret of an `Authorization: Bearer <secret>` header (scheme case-insensitive), or null. */
function bearerSecret(header) {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
    return match ? match[1] : null;
}
/** The domain actor of a live token. */
function tokenActor(token) {
    return { kind: 'token', id: token.id, name: token.name, scope: token.scope, organizationId: token.organizationId, userId: token.userId };
}
/**
 * The actor behind an `Authorization` header value. Rejects with `UNAUTHENTICATED` when the
 * header is missing or malformed or the token is unknown or revoked, and with `UNAVAILABLE`
 * when the database cannot be reached. Touches the token's `lastUsedAt`.
 */
async function resolveActor(orm, header, options = {}) {
    const secret = bearerSecret(header);
    if (!secret)
        throw new errors_1.DomainError('UNAUTHENTICATED', 'An API token is required: Authorization: Bearer <token>');
    let token;
    try {
        // One prepared read: no unit of work of its own (see graphql/context.ts).
        token = await (0, token_service_1.authenticateToken)({ em: orm.em, actor: (0, context_1.systemActor)(null, 'system'), requestId: null, now: options.now ?? (() => new Date()) }, secret);
    }
    catch (error) {
        if ((0, db_errors_1.isDatabaseUnavailable)(error))
            throw (0, db_errors_1.databaseUnavailable)(error);
        throw error;
    }
    if (!token)
        throw new errors_1.DomainError('UNAUTHENTICATED', 'The API token is unknown or revoked');
    if (token.holderRefusal)
        throw new errors_1.DomainError('UNAUTHENTICATED', token.holderRefusal);
    // DESIGN.md: SCIM is a plan entitlement; refused before anything is read or written.
    if ((0, token_service_1.isScimRefused)(token)) {
        throw new errors_1.DomainError('FORBIDDEN', 'SCIM is not enabled for this organization: provisioning comes with plans that include SCIM, and the operator turns it on');
    }
    return tokenActor(token);
}
/**
 * `resolveActor`, then refuses (FORBIDDEN, with `refusal` as message) a token of another scope, and
 * (RATE_LIMITED) a request over its token's or organization's budget.
 */
async function requireScope(orm, header, scopes, refusal, options = {}) {
    const actor = await resolveActor(orm, header, options);
    if (!actor.scope || !scopes.includes(actor.scope))
        throw new errors_1.DomainError('FORBIDDEN', refusal);
    await options.rateLimiter?.check(actor);
    return actor;
}
/** Scopes the GraphQL door accepts; `scim` tokens use the SCIM door only. */
const GRAPHQL_SCOPES = ['admin', 'read', 'internal'];
const GRAPHQL_REFUSAL = 'SCIM tokens work only on the SCIM endpoint /scim/v2; GraphQL takes admin, read or internal tokens';
const actors = new WeakMap();
/** The actor `graphqlAuth` authenticated for this request, if any. */
const actorOf = (req) => actors.get(req);
exports.actorOf = actorOf;
/**
 * Authenticates every `/graphql` request: by its bearer token, or else by the console's session
 * cookie. Failures end the request (401 with `WWW-Authenticate: Bearer`, 403 for a `scim` token,
 * 429 with Retry-After over a budget, 503 on an outage) through the app's error handler, in the
 * GraphQL error shape. Browser navigations never get here: the app answers them with the playground.
 */
function graphqlAuth(orm, options = {}) {
    return async (req, _res, next) => {
        const header = req.get('authorization');
        const fromSession = header === undefined && options.session ? await options.session(req) : null;
        // A session spends from its token's budgets like the token itself.
        if (fromSession)
            await options.rateLimiter?.check(fromSession);
        // Express 5 passes a rejection to the error handler.
        actors.set(req, fromSession ?? (await requireScope(orm, header, GRAPHQL_SCOPES, GRAPHQL_REFUSAL, options)));
        next();
    };
}
//# sourceMappingURL=auth.js.map