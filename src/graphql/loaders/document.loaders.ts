import DataLoader from 'dataloader';
import { tenantKeyOf, type DomainContext, type TenantKey } from '../../domain/context';
import type { Document } from '../../domain/document/document.entity';
import { documentsOfOwners } from '../../domain/document/document.service';

/** Per-request loaders of the document slice. */
export function documentLoaders(ctx: DomainContext) {
  return {
    /** The documents a user owns, oldest first; one query for N users. */
    documentsByOwner: new DataLoader<TenantKey, Document[], string>(
      async (owners) => {
        const byOwner = await documentsOfOwners(ctx, owners);
        return owners.map((o) => byOwner.get(o.id) ?? []);
      },
      { cacheKeyFn: tenantKeyOf },
    ),
  };
}
