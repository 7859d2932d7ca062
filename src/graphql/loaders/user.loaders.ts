import DataLoader from 'dataloader';
import { MAX_BATCH_SIZE } from './batch';
import { tenantKeyOf, visibleIdsByOrganization, type DomainContext, type TenantKey } from '../../domain/context';
import type { Organization } from '../../domain/organization/organization.entity';
import { findOrganizationsByIds } from '../../domain/organization/organization.service';
import type { OrgRole } from '../../domain/roles';
import type { UserContact } from '../../domain/user/user-contact.entity';
import { teamGrants } from '../../domain/user/user-role.service';
import type { User } from '../../domain/user/user.entity';
import { contactsOfUsers, findUsersByIds } from '../../domain/user/user.store';

/** Keys by id: every row of `rows` whose id is asked for, null for the rest. */
const byId = <T extends { id: string }>(keys: readonly string[], rows: T[]): (T | null)[] => {
  const map = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => map.get(key.toLowerCase()) ?? null);
};

async function loadGrants(ctx: DomainContext, users: readonly TenantKey[]): Promise<(OrgRole | null)[]> {
  const grants = new Map<string, OrgRole | null>();
  for (const [organizationId, ids] of visibleIdsByOrganization(ctx, users)) {
    for (const [id, grant] of await teamGrants(ctx, organizationId, ids)) grants.set(tenantKeyOf({ organizationId, id }), grant);
  }
  return users.map((user) => grants.get(tenantKeyOf(user)) ?? null);
}

/**
 * The user slice's loaders, each built for one request from its context. Every read is scoped to the actor's organization;
 * deleted users load as null.
 */
export const userLoaders = {
  userById: (ctx: DomainContext) => new DataLoader<string, User | null>(async (ids) => byId(ids, await findUsersByIds(ctx, ids)), { maxBatchSize: MAX_BATCH_SIZE }),
  /** A user's emails and phone numbers, in written order (`kind` tells them apart). */
  contactsByUser: (ctx: DomainContext) => new DataLoader<TenantKey, UserContact[], string>(
    async (users) => {
      const lists = await contactsOfUsers(ctx, users);
      return users.map((user) => lists.get(tenantKeyOf(user)) ?? []);
    },
    { cacheKeyFn: tenantKeyOf, maxBatchSize: MAX_BATCH_SIZE },
  ),
  /** The highest org role a user's teams grant; null when none does. */
  teamGrantByUser: (ctx: DomainContext) => new DataLoader<TenantKey, OrgRole | null, string>((users) => loadGrants(ctx, users), { cacheKeyFn: tenantKeyOf, maxBatchSize: MAX_BATCH_SIZE }),
  organizationById: (ctx: DomainContext) => new DataLoader<string, Organization | null>(async (ids) => byId(ids, await findOrganizationsByIds(ctx, ids)), { maxBatchSize: MAX_BATCH_SIZE }),
};
