import { DomainError } from '../../common/errors';
import type { DomainContext } from '../context';
import { findOrganization } from '../organization/organization.service';
import { allOf, equalities, orderedConditions, stringConditions, type Condition } from '../query/conditions';
import { findPage, type Page } from '../query/paging';
import { tableReader } from '../query/rows';
import { AuditEvent } from './audit-event.entity';

export interface AuditEventQuery {
  /** Required for actors that see every organization. */
  organizationId?: string | null;
  targetId?: string | null;
  targetType?: string | null;
  /** The token (or other actor) id that made the changes. */
  actorId?: string | null;
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
  // An organization named is one the actor may see (any case; NOT_FOUND otherwise, not a UUID included).
  const organizationId = query.organizationId ? (await findOrganization(ctx, query.organizationId)).id : ctx.actor.organizationId;
  if (!organizationId) {
    throw new DomainError('BAD_USER_INPUT', 'organizationId is required for tokens without an organization', { field: 'organizationId' });
  }
  const conditions: Condition[] = equalities({
    organization_id: organizationId,
    target_id: query.targetId || undefined,
    target_type: query.targetType || undefined,
    request_id: query.requestId || undefined,
    actor_id: query.actorId || undefined,
  });
  if (query.action) {
    const prefix = query.action.endsWith('.');
    conditions.push(...stringConditions({ column: 'action', caseExact: true }, prefix ? { ge: query.action, lt: `${query.action}\uffff` } : { eq: query.action }));
  }
  conditions.push(...orderedConditions('occurred_at', { ge: query.since, lt: query.until }));
  return findPage(ctx, tableReader(ctx.em, AuditEvent), allOf(conditions), {
    first: query.first,
    after: query.after,
    sort: OCCURRED_AT,
    descending: true,
  });
}
