"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toDocumentType = toDocumentType;
/** Entity → GraphQL object; the owner resolves through a loader. */
function toDocumentType(document) {
    return {
        id: document.id,
        organizationId: document.organizationId,
        ownerId: document.ownerId,
        title: document.title,
        awaitingReassignment: document.awaitingReassignment,
        createdAt: document.createdAt,
        updatedAt: document.updatedAt,
    };
}
//# sourceMappingURL=document.mapper.js.map