import type { DomainContext } from '../../domain/context';
import { documentLoaders } from './document.loaders';
import { teamLoaders } from './team.loaders';
import { userLoaders } from './user.loaders';

const FACTORIES = { ...userLoaders, ...teamLoaders, ...documentLoaders };

/** The per-request loaders, one per relation. */
export type Loaders = { readonly [K in keyof typeof FACTORIES]: ReturnType<(typeof FACTORIES)[K]> };

/** Loaders of one request; each is built when first read (a request reads few relations). */
class RequestLoaders {
  constructor(readonly ctx: DomainContext) {}
}
for (const [name, factory] of Object.entries(FACTORIES) as [string, (ctx: DomainContext) => unknown][]) {
  Object.defineProperty(RequestLoaders.prototype, name, {
    get(this: RequestLoaders) {
      const loader = factory(this.ctx);
      Object.defineProperty(this, name, { value: loader, enumerable: true });
      return loader;
    },
  });
}

/**
 * Every relation field resolves through one of these per-request DataLoaders, so a list of
 * N parents costs one query per relation, not N.
 */
export function createLoaders(ctx: DomainContext): Loaders {
  // The getters defined on the prototype above give the instance every property of `Loaders`.
  return new RequestLoaders(ctx) as unknown as Loaders;
}
