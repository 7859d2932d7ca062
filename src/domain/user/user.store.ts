import { LockMode } from '@mikro-orm/core';
import { DomainError } from '../../common/errors';
import { findVisible, requireOrganization, tenantKeyOf, tenantScope, visibleIdsByOrganization, type DomainContext, type TenantKey } from '../context';
import { uuidsOf } from '../../common/ids';
import type { ContactValue, UserState } from './user.input';
import { UserContact, type ContactKind } from './user-contact.entity';
import { User } from './user.entity';

/** A user the actor may see; deleted users, other organizations' users and non-UUIDs are NOT_FOUND. */
export async function findUser(ctx: DomainContext, id: string): Promise<User> {
  return findVisible(ctx, User, 'User', id, { deletedAt: null });
}

/** The non-deleted users with these ids that the actor may see, in one query; ids that are not UUIDs match nothing. */
export async function findUsersByIds(ctx: DomainContext, ids: readonly string[]): Promise<User[]> {
  const wanted = uuidsOf(ids);
  return wanted.length ? ctx.em.find(User, { ...tenantScope(ctx), id: { $in: wanted }, deletedAt: null }) : [];
}

/** The emails and phone numbers of each user (by `tenantKeyOf`), in written order, in one query. */
export async function contactsOfUsers(ctx: DomainContext, users: readonly TenantKey[]): Promise<Map<string, UserContact[]>> {
  const lists = new Map<string, UserContact[]>();
  const groups = [...visibleIdsByOrganization(ctx, users)].map(([organizationId, ids]) => ({ organizationId, userId: { $in: ids } }));
  if (groups.length === 0) return lists;
  const rows = await ctx.em.find(UserContact, { $or: groups }, { orderBy: { userId: 'asc', kind: 'asc', position: 'asc' } });
  for (const row of rows) {
    const key = tenantKeyOf({ organizationId: row.organizationId, id: row.userId });
    lists.set(key, [...(lists.get(key) ?? []), row]);
  }
  return lists;
}

/**
 * Loads a user of the actor's organization for a write, fresh from the database and locked
 * (`SELECT … FOR UPDATE` on PostgreSQL; SQLite has no row locks and serialises writers anyway),
 * so two concurrent writes to one user cannot lose each other's changes. Needs a transaction.
 */
export async function lockUser(ctx: DomainContext, id: string, options: { ifVersion?: number | null } = {}): Promise<User> {
  requireOrganization(ctx);
  const user = await findVisible(ctx, User, 'User', id, { deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (options.ifVersion != null && options.ifVersion !== user.version) {
    throw new DomainError('PRECONDITION_FAILED', `User ${user.id} is at version ${user.version}, not ${options.ifVersion}`, {
      field: 'ifVersion',
      version: user.version,
    });
  }
  return user;
}

export async function loadContacts(ctx: DomainContext, user: User): Promise<UserContact[]> {
  return ctx.em.find(
    UserContact,
    { organizationId: user.organizationId, userId: user.id },
    { orderBy: { kind: 'asc', position: 'asc' } },
  );
}

function createContacts(ctx: DomainContext, user: User, kind: ContactKind, values: ContactValue[]): void {
  values.forEach((c, position) => {
    ctx.em.create(UserContact, {
      organizationId: user.organizationId,
      userId: user.id,
      kind,
      position,
      value: c.value ?? null,
      valueKey: c.value?.toLowerCase() ?? null,
      type: c.type ?? null,
      primary: c.primary ?? null,
      display: c.display ?? null,
    });
  });
}

/** Writes the contact lists of `next` that differ from `current` (all when `current` is null). */
export async function writeContacts(ctx: DomainContext, user: User, current: UserState | null, next: UserState): Promise<void> {
  const lists: [ContactKind, 'emails' | 'phoneNumbers'][] = [['email', 'emails'], ['phone', 'phoneNumbers']];
  for (const [kind, key] of lists) {
    if (current && JSON.stringify(current[key]) === JSON.stringify(next[key])) continue;
    if (current) await ctx.em.nativeDelete(UserContact, { organizationId: user.organizationId, userId: user.id, kind });
    createContacts(ctx, user, kind, next[key]);
  }
}

/** Marks a change: `version + 1` (the SCIM ETag) and `updatedAt`. */
export function bumpVersion(ctx: DomainContext, user: User): void {
  user.version += 1;
  user.updatedAt = ctx.now();
}

/** Refuses values longer than their column (PostgreSQL would fail the write; SQLite would keep them). */
export function assertFits(ctx: DomainContext, state: UserState): void {
  const check = (entity: typeof User | typeof UserContact, property: string, value: unknown, field: string): void => {
    const length = (ctx.em.getMetadata().get(entity).properties as Record<string, { length?: number }>)[property]?.length;
    if (typeof value === 'string' && length && [...value].length > length) {
      throw new DomainError('BAD_USER_INPUT', `${field} is longer than ${length} characters`, { field });
    }
  };
  for (const [property, value] of Object.entries(state.fields)) check(User, property, value, property);
  for (const key of ['emails', 'phoneNumbers'] as const) {
    for (const contact of state[key]) {
      for (const [property, value] of Object.entries(contact)) check(UserContact, property, value, key);
    }
  }
}
