"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.teamLoaders = void 0;
exports.memberPage = memberPage;
const dataloader_1 = __importDefault(require("dataloader"));
const batch_1 = require("./batch");
const context_1 = require("../../domain/context");
const team_members_query_1 = require("../../domain/team/team-members.query");
/** Slices keys that ask for the same page shape together: one statement per shape. */
async function loadSlices(ctx, keys) {
    const shapes = new Map();
    for (const key of keys) {
        const shape = `${key.first}/${key.after ?? ''}`;
        shapes.set(shape, [...(shapes.get(shape) ?? []), key]);
    }
    const results = new Map();
    for (const group of shapes.values()) {
        try {
            const slices = await (0, team_members_query_1.memberSlices)(ctx, group.map((k) => k.team), { first: group[0].first, after: group[0].after });
            for (const key of group)
                results.set(key, slices.get(key.team.id) ?? { userIds: [], hasNextPage: false });
        }
        catch (error) {
            for (const key of group)
                results.set(key, error);
        }
    }
    return keys.map((key) => results.get(key));
}
/** The team slice's loaders, each built for one request from its context: N teams or N users cost one query per relation. */
exports.teamLoaders = {
    /** The teams of a user, ordered by display name. */
    teamsByUser: (ctx) => new dataloader_1.default(async (users) => {
        const byUser = await (0, team_members_query_1.teamsOfUsers)(ctx, users);
        return users.map((u) => byUser.get(u.id) ?? []);
    }, { cacheKeyFn: context_1.tenantKeyOf, maxBatchSize: batch_1.MAX_BATCH_SIZE }),
    teamMemberCount: (ctx) => new dataloader_1.default(async (teams) => {
        const counts = await (0, team_members_query_1.countTeamMembers)(ctx, teams);
        return teams.map((t) => counts.get(t.id) ?? 0);
    }, { cacheKeyFn: context_1.tenantKeyOf, maxBatchSize: batch_1.MAX_BATCH_SIZE }),
    /** A page of a team's member ids. */
    teamMemberSlice: (ctx) => new dataloader_1.default((keys) => loadSlices(ctx, keys), {
        cacheKeyFn: (k) => `${(0, context_1.tenantKeyOf)(k.team)}/${k.first}/${k.after ?? ''}`,
        maxBatchSize: batch_1.MAX_BATCH_SIZE,
    }),
};
/**
 * A page of a team's members: a slice of their ids, then the users, each through its loader (the
 * teams of a list share both statements). A user that failed to load fails the page, never makes
 * it silently shorter.
 */
async function memberPage(loaders, team, request) {
    const slice = await loaders.teamMemberSlice.load({ team, ...request });
    const users = await loaders.userById.loadMany(slice.userIds);
    const failed = users.find((u) => u instanceof Error);
    if (failed)
        throw failed;
    return {
        nodes: users.filter((u) => u !== null && !(u instanceof Error)),
        hasNextPage: slice.hasNextPage,
        hasPreviousPage: request.after !== null,
        ...(0, team_members_query_1.memberPageCursors)(slice),
        totalCount: () => loaders.teamMemberCount.load(team),
    };
}
//# sourceMappingURL=team.loaders.js.map