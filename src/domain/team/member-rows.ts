import { LockMode } from '@mikro-orm/core';
import type { DomainContext } from '../context';
import { runStatement, selectRows, type SqlValue } from '../query/sql';
import { isUuid } from '../../common/ids';
import { User } from '../user/user.entity';
import { TeamMember } from './team-member.entity';

/**
 * Membership rows written as deltas, in plain SQL that SQLite and PostgreSQL both accept.
 * Every statement is bounded by the ids the caller passed (or by the rows it changes), never by
 * the size of the team: nothing here reads a team's member list.
 */

/** Ids per statement: far below SQLite's and PostgreSQL's bound-parameter limits. */
const MEMBER_CHUNK = 500;

export function chunked<T>(items: readonly T[], size = MEMBER_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Lower-cased (UUIDs are stored lower-case), de-duplicated, in input order. */
export function normaliseIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim().toLowerCase()))];
}

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

const table = (ctx: DomainContext, entity: { name: string }): string => ctx.em.getMetadata().get(entity.name).tableName;

/**
 * The ids that are not non-deleted users of the organization (ids that are not UUIDs included),
 * in input order: one query per chunk. Inside a transaction the users found are share-locked
 * (PostgreSQL; SQLite serialises writers anyway), so a concurrent delete, which removes the user
 * from every team, waits for the membership written here instead of missing it.
 */
export async function unknownUserIds(ctx: DomainContext, organizationId: string, ids: readonly string[]): Promise<string[]> {
  const candidates = ids.filter(isUuid);
  const found = new Set<string>();
  for (const chunk of chunked(candidates)) {
    const rows = await ctx.em.find(
      User,
      { organizationId, deletedAt: null, id: { $in: chunk } },
      { fields: ['id'], disableIdentityMap: true, lockMode: ctx.em.isInTransaction() ? LockMode.PESSIMISTIC_READ : undefined },
    );
    for (const row of rows) found.add(row.id);
  }
  return ids.filter((id) => !found.has(id));
}

/** Inserts the memberships that do not exist yet; returns the user ids actually added. */
export async function insertMemberRows(
  ctx: DomainContext,
  organizationId: string,
  teamId: string,
  userIds: readonly string[],
): Promise<string[]> {
  const createdAt = ctx.now();
  const added: string[] = [];
  for (const chunk of chunked(userIds)) {
    const rows = await selectRows(
      ctx,
      `insert into ${table(ctx, TeamMember)} (organization_id, team_id, user_id, created_at) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')} on conflict do nothing returning user_id`,
      chunk.flatMap((userId) => [organizationId, teamId, userId, createdAt]),
    );
    for (const row of rows) added.push(String(row.user_id));
  }
  return added;
}

/**
 * Deletes the named memberships; returns the user ids actually removed. The rows are selected
 * before they are deleted because libsql runs `delete … returning` without returning rows.
 */
export async function deleteMemberRows(
  ctx: DomainContext,
  organizationId: string,
  teamId: string,
  userIds: readonly string[],
): Promise<string[]> {
  const removed: string[] = [];
  for (const chunk of chunked(userIds.filter(isUuid))) {
    const rows = await selectRows(
      ctx,
      `select user_id from ${table(ctx, TeamMember)} where organization_id = ? and team_id = ? and user_id in (${marks(chunk.length)})`,
      [organizationId, teamId, ...chunk],
    );
    removed.push(...(await deleteExisting(ctx, organizationId, teamId, rows.map((r) => String(r.user_id)))));
  }
  return removed;
}

/**
 * Deletes rows just selected. Should a concurrent write remove some of them first, the rest are
 * still reported: the audit may then name a member someone else removed, which is harmless.
 */
async function deleteExisting(ctx: DomainContext, organizationId: string, teamId: string, userIds: string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const count = await runStatement(
    ctx,
    `delete from ${table(ctx, TeamMember)} where organization_id = ? and team_id = ? and user_id in (${marks(userIds.length)})`,
    [organizationId, teamId, ...userIds],
  );
  return count > 0 ? userIds : [];
}

interface IdRange {
  /** Exclusive lower bound; null: unbounded. */
  above: string | null;
  /** Inclusive upper bound; null: unbounded. */
  upTo: string | null;
  /** The ids to keep inside the range. */
  keep: string[];
}

/** Cuts the sorted id space into ranges, each holding one chunk of `sorted`, plus an open tail. */
function rangesOf(sorted: string[]): IdRange[] {
  const ranges: IdRange[] = [];
  let above: string | null = null;
  for (const chunk of chunked(sorted)) {
    const upTo = chunk[chunk.length - 1];
    ranges.push({ above, upTo, keep: chunk });
    above = upTo;
  }
  ranges.push({ above, upTo: null, keep: [] });
  return ranges;
}

/**
 * Deletes every membership of the team whose user is not in `keep`; returns the user ids removed.
 * The sorted `keep` set is cut into chunks, and each chunk owns the id range up to its last id,
 * so "not in the whole set" becomes a few bounded statements per chunk, whatever the set's size.
 */
export async function deleteMemberRowsOutside(
  ctx: DomainContext,
  organizationId: string,
  teamId: string,
  keep: readonly string[],
): Promise<string[]> {
  const removed: string[] = [];
  for (const range of rangesOf([...keep].filter(isUuid).sort())) {
    const conditions = ['organization_id = ?', 'team_id = ?'];
    const params: SqlValue[] = [organizationId, teamId];
    if (range.above !== null) {
      conditions.push('user_id > ?');
      params.push(range.above);
    }
    if (range.upTo !== null) {
      conditions.push('user_id <= ?');
      params.push(range.upTo);
    }
    if (range.keep.length > 0) {
      conditions.push(`user_id not in (${marks(range.keep.length)})`);
      params.push(...range.keep);
    }
    const rows = await selectRows(ctx, `select user_id from ${table(ctx, TeamMember)} where ${conditions.join(' and ')}`, params);
    for (const chunk of chunked(rows.map((r) => String(r.user_id)))) {
      removed.push(...(await deleteExisting(ctx, organizationId, teamId, chunk)));
    }
  }
  return removed;
}
