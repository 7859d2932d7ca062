import type { DomainContext } from '../../domain/context';

export function documentLoaders(_ctx: DomainContext) {
  return {};
}
