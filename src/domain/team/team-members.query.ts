import { DomainError } from '../../common/errors';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { canSee, visibleIdsByOrganization, type DomainContext, type TenantKey } from '../context';
import { MAX_PAGE_SIZE, type Page } from '../query/paging';
import { tableReader } from '../query/rows';
import { selectRows, type SqlValue } from '../query/sql';
import { User } from '../user/user.entity';
import { findUsersByIds } from '../user/user.store';
import { chunked, membersByUser } from './team.store';
import { getTeam } from './team.service';
import { Team } from './team.entity';

/** A team named with its organization, so every membership read uses the table's key order. */
export type TeamKey = TenantKey;

/** A user named with its organization. */
export type UserKey = TenantKey;

export interface MemberPageRequest {
  first: number;
  /** `endCursor` of the previous page. */
  after?: string | null;
}

/** One page of a team's member ids, in user id order (the membership key order). */
export interface MemberSlice {
  userIds: string[];
  hasNextPage: boolean;
}

const MEMBER_SORT = 'member';
/** Teams per statement when slicing several teams' members at once. */
const TEAMS_PER_STATEMENT = 50;

const encodeMemberCursor = (userId: string): string =>
  encodeCursor({ sort: MEMBER_SORT, desc: false, value: null, id: userId });

function decodeMemberCursor(after: string): string {
  const cursor = decodeCursor(after);
  if (!cursor || cursor.sort !== MEMBER_SORT) {
    throw new DomainError('INVALID_CURSOR', 'The cursor is not valid for this query', { field: 'after' });
  }
  return cursor.id;
}

/** The cursors of a slice, from its membership keys: a page continues after its last row, listed or not. */
export function memberPageCursors(slice: MemberSlice): { startCursor: string | null; endCursor: string | null } {
  const ids = slice.userIds;
  return { startCursor: ids.length ? encodeMemberCursor(ids[0]) : null, endCursor: ids.length ? encodeMemberCursor(ids[ids.length - 1]) : null };
}

/** Keys the actor may read: its own organization's, or any for actors that see every organization. */
const visible = <K extends TenantKey>(ctx: DomainContext, keys: readonly K[]): K[] => keys.filter((k) => canSee(ctx, k.organizationId));

/**
 * A page of members for each team, by keyset on the membership key: each team's page is its own
 * index range read (`order by user_id limit n`), so its cost does not grow with the team. Teams
 * are batched into UNION ALL statements. Deleted users hold no memberships (deletion removes them
 * from every team), so the page reads the membership table alone: no join whose plan would depend
 * on table statistics a new database does not have yet.
 */
export async function memberSlices(ctx: DomainContext, teams: readonly TeamKey[], request: MemberPageRequest): Promise<Map<string, MemberSlice>> {
  if (request.first < 0) throw new DomainError('BAD_USER_INPUT', 'first must not be negative', { field: 'first' });
  const first = Math.min(request.first, MAX_PAGE_SIZE);
  const afterId = request.after ? decodeMemberCursor(request.after) : null;
  const slices = new Map<string, MemberSlice>(teams.map((t) => [t.id, { userIds: [], hasNextPage: false }]));
  if (first === 0 || teams.length === 0) return slices;
  for (const batch of chunked(visible(ctx, teams), TEAMS_PER_STATEMENT)) {
    const parts: string[] = [];
    const params: SqlValue[] = [];
    batch.forEach((team, i) => {
      parts.push(
        `select * from (select team_id, user_id from team_members where organization_id = ? and team_id = ?${afterId ? ' and user_id > ?' : ''} order by user_id limit ?) p${i}`,
      );
      params.push(team.organizationId, team.id, ...(afterId ? [afterId] : []), first + 1);
    });
    for (const row of await selectRows(ctx, parts.join(' union all '), params)) {
      slices.get(String(row.team_id))?.userIds.push(String(row.user_id));
    }
  }
  for (const slice of slices.values()) {
    slice.userIds.sort();
    slice.hasNextPage = slice.userIds.length > first;
    slice.userIds = slice.userIds.slice(0, first);
  }
  return slices;
}

/**
 * Member counts of the teams, in one grouped query over the membership index. Deleted users
 * hold no memberships (deletion removes them from every team), so no join is needed.
 */
export async function countTeamMembers(ctx: DomainContext, teams: readonly TeamKey[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>(teams.map((t) => [t.id, 0]));
  for (const batch of chunked(visible(ctx, teams))) {
    const rows = await selectRows(
      ctx,
      `select team_id, count(*) as n from team_members where (organization_id, team_id) in (${batch.map(() => '(?, ?)').join(', ')}) group by team_id`,
      batch.flatMap((t) => [t.organizationId, t.id]),
    );
    for (const row of rows) counts.set(String(row.team_id), Number(row.n));
  }
  return counts;
}

/** A page of a team's members (users, by id), with its total counted on demand. */
export async function listTeamMembers(ctx: DomainContext, teamId: string, request: MemberPageRequest): Promise<Page<User>> {
  const team = await getTeam(ctx, teamId);
  const slice = (await memberSlices(ctx, [team], request)).get(team.id) ?? { userIds: [], hasNextPage: false };
  // Writes keep deleted users out of teams, which keeps pages and counts exact; this filter only
  // keeps a user deleted in between from being listed.
  const users = await findUsersByIds(ctx, slice.userIds);
  const byId = new Map(users.map((u) => [u.id, u]));
  const nodes = slice.userIds.map((id) => byId.get(id)).filter((u): u is User => u !== undefined);
  let total: Promise<number> | undefined;
  return {
    nodes,
    hasNextPage: slice.hasNextPage,
    hasPreviousPage: Boolean(request.after),
    ...memberPageCursors(slice),
    totalCount: () => (total ??= countTeamMembers(ctx, [team]).then((counts) => counts.get(team.id) ?? 0)),
  };
}

/**
 * The teams of each user, in one query for all of them (joined through the membership index
 * on organization and user), ordered by display name.
 */
export async function teamsOfUsers(ctx: DomainContext, users: readonly UserKey[]): Promise<Map<string, Team[]>> {
  const result = new Map<string, Team[]>(users.map((u) => [u.id, []]));
  // `organization_id = ? and user_id in (…)` is a range read of the (organization_id, user_id) index.
  for (const [organizationId, userIds] of visibleIdsByOrganization(ctx, users)) {
    // A loader batch is at most one page of users: one statement per page.
    for (const batch of chunked(userIds, MAX_PAGE_SIZE)) {
      const rows = await selectRows(
        ctx,
        `select t.*, tm.user_id as member_user_id from ${membersByUser(ctx, 'tm')} join teams t on t.organization_id = tm.organization_id and t.id = tm.team_id where tm.organization_id = ? and tm.user_id in (${batch.map(() => '?').join(', ')}) order by t.display_name_key, t.id`,
        [organizationId, ...batch],
      );
      for (const row of rows) {
        const { member_user_id: userId, ...teamRow } = row;
        result.get(String(userId))?.push(tableReader(ctx.em, Team).read(teamRow));
      }
    }
  }
  return result;
}
