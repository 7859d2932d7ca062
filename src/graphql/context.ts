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

/** A fresh EntityManager fork and fresh loaders for one request. */
export function createContext(input: ContextInput): GraphQLContext {
  const context = {
    em: input.orm.em.fork(),
    actor: input.actor,
    requestId: input.requestId ?? null,
    now: input.now ?? (() => new Date()),
  } as GraphQLContext;
  context.loaders = createLoaders(context);
  return context;
}

/** Drops every cached read (after a mutation commits, what was cached may be stale). */
export function resetReads(context: GraphQLContext): void {
  context.em.clear();
  context.loaders = createLoaders(context);
}
