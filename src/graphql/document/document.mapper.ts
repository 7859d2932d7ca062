import type { Document } from '../../domain/document/document.entity';
import type { DocumentType } from './document.type';

/** Entity → GraphQL object; the owner resolves through a loader. */
export function toDocumentType(document: Document): DocumentType {
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
