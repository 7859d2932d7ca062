"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.listAuditEvents = listAuditEvents;
const errors_1 = require("../../common/errors");
const organization_service_1 = require("../organization/organization.service");
const conditions_1 = require("../query/conditions");
const paging_1 = require("../query/paging");
const rows_1 = require("../query/rows");
const audit_event_entity_1 = require("./audit-event.entity");
const OCCURRED_AT = { name: 'occurredAt', property: 'occurredAt', kind: 'date' };
/** Audit events of one organization, newest first. */
async function listAuditEvents(ctx, query) {
    // An organization named is one the actor may see (any case; NOT_FOUND otherwise, not a UUID included).
    const organizationId = query.organizationId ? (await (0, organization_service_1.findOrganization)(ctx, query.organizationId)).id : ctx.actor.organizationId;
    if (!organizationId) {
        throw new errors_1.DomainError('BAD_USER_INPUT', 'organizationId is required for tokens without an organization', { field: 'organizationId' });
    }
    const conditions = (0, conditions_1.equalities)({
        organization_id: organizationId,
        target_id: query.targetId || undefined,
        target_type: query.targetType || undefined,
        request_id: query.requestId || undefined,
        actor_id: query.actorId || undefined,
    });
    if (query.action) {
        const prefix = query.action.endsWith('.');
        conditions.push(...(0, conditions_1.stringConditions)({ column: 'action', caseExact: true }, prefix ? { ge: query.action, lt: `${query.action}\uffff` } : { eq: query.action }));
    }
    conditions.push(...(0, conditions_1.orderedConditions)('occurred_at', { ge: query.since, lt: query.until }));
    return (0, paging_1.findPage)(ctx, (0, rows_1.tableReader)(ctx.em, audit_event_entity_1.AuditEvent), (0, conditions_1.allOf)(conditions), {
        first: query.first,
        after: query.after,
        sort: OCCURRED_AT,
        descending: true,
    });
}
//# sourceMappingURL=audit.query.js.map