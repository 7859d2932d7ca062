import type { DomainContext } from '../context';
import { insertRows, tableReader } from '../query/rows';
import { AuditEvent, type FieldChange } from './audit-event.entity';

export interface AuditInput {
  organizationId: string;
  action: string;
  targetType: 'user' | 'team' | 'document' | 'organization' | 'token';
  targetId: string | null;
  changes?: Record<string, FieldChange> | null;
}

/** Field names whose values never reach an audit record. */
const SECRET_FIELDS = new Set(['password', 'token', 'tokenHash', 'secret']);

/**
 * Records one change, written at once in the caller's unit of work: call it inside `inUnitOfWork`
 * so that it commits or rolls back with the change.
 */
export async function recordAudit(ctx: DomainContext, input: AuditInput): Promise<void> {
  const reader = tableReader(ctx.em, AuditEvent);
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
  await insertRows(ctx, reader, [event]);
}

function same(a: unknown, b: unknown): boolean {
  if (a === b || (a == null && b == null)) return true;
  if (a == null || b == null || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Before/after of the named fields that differ. Secret fields are reported as changed
 * without their values.
 */
export function diffFields<T extends object>(
  before: Partial<T>,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const field of fields) {
    if (same(before[field], after[field])) continue;
    changes[field] = SECRET_FIELDS.has(field)
      ? { before: '[redacted]', after: '[redacted]' }
      : { before: before[field] ?? null, after: after[field] ?? null };
  }
  return changes;
}
