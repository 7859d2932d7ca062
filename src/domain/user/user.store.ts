import { DomainError, notFound } from '../../common/errors';
import { isUuid, uuidsOf } from '../../common/ids';
import { requireOrganization, tenantKeyOf, tenantScope, visibleIdsByOrganization, type DomainContext, type TenantKey } from '../context';
import { allOf, equalities, idConditions, memberOf } from '../query/conditions';
import { insertRows, jsonRowsSql, readJsonRows, tableReader, withMoreColumns, type TableReader } from '../query/rows';
import { teamsOfUserSql } from '../team/team.store';
import { Team } from '../team/team.entity';
import { isSqlite, rowLock, runStatement, selectRows } from '../query/sql';
import type { ContactValue, UserState } from './user.input';
import { UserContact, type ContactKind } from './user-contact.entity';
import { User } from './user.entity';

/**
 * The SQL of the users and user_contacts tables: every read and write of a user goes through here,
 * as prepared statements. Users are plain records (not ORM-managed): a write locks the row
 * (`lockUser`), changes the record, and `saveUser` writes the columns that changed.
 */

const users = (ctx: DomainContext): TableReader<User> => tableReader(ctx.em, User);
const contactRows = (ctx: DomainContext): TableReader<UserContact> => tableReader(ctx.em, UserContact);

/** What a read of users brings along with each row, in the same statement (`userReader`). */
export interface UserInclude {
  /** The user's emails and phone numbers, as `contacts`. */
  contacts?: boolean;
  /** The user's teams, by display name, as `teams`. */
  teams?: boolean;
}

/** A user row with what its read included. */
export type IncludedUser = User & { contacts?: UserContact[]; teams?: Team[] };

const includedReaders = new WeakMap<TableReader<User>, Map<string, TableReader<IncludedUser>>>();

/**
 * The users table's reader, with a column per thing `include` asks for: each a subquery giving
 * the related rows as JSON, so that a user and its contacts and teams are one statement, not three.
 */
export function userReader(ctx: DomainContext, include: UserInclude = {}): TableReader<IncludedUser> {
  const base = users(ctx);
  if (!include.contacts && !include.teams) return base;
  let known = includedReaders.get(base);
  if (!known) includedReaders.set(base, (known = new Map()));
  const key = `${Boolean(include.contacts)}:${Boolean(include.teams)}`;
  let reader = known.get(key);
  if (!reader) {
    const contacts = contactRows(ctx);
    const teams = tableReader(ctx.em, Team);
    const columns = (alias: string): string[] => [
      ...(include.contacts
        ? [`${jsonRowsSql(ctx, contacts, 'c', `${contacts.table} c where c.organization_id = ${alias}.organization_id and c.user_id = ${alias}.id`, 'c.kind, c.position')} as "contacts_json"`]
        : []),
      ...(include.teams ? [`${teamsOfUserSql(ctx, alias)} as "teams_json"`] : []),
    ];
    reader = withMoreColumns(base, {
      columns: (alias) => columns(alias).join(', '),
      read: (row): Pick<IncludedUser, 'contacts' | 'teams'> => ({
        ...(include.contacts ? { contacts: readJsonRows(contacts, row.contacts_json) } : {}),
        ...(include.teams ? { teams: readJsonRows(teams, row.teams_json) } : {}),
      }),
    });
    known.set(key, reader);
  }
  return reader;
}

/** Visible, not deleted users with these ids: the tenant scope, `deleted_at is null`, `id in (…)`. */
function visibleUsers(ctx: DomainContext, ids: readonly string[]) {
  return allOf([...equalities({ organization_id: tenantScope(ctx).organizationId, deleted_at: null }), memberOf('id', ids)]);
}

/**
 * A user the actor may see, with what `include` asks for; deleted users, other organizations'
 * users and non-UUIDs are NOT_FOUND.
 */
export async function findUser(ctx: DomainContext, id: string, include: UserInclude = {}): Promise<IncludedUser> {
  const [user] = isUuid(id) ? await findUsersByIds(ctx, [id], include) : [];
  if (!user) throw notFound('User', id);
  return user;
}

/**
 * The non-deleted user with this id that the actor may see, share-locked inside a transaction on
 * PostgreSQL (SQLite serialises writers anyway), or undefined. For a user about to receive rows (a
 * document's owner): a concurrent deactivation, which hands the user's documents on, waits for
 * this unit's writes, or this read waits for it and sees the user inactive.
 */
export async function shareLockedUser(ctx: DomainContext, id: string): Promise<User | undefined> {
  const [user] = await selectVisibleUsers(ctx, [id], {}, rowLock(ctx, 'share'));
  return user;
}

/** The non-deleted users with these ids that the actor may see, in one query; ids that are not UUIDs match nothing. */
export async function findUsersByIds(ctx: DomainContext, ids: readonly string[], include: UserInclude = {}): Promise<IncludedUser[]> {
  return selectVisibleUsers(ctx, ids, include, '');
}

async function selectVisibleUsers(ctx: DomainContext, ids: readonly string[], include: UserInclude, lock: string): Promise<IncludedUser[]> {
  const wanted = uuidsOf(ids);
  if (wanted.length === 0) return [];
  const reader = userReader(ctx, include);
  const where = visibleUsers(ctx, wanted);
  const rows = await selectRows(ctx, `select ${reader.columns('t')} from ${reader.table} t where ${where.sql('t')}${lock}`, where.params);
  return rows.map(reader.read);
}

/** The emails and phone numbers of each user (by `tenantKeyOf`), in written order, one query per organization. */
export async function contactsOfUsers(ctx: DomainContext, keys: readonly TenantKey[]): Promise<Map<string, UserContact[]>> {
  const lists = new Map<string, UserContact[]>();
  const reader = contactRows(ctx);
  for (const [organizationId, ids] of visibleIdsByOrganization(ctx, keys)) {
    const where = allOf([...equalities({ organization_id: organizationId }), ...idConditions('user_id', { in: ids })]);
    const sql = `select ${reader.columns('t')} from ${reader.table} t where ${where.sql('t')} order by t.user_id, t.kind, t.position`;
    for (const row of (await selectRows(ctx, sql, where.params)).map(reader.read)) {
      const key = tenantKeyOf({ organizationId, id: row.userId });
      lists.set(key, [...(lists.get(key) ?? []), row]);
    }
  }
  return lists;
}

/** What `lockUser` read, to know which columns a save changes. */
const lockedRows = new WeakMap<User, User>();

/**
 * Reads a user of the actor's organization for a write, locked (`SELECT … FOR UPDATE` on
 * PostgreSQL; SQLite serialises writers anyway), so two concurrent writes to one user cannot lose
 * each other's changes. Needs a transaction. Change the record, then `saveUser`. With
 * `withContacts`, the user's contacts come as they are once the lock is held.
 */
export async function lockUser(ctx: DomainContext, id: string, options: { ifVersion?: number | null; withContacts?: boolean } = {}): Promise<IncludedUser> {
  const organizationId = requireOrganization(ctx);
  const sqlite = isSqlite(ctx);
  // PostgreSQL runs a locking read's subqueries on the snapshot it took before waiting for the
  // lock, which a write that held it may have made stale: there the contacts are read afterwards.
  const reader = userReader(ctx, { contacts: sqlite && options.withContacts });
  const lock = sqlite ? '' : ' for update';
  const rows = isUuid(id)
    ? await selectRows(ctx, `select ${reader.columns('t')} from ${reader.table} t where t.organization_id = ? and t.id = ? and t.deleted_at is null${lock}`, [organizationId, id.toLowerCase()])
    : [];
  if (rows.length === 0) throw notFound('User', id);
  const user = reader.read(rows[0]);
  if (options.ifVersion != null && options.ifVersion !== user.version) {
    throw new DomainError('PRECONDITION_FAILED', `User ${user.id} is at version ${user.version}, not ${options.ifVersion}`, {
      field: 'ifVersion',
      version: user.version,
    });
  }
  if (options.withContacts && !sqlite) user.contacts = (await contactsOfUsers(ctx, [user])).get(tenantKeyOf(user)) ?? [];
  lockedRows.set(user, { ...user });
  return user;
}

/** Writes the columns of a locked user (`lockUser`) that changed since it was read; nothing when none did. */
export async function saveUser(ctx: DomainContext, user: User): Promise<void> {
  const before = lockedRows.get(user);
  if (!before) throw new Error('saveUser needs a user read by lockUser');
  const reader = users(ctx);
  const values = reader.values(user);
  const previous = reader.values(before);
  const changed = reader.columnNames.flatMap((column, i) => (sameValue(values[i], previous[i]) ? [] : [{ column, value: values[i] }]));
  if (changed.length === 0) return;
  await runStatement(
    ctx,
    `update ${reader.table} set ${changed.map((c) => `${c.column} = ?`).join(', ')} where organization_id = ? and id = ?`,
    [...changed.map((c) => c.value), user.organizationId, user.id],
  );
  lockedRows.set(user, { ...user });
}

const sameValue = (a: unknown, b: unknown): boolean => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/** Inserts a new user row. A userName already used (in any case) by a user not deleted fails the unique index. */
export async function insertUser(ctx: DomainContext, user: User): Promise<void> {
  await insertRows(ctx, users(ctx), [user]);
}

function contactRowsOf(ctx: DomainContext, user: User, kind: ContactKind, values: ContactValue[]): UserContact[] {
  return values.map((c, position) =>
    contactRows(ctx).fresh({
      organizationId: user.organizationId,
      userId: user.id,
      kind,
      position,
      value: c.value ?? null,
      valueKey: c.value?.toLowerCase() ?? null,
      type: c.type ?? null,
      primary: c.primary ?? null,
      display: c.display ?? null,
    }),
  );
}

const CONTACT_LISTS: readonly [ContactKind, 'emails' | 'phoneNumbers'][] = [['email', 'emails'], ['phone', 'phoneNumbers']];

/**
 * Writes the contact lists of `next` that differ from `current` (all when `current` is null);
 * returns the user's contact rows as they now are, emails first.
 */
export async function writeContacts(ctx: DomainContext, user: User, current: UserState | null, next: UserState): Promise<UserContact[]> {
  const rows: UserContact[] = [];
  for (const [kind, key] of CONTACT_LISTS) {
    const list = contactRowsOf(ctx, user, kind, next[key]);
    rows.push(...list);
    if (current && JSON.stringify(current[key]) === JSON.stringify(next[key])) continue;
    if (current) await runStatement(ctx, `delete from ${contactRows(ctx).table} where organization_id = ? and user_id = ? and kind = ?`, [user.organizationId, user.id, kind]);
    if (list.length > 0) await insertRows(ctx, contactRows(ctx), list);
  }
  return rows;
}

/** Marks a change: `version + 1` (the SCIM ETag) and `updatedAt`. */
export function bumpVersion(ctx: DomainContext, user: User): void {
  user.version += 1;
  user.updatedAt = ctx.now();
}

const lengthsByEntity = new WeakMap<object, Map<string, number>>();

/** The declared length of each string column of an entity, read once from the ORM's metadata. */
function columnLengths(ctx: DomainContext, entity: typeof User | typeof UserContact): Map<string, number> {
  const meta = ctx.em.getMetadata().get(entity);
  let lengths = lengthsByEntity.get(meta);
  if (!lengths) {
    lengths = new Map(Object.values(meta.properties).flatMap((p) => (p.length ? [[p.name, p.length] as [string, number]] : [])));
    lengthsByEntity.set(meta, lengths);
  }
  return lengths;
}

/**
 * Longest string inside a JSON attribute (addresses, ims, photos, entitlements, roles,
 * x509Certificates): room for a PEM certificate chain's base64, far beyond any address.
 */
export const MAX_JSON_STRING = 16_384;

/** The first string longer than MAX_JSON_STRING inside a JSON attribute's value, or undefined. */
function longJsonString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > MAX_JSON_STRING && [...value].length > MAX_JSON_STRING ? value : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const long = longJsonString(item);
    if (long !== undefined) return long;
  }
  return undefined;
}

/** Refuses values longer than their column (PostgreSQL would fail the write; SQLite would keep them). */
export function assertFits(ctx: DomainContext, state: UserState): void {
  const check = (entity: typeof User | typeof UserContact, property: string, value: unknown, field: string): void => {
    if (typeof value === 'object' && value !== null && longJsonString(value) !== undefined) {
      throw new DomainError('BAD_USER_INPUT', `${field} holds a value longer than ${MAX_JSON_STRING} characters`, { field });
    }
    const length = columnLengths(ctx, entity).get(property);
    // A string no longer than `length` UTF-16 units has at most that many code points.
    if (typeof value === 'string' && length && value.length > length && [...value].length > length) {
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
