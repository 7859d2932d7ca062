import type { DomainContext } from '../../domain/context';

export function userLoaders(_ctx: DomainContext) {
  return {};
}
