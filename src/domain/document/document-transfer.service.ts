import { DomainError } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { inUnitOfWork, requireOrganization, type DomainContext } from '../context';
import { allOf, equalities, idConditions, memberOf } from '../query/conditions';
import { selectWhere, tableReader, updateWhere } from '../query/rows';
import { Document } from './document.entity';
import { findOwner } from './document.service';

/**
 * Hands every document of `fromUserId` to `toUserId`; with no receiver the documents stay with
 * their owner and are marked as awaiting reassignment. Nothing is dropped. Returns the count.
 */
export async function reassignDocuments(
  ctx: DomainContext,
  organizationId: string,
  fromUserId: string,
  toUserId: string | null,
): Promise<number> {
  const now = ctx.now();
  const changes = toUserId
    ? { ownerId: toUserId, awaitingReassignment: false, updatedAt: now }
    : { awaitingReassignment: true, updatedAt: now };
  return updateWhere(ctx, tableReader(ctx.em, Document), changes, allOf(equalities({ organization_id: organizationId, owner_id: fromUserId })));
}

/** Hands every document of the organization awaiting reassignment to `toUserId`; returns how many. */
export async function moveAwaitingDocuments(ctx: DomainContext, organizationId: string, toUserId: string): Promise<number> {
  const changes = { ownerId: toUserId, awaitingReassignment: false, updatedAt: ctx.now() };
  return updateWhere(ctx, tableReader(ctx.em, Document), changes, allOf(equalities({ organization_id: organizationId, awaiting_reassignment: true })));
}

/** Which documents `moveDocuments` moves: the listed ones, or every document of one owner. */
export interface DocumentMove {
  documentIds?: string[] | null;
  fromUserId?: string | null;
  toUserId: string;
}

/** Documents one move may name. */
const MAX_MOVED_IDS = 1000;

function checkMove(move: DocumentMove): void {
  const bad = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, { field });
  if ((move.documentIds == null) === (move.fromUserId == null)) throw bad('documentIds', 'Give either documentIds or fromUserId');
  if (move.documentIds && move.documentIds.length > MAX_MOVED_IDS) throw bad('documentIds', `At most ${MAX_MOVED_IDS} documents at a time`);
}

/**
 * An org admin's reassignment (DESIGN.md `reassignDocuments`): the named documents, or all of one
 * owner's (a deleted owner's too), go to `toUserId`, an active user of the organization, and are no
 * longer awaiting reassignment. One transaction, one audit event per document moved. Unknown ids
 * are NOT_FOUND, naming them, and nothing moves. By owner, at most MAX_MOVED_IDS (the oldest) move
 * per call. Returns the documents moved (not those the receiver already held), as they now are.
 */
export async function moveDocuments(ctx: DomainContext, move: DocumentMove): Promise<Document[]> {
  checkMove(move);
  const organizationId = requireOrganization(ctx);
  return inUnitOfWork(ctx, async (ctx) => {
    const receiver = await findOwner(ctx, move.toUserId, 'toUserId');
    const reader = tableReader(ctx.em, Document);
    const which = move.documentIds ? idConditions('id', { in: move.documentIds }) : idConditions('owner_id', { eq: move.fromUserId });
    // By owner, the oldest MAX_MOVED_IDS per call: a caller moves the rest with another call.
    const documents = await selectWhere(ctx, reader, allOf([...equalities({ organization_id: organizationId }), ...which]), `order by t.created_at, t.id limit ${MAX_MOVED_IDS}`);
    const missing = (move.documentIds ?? []).filter((id) => !documents.some((d) => d.id === id.toLowerCase()));
    if (missing.length > 0) throw new DomainError('NOT_FOUND', `Documents not found: ${missing.slice(0, 5).join(', ')}`, { field: 'documentIds', ids: missing.slice(0, 5) });
    const moving = documents.filter((d) => d.ownerId !== receiver.id || d.awaitingReassignment);
    if (moving.length === 0) return [];
    const now = ctx.now();
    const changes = { ownerId: receiver.id, awaitingReassignment: false, updatedAt: now };
    await updateWhere(ctx, reader, changes, allOf([...equalities({ organization_id: organizationId }), memberOf('id', moving.map((d) => d.id))]));
    for (const document of moving) {
      await recordAudit(ctx, {
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
