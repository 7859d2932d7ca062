"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.memberPageCursors = memberPageCursors;
exports.memberSlices = memberSlices;
exports.countTeamMembers = countTeamMembers;
exports.listTeamMembers = listTeamMembers;
exports.teamsOfUsers = teamsOfUsers;
const errors_1 = require("../../common/errors");
const cursor_1 = require("../../common/cursor");
const context_1 = require("../context");
const paging_1 = require("../query/paging");
const rows_1 = require("../query/rows");
const sql_1 = require("../query/sql");
const user_store_1 = require("../user/user.store");
const team_store_1 = require("./team.store");
const team_service_1 = require("./team.service");
const team_entity_1 = require("./team.entity");
const MEMBER_SORT = 'member';
/** Teams per statement when slicing several teams' members at once. */
const TEAMS_PER_STATEMENT = 50;
const encodeMemberCursor = (userId) => (0, cursor_1.encodeCursor)({ sort: MEMBER_SORT, desc: false, value: null, id: userId });
function decodeMemberCursor(after) {
    const cursor = (0, cursor_1.decodeCursor)(after);
    if (!cursor || cursor.sort !== MEMBER_SORT) {
        throw new errors_1.DomainError('INVALID_CURSOR', 'The cursor is not valid for this query', { field: 'after' });
    }
    return cursor.id;
}
/** The cursors of a slice, from its membership keys: a page continues after its last row, listed or not. */
function memberPageCursors(slice) {
    const ids = slice.userIds;
    return { startCursor: ids.length ? encodeMemberCursor(ids[0]) : null, endCursor: ids.length ? encodeMemberCursor(ids[ids.length - 1]) : null };
}
/** Keys the actor may read: its own organization's, or any for actors that see every organization. */
const visible = (ctx, keys) => keys.filter((k) => (0, context_1.canSee)(ctx, k.organizationId));
/**
 * A page of members for each team, by keyset on the membership key: each team's page is its own
 * index range read (`order by user_id limit n`), so its cost does not grow with the team. Teams
 * are batched into UNION ALL statements. Deleted users hold no memberships (deletion removes them
 * from every team), so the page reads the membership table alone: no join whose plan would depend
 * on table statistics a new database does not have yet.
 */
async function memberSlices(ctx, teams, request) {
    if (request.first < 0)
        throw new errors_1.DomainError('BAD_USER_INPUT', 'first must not be negative', { field: 'first' });
    const first = Math.min(request.first, paging_1.MAX_PAGE_SIZE);
    const afterId = request.after ? decodeMemberCursor(request.after) : null;
    const slices = new Map(teams.map((t) => [t.id, { userIds: [], hasNextPage: false }]));
    if (first === 0 || teams.length === 0)
        return slices;
    for (const batch of (0, team_store_1.chunked)(visible(ctx, teams), TEAMS_PER_STATEMENT)) {
        const parts = [];
        const params = [];
        batch.forEach((team, i) => {
            parts.push(`select * from (select team_id, user_id from team_members where organization_id = ? and team_id = ?${afterId ? ' and user_id > ?' : ''} order by user_id limit ?) p${i}`);
            params.push(team.organizationId, team.id, ...(afterId ? [afterId] : []), first + 1);
        });
        for (const row of await (0, sql_1.selectRows)(ctx, parts.join(' union all '), params)) {
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
async function countTeamMembers(ctx, teams) {
    const counts = new Map(teams.map((t) => [t.id, 0]));
    for (const batch of (0, team_store_1.chunked)(visible(ctx, teams))) {
        const rows = await (0, sql_1.selectRows)(ctx, `select team_id, count(*) as n from team_members where (organization_id, team_id) in (${batch.map(() => '(?, ?)').join(', ')}) group by team_id`, batch.flatMap((t) => [t.organizationId, t.id]));
        for (const row of rows)
            counts.set(String(row.team_id), Number(row.n));
    }
    return counts;
}
/** A page of a team's members (users, by id), with its total counted on demand. */
async function listTeamMembers(ctx, teamId, request) {
    const team = await (0, team_service_1.getTeam)(ctx, teamId);
    const slice = (await memberSlices(ctx, [team], request)).get(team.id) ?? { userIds: [], hasNextPage: false };
    // Writes keep deleted users out of teams, which keeps pages and counts exact; this filter only
    // keeps a user deleted in between from being listed.
    const users = await (0, user_store_1.findUsersByIds)(ctx, slice.userIds);
    const byId = new Map(users.map((u) => [u.id, u]));
    const nodes = slice.userIds.map((id) => byId.get(id)).filter((u) => u !== undefined);
    let total;
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
async function teamsOfUsers(ctx, users) {
    const result = new Map(users.map((u) => [u.id, []]));
    // `organization_id = ? and user_id in (…)` is a range read of the (organization_id, user_id) index.
    for (const [organizationId, userIds] of (0, context_1.visibleIdsByOrganization)(ctx, users)) {
        // A loader batch is at most one page of users: one statement per page.
        for (const batch of (0, team_store_1.chunked)(userIds, paging_1.MAX_PAGE_SIZE)) {
            const rows = await (0, sql_1.selectRows)(ctx, `select t.*, tm.user_id as member_user_id from ${(0, team_store_1.membersByUser)(ctx, 'tm')} join teams t on t.organization_id = tm.organization_id and t.id = tm.team_id where tm.organization_id = ? and tm.user_id in (${batch.map(() => '?').join(', ')}) order by t.display_name_key, t.id`, [organizationId, ...batch]);
            for (const row of rows) {
                const { member_user_id: userId, ...teamRow } = row;
                result.get(String(userId))?.push((0, rows_1.tableReader)(ctx.em, team_entity_1.Team).read(teamRow));
            }
        }
    }
    return result;
}
//# sourceMappingURL=team-members.query.js.map