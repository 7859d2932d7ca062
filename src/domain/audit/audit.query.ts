import { DomainError } from '../../common/errors';
import type { DomainContext } from '../context';
import { allOf, type Condition } from '../query/conditions';
import { findPage, type Page } from '../query/paging';
import { AuditEvent } from './audit-event.entity';

export interface AuditEventQuery {
  /** Required for actors that see every organization. */
  organizationId?: string | null;
  targetId?: string | null;
  targetType?: string | null;
  /** Exact action, e.g. `user.deactivated`, or a prefix ending in `.`, e.g. `team.`. */
  action?: string | null;
  requestId?: string | null;
  since?: Date | null;
  until?: Date | null;
  first: number;
  after?: string | null;
}

const OCCURRED_AT = { name: 'occurredAt', property: 'occurredAt', kind: 'date' } as const;

/** Audit events of one organization, newest first. */
export async function listAuditEvents(ctx: DomainContext, query: AuditEventQuery): Promise<Page<AuditEvent>> {
  const own = ctx.actor.organizationId;
  if (own && query.organizationId && query.organizationId !== own) {
    throw new DomainError('NOT_FOUND', `Organization ${query.organizationId} not found`, { id: query.organizationId });
  }
  const organizationId = own ?? query.organizationId;
  if (!organizationId) {
    throw new DomainError('BAD_USER_INPUT', 'organizationId is required for tokens without an organization', { field: 'organizationId' });
  }
  const conditions: Condition[] = [{ organizationId }];
  if (query.targetId) conditions.push({ targetId: query.targetId });
  if (query.targetType) conditions.push({ targetType: query.targetType });
  if (query.requestId) conditions.push({ requestId: query.requestId });
  if (query.action) {
    conditions.push(query.action.endsWith('.') ? { action: { $gte: query.action, $lt: `${query.action}\uffff` } } : { action: query.action });
  }
  if (query.since) conditions.push({ occurredAt: { $gte: query.since } });
  if (query.until) conditions.push({ occurredAt: { $lt: query.until } });
  return findPage(ctx.em, AuditEvent, () => allOf(conditions), {
    first: query.first,
    after: query.after,
    sort: OCCURRED_AT,
    descending: true,
  });
}
