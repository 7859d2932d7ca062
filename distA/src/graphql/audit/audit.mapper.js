"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toAuditEventType = toAuditEventType;
function toAuditEventType(event) {
    return {
        id: event.id,
        occurredAt: event.occurredAt,
        actorType: event.actorType,
        actorId: event.actorId,
        actorName: event.actorName,
        actorUserId: event.actorUserId,
        action: event.action,
        targetType: event.targetType,
        targetId: event.targetId,
        changes: Object.entries(event.changes ?? {}).map(([field, change]) => ({ field, before: change.before, after: change.after })),
        requestId: event.requestId,
    };
}
//# sourceMappingURL=audit.mapper.js.map