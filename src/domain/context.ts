import type { EntityManager } from '@mikro-orm/core';
import { DomainError, notFound } from '../common/errors';
import { isUuid } from '../common/ids';
import { withDbErrors } from './db-errors';
import { allOf, equalities, idConditions } from './query/conditions';
import { tableReader } from './query/rows';
import { inTransaction, selectRows, type Transaction } from './query/sql';
import type { TokenScope } from './token/token.entity';

/** Who is acting. `organizationId` null means every organization (internal tokens). */
export interface Actor {
  kind: 'token' | 'cli' | 'system';
  /** Token id for `token` actors. */
  id: string | null;
  name: string | null;
  /** Null for `cli`/`system` actors, which act with full rights inside `organizationId`. */
  scope: TokenScope | null;
  organizationId: string | null;
  /** The person behind a token issued to a user (DESIGN.md "Org admins are users"). */
  userId?: string | null;
}

/** Everything a domain service needs: the database, the actor, and where the call came from. */
export interface DomainContext {
  /**
   * The ORM: its connection, metadata and driver, for `query/sql.ts`. A request's context holds the
   * ORM's own EntityManager, on which entity operations fail; only the CLI and the seed, whose
   * contexts come from `systemContext`, use a unit of work of the ORM (a fork).
   */
  em: EntityManager;
  /** The open transaction (`inUnitOfWork`), if any: statements of `query/sql.ts` run in it. */
  transaction?: Transaction;
  actor: Actor;
  requestId: string | null;
  /** The clock; pinned in tests. */
  now: () => Date;
}

/**
 * The organization the actor writes into. Org-scoped actors write only into their own;
 * actors without one (internal tokens) cannot write tenant data.
 */
export function requireOrganization(ctx: DomainContext): string {
  const org = ctx.actor.organizationId;
  if (!org) throw new DomainError('FORBIDDEN', 'This operation needs an organization-scoped token');
  return org;
}

/** A row of a tenant table named by its key, organization first like every index (loader keys). */
export interface TenantKey {
  organizationId: string;
  id: string;
}

/** A tenant key as one string (a loader's cache key). */
export const tenantKeyOf = (key: TenantKey): string => `${key.organizationId}/${key.id}`;

/** Whether the actor may read rows of an organization: its own, or any for actors across organizations. */
export const canSee = (ctx: DomainContext, organizationId: string): boolean => !ctx.actor.organizationId || ctx.actor.organizationId === organizationId;

/** The ids of the keys the actor may read, grouped by organization (one query per organization). */
export function visibleIdsByOrganization(ctx: DomainContext, keys: readonly TenantKey[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    if (!canSee(ctx, key.organizationId)) continue;
    const ids = groups.get(key.organizationId) ?? [];
    ids.push(key.id);
    groups.set(key.organizationId, ids);
  }
  return groups;
}

/** A filter fragment limiting a query on a tenant table to what the actor may see. */
export function tenantScope(ctx: DomainContext): { organizationId?: string } {
  return ctx.actor.organizationId ? { organizationId: ctx.actor.organizationId } : {};
}

/** A system actor acting inside one organization, or across all of them when null (CLI and start-up tasks). */
export function systemActor(organizationId: string | null, kind: 'cli' | 'system' = 'cli'): Actor {
  return { kind, id: null, name: kind, scope: null, organizationId };
}

/** A context for a system actor on a fresh unit of work of `em` (CLI, start-up, the seed). */
export function systemContext(
  em: EntityManager,
  organizationId: string | null,
  kind: 'cli' | 'system' = 'cli',
  options: { requestId?: string | null; now?: () => Date } = {},
): DomainContext {
  return { em: em.fork(), actor: systemActor(organizationId, kind), requestId: options.requestId ?? null, now: options.now ?? (() => new Date()) };
}

/**
 * Runs `work` as one unit of work: inside the caller's transaction when there is one (a GraphQL
 * mutation), else in a transaction of its own. Database errors leave as DomainErrors.
 */
export async function inUnitOfWork<T>(ctx: DomainContext, work: (ctx: DomainContext) => Promise<T>): Promise<T> {
  return withDbErrors(() => inTransaction(ctx, work));
}

/**
 * The row of `entity` with this id that the actor may see, as a plain record; NOT_FOUND naming
 * `what` for unknown ids, other organizations' rows and ids that are not UUIDs (never a database
 * error).
 */
export async function findVisible<T extends object>(ctx: DomainContext, entity: new () => T, what: string, id: string): Promise<T> {
  const reader = tableReader(ctx.em, entity);
  const where = allOf([...equalities({ organization_id: tenantScope(ctx).organizationId }), ...idConditions('id', { eq: id })]);
  const [row] = isUuid(id) ? await selectRows(ctx, `select ${reader.columns('t')} from ${reader.table} t where ${where.sql('t')}`, where.params) : [];
  if (!row) throw notFound(what, id);
  return reader.read(row);
}
