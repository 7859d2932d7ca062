import DataLoader from 'dataloader';
import { MAX_BATCH_SIZE } from './batch';
import { tenantKeyOf, type DomainContext } from '../../domain/context';
import type { Page } from '../../domain/query/paging';
import {
  countTeamMembers,
  memberPageCursors,
  memberSlices,
  teamsOfUsers,
  type MemberSlice,
  type TeamKey,
  type UserKey,
} from '../../domain/team/team-members.query';
import type { Team } from '../../domain/team/team.entity';
import type { User } from '../../domain/user/user.entity';
import type { Loaders } from './index';

/** One page request of one team's members. */
export interface MemberSliceKey {
  team: TeamKey;
  first: number;
  after: string | null;
}

/** Slices keys that ask for the same page shape together: one statement per shape. */
async function loadSlices(ctx: DomainContext, keys: readonly MemberSliceKey[]): Promise<(MemberSlice | Error)[]> {
  const shapes = new Map<string, MemberSliceKey[]>();
  for (const key of keys) {
    const shape = `${key.first}/${key.after ?? ''}`;
    shapes.set(shape, [...(shapes.get(shape) ?? []), key]);
  }
  const results = new Map<MemberSliceKey, MemberSlice | Error>();
  for (const group of shapes.values()) {
    try {
      const slices = await memberSlices(ctx, group.map((k) => k.team), { first: group[0].first, after: group[0].after });
      for (const key of group) results.set(key, slices.get(key.team.id) ?? { userIds: [], hasNextPage: false });
    } catch (error) {
      for (const key of group) results.set(key, error as Error);
    }
  }
  return keys.map((key) => results.get(key) as MemberSlice | Error);
}

/** The team slice's loaders, each built for one request from its context: N teams or N users cost one query per relation. */
export const teamLoaders = {
  /** The teams of a user, ordered by display name. */
  teamsByUser: (ctx: DomainContext) => new DataLoader<UserKey, Team[], string>(
    async (users) => {
      const byUser = await teamsOfUsers(ctx, users);
      return users.map((u) => byUser.get(u.id) ?? []);
    },
    { cacheKeyFn: tenantKeyOf, maxBatchSize: MAX_BATCH_SIZE },
  ),
  teamMemberCount: (ctx: DomainContext) => new DataLoader<TeamKey, number, string>(
    async (teams) => {
      const counts = await countTeamMembers(ctx, teams);
      return teams.map((t) => counts.get(t.id) ?? 0);
    },
    { cacheKeyFn: tenantKeyOf, maxBatchSize: MAX_BATCH_SIZE },
  ),
  /** A page of a team's member ids. */
  teamMemberSlice: (ctx: DomainContext) => new DataLoader<MemberSliceKey, MemberSlice, string>((keys) => loadSlices(ctx, keys), {
    cacheKeyFn: (k) => `${tenantKeyOf(k.team)}/${k.first}/${k.after ?? ''}`,
    maxBatchSize: MAX_BATCH_SIZE,
  }),
};

/**
 * A page of a team's members: a slice of their ids, then the users, each through its loader (the
 * teams of a list share both statements). A user that failed to load fails the page, never makes
 * it silently shorter.
 */
export async function memberPage(
  loaders: Pick<Loaders, 'teamMemberSlice' | 'userById' | 'teamMemberCount'>,
  team: TeamKey,
  request: { first: number; after: string | null },
): Promise<Page<User>> {
  const slice = await loaders.teamMemberSlice.load({ team, ...request });
  const users = await loaders.userById.loadMany(slice.userIds);
  const failed = users.find((u): u is Error => u instanceof Error);
  if (failed) throw failed;
  return {
    nodes: users.filter((u): u is User => u !== null && !(u instanceof Error)),
    hasNextPage: slice.hasNextPage,
    hasPreviousPage: request.after !== null,
    ...memberPageCursors(slice),
    totalCount: () => loaders.teamMemberCount.load(team),
  };
}
