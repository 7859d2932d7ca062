import DataLoader from 'dataloader';
import { tenantScope, type DomainContext } from '../../domain/context';
import { Organization } from '../../domain/organization/organization.entity';
import { isUuid } from '../../common/ids';
import type { OrgRole } from '../../domain/roles';
import { UserContact } from '../../domain/user/user-contact.entity';
import { teamGrants } from '../../domain/user/user-role.service';
import { User } from '../../domain/user/user.entity';

/** A user as a loader key: organization first, like every tenant key. */
export interface UserRef {
  organizationId: string;
  id: string;
}

const refKey = (ref: UserRef): string => `${ref.organizationId}/${ref.id}`;

/** Keys by id: every row of `rows` whose id is asked for, null for the rest. */
const byId = <T extends { id: string }>(keys: readonly string[], rows: T[]): (T | null)[] => {
  const map = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => map.get(key.toLowerCase()) ?? null);
};

/** The user ids asked for, grouped by organization. */
function byOrganization(refs: readonly UserRef[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const ref of refs) groups.set(ref.organizationId, [...(groups.get(ref.organizationId) ?? []), ref.id]);
  return groups;
}

async function loadContacts(ctx: DomainContext, refs: readonly UserRef[]): Promise<UserContact[][]> {
  const groups = [...byOrganization(refs)].map(([organizationId, ids]) => ({ organizationId, userId: { $in: ids } }));
  const rows = await ctx.em.find(
    UserContact,
    { $and: [tenantScope(ctx), { $or: groups }] },
    { orderBy: { userId: 'asc', kind: 'asc', position: 'asc' } },
  );
  const lists = new Map<string, UserContact[]>();
  for (const row of rows) {
    const key = refKey({ organizationId: row.organizationId, id: row.userId });
    lists.set(key, [...(lists.get(key) ?? []), row]);
  }
  return refs.map((ref) => lists.get(refKey(ref)) ?? []);
}

async function loadGrants(ctx: DomainContext, refs: readonly UserRef[]): Promise<(OrgRole | null)[]> {
  const grants = new Map<string, OrgRole | null>();
  for (const [organizationId, ids] of byOrganization(refs)) {
    for (const [id, grant] of await teamGrants(ctx, organizationId, ids)) grants.set(refKey({ organizationId, id }), grant);
  }
  return refs.map((ref) => grants.get(refKey(ref)) ?? null);
}

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
    /** A user's emails and phone numbers, in written order (`kind` tells them apart). */
    contactsByUser: new DataLoader<UserRef, UserContact[], string>((refs) => loadContacts(ctx, refs), { cacheKeyFn: refKey }),
    /** The highest org role a user's teams grant; null when none does. */
    teamGrantByUser: new DataLoader<UserRef, OrgRole | null, string>((refs) => loadGrants(ctx, refs), { cacheKeyFn: refKey }),
    organizationById: new DataLoader<string, Organization | null>(async (ids) => {
      const wanted = ids.filter((id) => isUuid(id) && (!ctx.actor.organizationId || ctx.actor.organizationId === id));
      const rows = wanted.length ? await ctx.em.find(Organization, { id: { $in: wanted } }) : [];
      return byId(ids, rows);
    }),
  };
}
