"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.canSee = exports.tenantKeyOf = void 0;
exports.requireOrganization = requireOrganization;
exports.visibleIdsByOrganization = visibleIdsByOrganization;
exports.tenantScope = tenantScope;
exports.systemActor = systemActor;
exports.systemContext = systemContext;
exports.inUnitOfWork = inUnitOfWork;
exports.findVisible = findVisible;
const errors_1 = require("../common/errors");
const ids_1 = require("../common/ids");
const db_errors_1 = require("./db-errors");
const conditions_1 = require("./query/conditions");
const rows_1 = require("./query/rows");
const sql_1 = require("./query/sql");
/**
 * The organization the actor writes into. Org-scoped actors write only into their own;
 * actors without one (internal tokens) cannot write tenant data.
 */
function requireOrganization(ctx) {
    const org = ctx.actor.organizationId;
    if (!org)
        throw new errors_1.DomainError('FORBIDDEN', 'This operation needs an organization-scoped token');
    return org;
}
/** A tenant key as one string (a loader's cache key). */
const tenantKeyOf = (key) => `${key.organizationId}/${key.id}`;
exports.tenantKeyOf = tenantKeyOf;
/** Whether the actor may read rows of an organization: its own, or any for actors across organizations. */
const canSee = (ctx, organizationId) => !ctx.actor.organizationId || ctx.actor.organizationId === organizationId;
exports.canSee = canSee;
/** The ids of the keys the actor may read, grouped by organization (one query per organization). */
function visibleIdsByOrganization(ctx, keys) {
    const groups = new Map();
    for (const key of keys) {
        if (!(0, exports.canSee)(ctx, key.organizationId))
            continue;
        const ids = groups.get(key.organizationId) ?? [];
        ids.push(key.id);
        groups.set(key.organizationId, ids);
    }
    return groups;
}
/** A filter fragment limiting a query on a tenant table to what the actor may see. */
function tenantScope(ctx) {
    return ctx.actor.organizationId ? { organizationId: ctx.actor.organizationId } : {};
}
/** A system actor acting inside one organization, or across all of them when null (CLI and start-up tasks). */
function systemActor(organizationId, kind = 'cli') {
    return { kind, id: null, name: kind, scope: null, organizationId };
}
/** A context for a system actor on a fresh unit of work of `em` (CLI, start-up, the seed). */
function systemContext(em, organizationId, kind = 'cli', options = {}) {
    return { em: em.fork(), actor: systemActor(organizationId, kind), requestId: options.requestId ?? null, now: options.now ?? (() => new Date()) };
}
/**
 * Runs `work` as one unit of work: inside the caller's transaction when there is one (a GraphQL
 * mutation), else in a transaction of its own. Database errors leave as DomainErrors.
 */
async function inUnitOfWork(ctx, work) {
    return (0, db_errors_1.withDbErrors)(() => (0, sql_1.inTransaction)(ctx, work));
}
/**
 * The row of `entity` with this id that the actor may see, as a plain record; NOT_FOUND naming
 * `what` for unknown ids, other organizations' rows and ids that are not UUIDs (never a database
 * error).
 */
async function findVisible(ctx, entity, what, id) {
    const reader = (0, rows_1.tableReader)(ctx.em, entity);
    const where = (0, conditions_1.allOf)([...(0, conditions_1.equalities)({ organization_id: tenantScope(ctx).organizationId }), ...(0, conditions_1.idConditions)('id', { eq: id })]);
    const [row] = (0, ids_1.isUuid)(id) ? await (0, sql_1.selectRows)(ctx, `select ${reader.columns('t')} from ${reader.table} t where ${where.sql('t')}`, where.params) : [];
    if (!row)
        throw (0, errors_1.notFound)(what, id);
    return reader.read(row);
}
//# sourceMappingURL=context.js.map