import DataLoader from 'dataloader';
import { MAX_BATCH_SIZE } from './batch';
import { tenantKeyOf, type DomainContext, type TenantKey } from '../../domain/context';
import type { Document } from '../../domain/document/document.entity';
import { documentsOfOwners } from '../../domain/document/document.service';

/** The document slice's loaders, each built for one request from its context. */
export const documentLoaders = {
  /** The documents a user owns, oldest first; one query for N users. */
  documentsByOwner: (ctx: DomainContext) => new DataLoader<TenantKey, Document[], string>(
    async (owners) => {
      const byOwner = await documentsOfOwners(ctx, owners);
      return owners.map((o) => byOwner.get(o.id) ?? []);
    },
    { cacheKeyFn: tenantKeyOf, maxBatchSize: MAX_BATCH_SIZE },
  ),
};
