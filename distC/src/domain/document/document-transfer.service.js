"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reassignDocuments = reassignDocuments;
exports.moveAwaitingDocuments = moveAwaitingDocuments;
exports.moveDocuments = moveDocuments;
const errors_1 = require("../../common/errors");
const audit_service_1 = require("../audit/audit.service");
const context_1 = require("../context");
const conditions_1 = require("../query/conditions");
const rows_1 = require("../query/rows");
const document_entity_1 = require("./document.entity");
const document_service_1 = require("./document.service");
/**
 * Hands every document of `fromUserId` to `toUserId`; with no receiver the documents stay with
 * their owner and are marked as awaiting reassignment. Nothing is dropped. Returns the count.
 */
async function reassignDocuments(ctx, organizationId, fromUserId, toUserId) {
    const now = ctx.now();
    const changes = toUserId
        ? { ownerId: toUserId, awaitingReassignment: false, updatedAt: now }
        : { awaitingReassignment: true, updatedAt: now };
    return (0, rows_1.updateWhere)(ctx, (0, rows_1.tableReader)(ctx.em, document_entity_1.Document), changes, (0, conditions_1.allOf)((0, conditions_1.equalities)({ organization_id: organizationId, owner_id: fromUserId })));
}
/** Hands every document of the organization awaiting reassignment to `toUserId`; returns how many. */
async function moveAwaitingDocuments(ctx, organizationId, toUserId) {
    const changes = { ownerId: toUserId, awaitingReassignment: false, updatedAt: ctx.now() };
    return (0, rows_1.updateWhere)(ctx, (0, rows_1.tableReader)(ctx.em, document_entity_1.Document), changes, (0, conditions_1.allOf)((0, conditions_1.equalities)({ organization_id: organizationId, awaiting_reassignment: true })));
}
/** Documents one move may name. */
const MAX_MOVED_IDS = 1000;
function checkMove(move) {
    const bad = (field, message) => new errors_1.DomainError('BAD_USER_INPUT', message, { field });
    if ((move.documentIds == null) === (move.fromUserId == null))
        throw bad('documentIds', 'Give either documentIds or fromUserId');
    if (move.documentIds && move.documentIds.length > MAX_MOVED_IDS)
        throw bad('documentIds', `At most ${MAX_MOVED_IDS} documents at a time`);
}
/**
 * An org admin's reassignment (DESIGN.md `reassignDocuments`): the named documents, or all of one
 * owner's (a deleted owner's too), go to `toUserId`, an active user of the organization, and are no
 * longer awaiting reassignment. One transaction, one audit event per document moved. Unknown ids
 * are NOT_FOUND, naming them, and nothing moves. By owner, at most MAX_MOVED_IDS (the oldest) move
 * per call. Returns the documents moved (not those the receiver already held), as they now are.
 */
async function moveDocuments(ctx, move) {
    checkMove(move);
    const organizationId = (0, context_1.requireOrganization)(ctx);
    return (0, context_1.inUnitOfWork)(ctx, async (ctx) => {
        const receiver = await (0, document_service_1.findOwner)(ctx, move.toUserId, 'toUserId');
        const reader = (0, rows_1.tableReader)(ctx.em, document_entity_1.Document);
        const which = move.documentIds ? (0, conditions_1.idConditions)('id', { in: move.documentIds }) : (0, conditions_1.idConditions)('owner_id', { eq: move.fromUserId });
        // By owner, the oldest MAX_MOVED_IDS per call: a caller moves the rest with another call.
        const documents = await (0, rows_1.selectWhere)(ctx, reader, (0, conditions_1.allOf)([...(0, conditions_1.equalities)({ organization_id: organizationId }), ...which]), `order by t.created_at, t.id limit ${MAX_MOVED_IDS}`);
        const missing = (move.documentIds ?? []).filter((id) => !documents.some((d) => d.id === id.toLowerCase()));
        if (missing.length > 0)
            throw new errors_1.DomainError('NOT_FOUND', `Documents not found: ${missing.slice(0, 5).join(', ')}`, { field: 'documentIds', ids: missing.slice(0, 5) });
        const moving = documents.filter((d) => d.ownerId !== receiver.id || d.awaitingReassignment);
        if (moving.length === 0)
            return [];
        const now = ctx.now();
        const changes = { ownerId: receiver.id, awaitingReassignment: false, updatedAt: now };
        await (0, rows_1.updateWhere)(ctx, reader, changes, (0, conditions_1.allOf)([...(0, conditions_1.equalities)({ organization_id: organizationId }), (0, conditions_1.memberOf)('id', moving.map((d) => d.id))]));
        for (const document of moving) {
            await (0, audit_service_1.recordAudit)(ctx, {
                organizationId,
                action: 'document.reassigned',
                targetType: 'document',
                targetId: document.id,
                changes: { ownerId: { before: document.ownerId, after: receiver.id } },
            });
        }
        return moving.map((d) => Object.assign(d, changes));
    });
}
//# sourceMappingURL=document-transfer.service.js.map