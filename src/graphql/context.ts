import type { MikroORM } from '@mikro-orm/core';
import type { Actor, DomainContext } from '../domain/context';
import { createLoaders, type Loaders } from './loaders';

/** The per-request context, identical for Apollo and for the SCIM façade's `execute`. */
export interface GraphQLContext extends DomainContext {
  loaders: Loaders;
}

export interface ContextInput {
  orm: MikroORM;
  actor: Actor;
  requestId?: string | null;
  now?: () => Date;
}

/**
 * The context of one request: fresh loaders, and the ORM's EntityManager itself rather than a fork
 * of it. Requests reach the database through the domain's prepared statements (query/sql.ts), which
 * need the ORM only for its connection, metadata and driver; forking an EntityManager for each
 * request cost more than the statements. Any entity operation on it would fail (the ORM refuses its
 * global context), so none can slip into a request unnoticed.
 */
export function createContext(input: ContextInput): GraphQLContext {
  const context = {
    em: input.orm.em,
    actor: input.actor,
    requestId: input.requestId ?? null,
    now: input.now ?? (() => new Date()),
  } as GraphQLContext;
  context.loaders = createLoaders(context);
  return context;
}

/** Drops every cached read (after a mutation commits, what was cached may be stale). */
export function resetReads(context: GraphQLContext): void {
  context.loaders = createLoaders(context);
}
