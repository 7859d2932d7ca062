import DataLoader from 'dataloader';
import { tenantScope, type DomainContext } from '../../domain/context';
import { isUuid } from '../../domain/organization/organization.service';
import { User } from '../../domain/user/user.entity';

/** Keys by id: every row of `rows` whose id is asked for, null for the rest. */
const byId = <T extends { id: string }>(keys: readonly string[], rows: T[]): (T | null)[] => {
  const map = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => map.get(key.toLowerCase()) ?? null);
};

/**
 * Per-request loaders of the user slice. Every read is scoped to the actor's organization;
 * deleted users load as null.
 */
export function userLoaders(ctx: DomainContext) {
  return {
    userById: new DataLoader<string, User | null>(async (ids) => {
      const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
      const rows = wanted.length ? await ctx.em.find(User, { ...tenantScope(ctx), id: { $in: wanted }, deletedAt: null }) : [];
      return byId(ids, rows);
    }),
  };
}
