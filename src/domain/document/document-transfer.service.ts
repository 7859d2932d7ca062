import type { DomainContext } from '../context';
import { allOf, equalities } from '../query/conditions';
import { tableReader, updateWhere } from '../query/rows';
import { Document } from './document.entity';

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
