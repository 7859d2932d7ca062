"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordAudit = recordAudit;
exports.diffFields = diffFields;
const rows_1 = require("../query/rows");
const audit_event_entity_1 = require("./audit-event.entity");
/** Field names whose values never reach an audit record. */
const SECRET_FIELDS = new Set(['password', 'token', 'tokenHash', 'secret']);
/**
 * Records one change, written at once in the caller's unit of work: call it inside `inUnitOfWork`
 * so that it commits or rolls back with the change.
 */
async function recordAudit(ctx, input) {
    const reader = (0, rows_1.tableReader)(ctx.em, audit_event_entity_1.AuditEvent);
    const event = reader.fresh({
        organizationId: input.organizationId,
        occurredAt: ctx.now(),
        actorType: ctx.actor.kind,
        actorId: ctx.actor.id,
        actorName: ctx.actor.name,
        actorUserId: ctx.actor.userId ?? null,
        action: input.action,
        targetType: input.targetType,
        targetId: input.targetId,
        changes: input.changes ?? null,
        requestId: ctx.requestId,
    });
    await (0, rows_1.insertRows)(ctx, reader, [event]);
}
function same(a, b) {
    if (a === b || (a == null && b == null))
        return true;
    if (a == null || b == null || typeof a !== 'object' || typeof b !== 'object')
        return false;
    return JSON.stringify(a) === JSON.stringify(b);
}
/**
 * Before/after of the named fields that differ. Secret fields are reported as changed
 * without their values.
 */
function diffFields(before, after, fields) {
    const changes = {};
    for (const field of fields) {
        if (same(before[field], after[field]))
            continue;
        changes[field] = SECRET_FIELDS.has(field)
            ? { before: '[redacted]', after: '[redacted]' }
            : { before: before[field] ?? null, after: after[field] ?? null };
    }
    return changes;
}
//# sourceMappingURL=audit.service.js.map