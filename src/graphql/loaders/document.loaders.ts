import DataLoader from 'dataloader';
import type { DomainContext } from '../../domain/context';
import type { Document } from '../../domain/document/document.entity';
import { documentsOfOwners } from '../../domain/document/document.service';

/** A user named with its organization. */
export interface OwnerKey {
  organizationId: string;
  id: string;
}

/** Per-request loaders of the document slice. */
export function documentLoaders(ctx: DomainContext) {
  return {
    /** The documents a user owns, oldest first; one query for N users. */
    documentsByOwner: new DataLoader<OwnerKey, Document[], string>(
      async (owners) => {
        const byOwner = await documentsOfOwners(ctx, owners);
        return owners.map((o) => byOwner.get(o.id) ?? []);
      },
      { cacheKeyFn: (o) => `${o.organizationId}/${o.id}` },
    ),
  };
}
