"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findOwner = findOwner;
exports.createDocument = createDocument;
exports.getDocument = getDocument;
exports.listDocuments = listDocuments;
exports.documentsOfOwners = documentsOfOwners;
const errors_1 = require("../../common/errors");
const audit_service_1 = require("../audit/audit.service");
const context_1 = require("../context");
const conditions_1 = require("../query/conditions");
const rows_1 = require("../query/rows");
const paging_1 = require("../query/paging");
const user_store_1 = require("../user/user.store");
const document_entity_1 = require("./document.entity");
const CREATED_AT = { name: 'createdAt', property: 'createdAt', kind: 'date' };
function cleanTitle(value) {
    const title = value.trim();
    if (!title)
        throw new errors_1.DomainError('BAD_USER_INPUT', 'title must not be empty', { field: 'title' });
    if (title.length > 1000)
        throw new errors_1.DomainError('BAD_USER_INPUT', 'title is longer than 1000 characters', { field: 'title' });
    return title;
}
/**
 * The owner-to-be (named by `field`), share-locked for the unit of work: NOT_FOUND unless a
 * non-deleted user of the organization; BAD_USER_INPUT when inactive.
 */
async function findOwner(ctx, ownerId, field = 'ownerId') {
    const owner = await (0, user_store_1.shareLockedUser)(ctx, ownerId);
    if (!owner)
        throw new errors_1.DomainError('NOT_FOUND', `User ${ownerId} not found`, { field, id: ownerId });
    if (!owner.active) {
        throw new errors_1.DomainError('BAD_USER_INPUT', `User ${ownerId} is deactivated and cannot own documents`, { field });
    }
    return owner;
}
/** Creates a document in the actor's organization, owned by an active user of it. */
async function createDocument(ctx, input) {
    const organizationId = (0, context_1.requireOrganization)(ctx);
    const title = cleanTitle(input.title);
    return (0, context_1.inUnitOfWork)(ctx, async (ctx) => {
        const owner = await findOwner(ctx, input.ownerId);
        const now = ctx.now();
        const document = (0, rows_1.tableReader)(ctx.em, document_entity_1.Document).fresh({ organizationId, title, ownerId: owner.id, createdAt: now, updatedAt: now });
        await (0, rows_1.insertRows)(ctx, (0, rows_1.tableReader)(ctx.em, document_entity_1.Document), [document]);
        await (0, audit_service_1.recordAudit)(ctx, {
            organizationId,
            action: 'document.created',
            targetType: 'document',
            targetId: document.id,
            changes: (0, audit_service_1.diffFields)({}, { title, ownerId: owner.id }, ['title', 'ownerId']),
        });
        return document;
    });
}
/** A document the actor may see; NOT_FOUND for unknown, other organizations' and non-UUID ids. */
async function getDocument(ctx, id) {
    return (0, context_1.findVisible)(ctx, document_entity_1.Document, 'Document', id);
}
/** A page of the documents the actor may see, oldest first. An owner id that is not a UUID matches nothing. */
async function listDocuments(ctx, query) {
    if (query.first < 0)
        throw new errors_1.DomainError('BAD_USER_INPUT', 'first must not be negative', { field: 'first' });
    const conditions = [...(0, conditions_1.equalities)({ organization_id: (0, context_1.tenantScope)(ctx).organizationId, awaiting_reassignment: query.awaitingReassignment ?? undefined })];
    if (query.ownerId != null)
        conditions.push(...(0, conditions_1.idConditions)('owner_id', { eq: query.ownerId }));
    return (0, paging_1.findPage)(ctx, (0, rows_1.tableReader)(ctx.em, document_entity_1.Document), (0, conditions_1.allOf)(conditions), { first: query.first, after: query.after, sort: CREATED_AT });
}
/** The documents of each owner, oldest first, in one query for all of them. */
async function documentsOfOwners(ctx, owners) {
    const result = new Map(owners.map((o) => [o.id, []]));
    const byOrganization = (0, context_1.visibleIdsByOrganization)(ctx, owners);
    if (byOrganization.size === 0)
        return result;
    const reader = (0, rows_1.tableReader)(ctx.em, document_entity_1.Document);
    const rows = [];
    for (const [organizationId, ids] of byOrganization) {
        const where = (0, conditions_1.allOf)([...(0, conditions_1.equalities)({ organization_id: organizationId }), (0, conditions_1.memberOf)('owner_id', ids)]);
        rows.push(...(await (0, rows_1.selectWhere)(ctx, reader, where, 'order by t.created_at, t.id')));
    }
    for (const row of rows)
        result.get(row.ownerId)?.push(row);
    return result;
}
//# sourceMappingURL=document.service.js.map