import type { DomainContext } from '../../domain/context';

export function teamLoaders(_ctx: DomainContext) {
  return {};
}
