import { DomainError } from '../../common/errors';
import { diffFields, recordAudit } from '../audit/audit.service';
import { findVisible, inUnitOfWork, requireOrganization, tenantScope, visibleIdsByOrganization, type DomainContext, type TenantKey } from '../context';
import { allOf, equalities, idConditions, memberOf } from '../query/conditions';
import { insertRows, selectWhere, tableReader } from '../query/rows';
import { findPage, type Page } from '../query/paging';
import type { User } from '../user/user.entity';
import { shareLockedUser } from '../user/user.store';
import { Document } from './document.entity';

export interface CreateDocumentInput {
  title: string;
  /** A user of the actor's organization: not deleted, and active. */
  ownerId: string;
}

export interface DocumentListQuery {
  ownerId?: string | null;
  awaitingReassignment?: boolean | null;
  first: number;
  after?: string | null;
}

const CREATED_AT = { name: 'createdAt', property: 'createdAt', kind: 'date' } as const;

function cleanTitle(value: string): string {
  const title = value.trim();
  if (!title) throw new DomainError('BAD_USER_INPUT', 'title must not be empty', { field: 'title' });
  // Characters (code points), as the column counts them, not UTF-16 units.
  if (title.length > 1000 && [...title].length > 1000) throw new DomainError('BAD_USER_INPUT', 'title is longer than 1000 characters', { field: 'title' });
  return title;
}

/**
 * The owner-to-be (named by `field`), share-locked for the unit of work: NOT_FOUND unless a
 * non-deleted user of the organization; BAD_USER_INPUT when inactive.
 */
export async function findOwner(ctx: DomainContext, ownerId: string, field = 'ownerId'): Promise<User> {
  const owner = await shareLockedUser(ctx, ownerId);
  if (!owner) throw new DomainError('NOT_FOUND', `User ${ownerId} not found`, { field, id: ownerId });
  if (!owner.active) {
    throw new DomainError('BAD_USER_INPUT', `User ${ownerId} is deactivated and cannot own documents`, { field });
  }
  return owner;
}

/** Creates a document in the actor's organization, owned by an active user of it. */
export async function createDocument(ctx: DomainContext, input: CreateDocumentInput): Promise<Document> {
  const organizationId = requireOrganization(ctx);
  const title = cleanTitle(input.title);
  return inUnitOfWork(ctx, async (ctx) => {
    const owner = await findOwner(ctx, input.ownerId);
    const now = ctx.now();
    const document = tableReader(ctx.em, Document).fresh({ organizationId, title, ownerId: owner.id, createdAt: now, updatedAt: now });
    await insertRows(ctx, tableReader(ctx.em, Document), [document]);
    await recordAudit(ctx, {
      organizationId,
      action: 'document.created',
      targetType: 'document',
      targetId: document.id,
      changes: diffFields({}, { title, ownerId: owner.id }, ['title', 'ownerId']),
    });
    return document;
  });
}

/** A document the actor may see; NOT_FOUND for unknown, other organizations' and non-UUID ids. */
export async function getDocument(ctx: DomainContext, id: string): Promise<Document> {
  return findVisible(ctx, Document, 'Document', id);
}

/** A page of the documents the actor may see, oldest first. An owner id that is not a UUID matches nothing. */
export async function listDocuments(ctx: DomainContext, query: DocumentListQuery): Promise<Page<Document>> {
  if (query.first < 0) throw new DomainError('BAD_USER_INPUT', 'first must not be negative', { field: 'first' });
  const conditions = [...equalities({ organization_id: tenantScope(ctx).organizationId, awaiting_reassignment: query.awaitingReassignment ?? undefined })];
  if (query.ownerId != null) conditions.push(...idConditions('owner_id', { eq: query.ownerId }));
  return findPage(ctx, tableReader(ctx.em, Document), allOf(conditions), { first: query.first, after: query.after, sort: CREATED_AT });
}

/** The documents of each owner, oldest first, in one query for all of them. */
export async function documentsOfOwners(
  ctx: DomainContext,
  owners: readonly TenantKey[],
): Promise<Map<string, Document[]>> {
  const result = new Map<string, Document[]>(owners.map((o) => [o.id, []]));
  const byOrganization = visibleIdsByOrganization(ctx, owners);
  if (byOrganization.size === 0) return result;
  const reader = tableReader(ctx.em, Document);
  const rows: Document[] = [];
  for (const [organizationId, ids] of byOrganization) {
    const where = allOf([...equalities({ organization_id: organizationId }), memberOf('owner_id', ids)]);
    rows.push(...(await selectWhere(ctx, reader, where, 'order by t.created_at, t.id')));
  }
  for (const row of rows) result.get(row.ownerId)?.push(row);
  return result;
}
