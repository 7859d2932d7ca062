import type { DomainContext } from '../../domain/context';
import { documentLoaders } from './document.loaders';
import { teamLoaders } from './team.loaders';
import { userLoaders } from './user.loaders';

/**
 * Every relation field resolves through one of these per-request DataLoaders, so a list of
 * N parents costs one query per relation, not N.
 */
export function createLoaders(ctx: DomainContext) {
  return {
    ...userLoaders(ctx),
    ...teamLoaders(ctx),
    ...documentLoaders(ctx),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
