"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TeamResolver = void 0;
const type_graphql_1 = require("type-graphql");
const team_members_query_1 = require("../../domain/team/team-members.query");
const team_query_1 = require("../../domain/team/team.query");
const team_service_1 = require("../../domain/team/team.service");
const connection_1 = require("../common/connection");
const user_mapper_1 = require("../user/user.mapper");
const team_input_1 = require("./team.input");
const team_mapper_1 = require("./team.mapper");
const team_type_1 = require("./team.type");
let TeamsArgs = class TeamsArgs extends connection_1.PageArgs {
};
__decorate([
    (0, type_graphql_1.Field)(() => team_input_1.TeamFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], TeamsArgs.prototype, "filter", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => team_input_1.TeamOrderInput, { nullable: true, description: 'Default: by creation time, oldest first.' }),
    __metadata("design:type", Object)
], TeamsArgs.prototype, "orderBy", void 0);
TeamsArgs = __decorate([
    (0, type_graphql_1.ArgsType)()
], TeamsArgs);
let MembersArgs = class MembersArgs {
};
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { defaultValue: connection_1.DEFAULT_CONNECTION_SIZE }),
    __metadata("design:type", Number)
], MembersArgs.prototype, "first", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], MembersArgs.prototype, "after", void 0);
MembersArgs = __decorate([
    (0, type_graphql_1.ArgsType)()
], MembersArgs);
let TeamResolver = class TeamResolver {
    async team(ctx, id) {
        return (0, team_mapper_1.toTeamType)(await (0, team_service_1.getTeam)(ctx, id));
    }
    async teams(ctx, args) {
        const page = await (0, team_query_1.listTeams)(ctx, {
            filter: args.filter,
            sort: args.orderBy?.field ?? team_input_1.TeamSortField.CREATED_AT,
            descending: args.orderBy?.direction === 'DESC',
            ...(0, connection_1.pageRequestOf)(args),
        });
        return (0, connection_1.toConnection)(team_type_1.TeamConnection, page, team_mapper_1.toTeamType);
    }
    memberCount(team, ctx) {
        return ctx.loaders.teamMemberCount.load(team);
    }
    async members(team, ctx, args) {
        const slice = await ctx.loaders.teamMemberSlice.load({ team, first: args.first, after: args.after ?? null });
        const users = await ctx.loaders.userById.loadMany(slice.userIds);
        // A user that failed to load fails the field, never a silently shorter page.
        const failed = users.find((u) => u instanceof Error);
        if (failed)
            throw failed;
        const page = {
            nodes: users.filter((u) => u !== null && !(u instanceof Error)),
            hasNextPage: slice.hasNextPage,
            hasPreviousPage: Boolean(args.after),
            ...(0, team_members_query_1.memberPageCursors)(slice),
            totalCount: () => ctx.loaders.teamMemberCount.load(team),
        };
        return (0, connection_1.toConnection)(team_type_1.TeamMemberConnection, page, user_mapper_1.toUserType);
    }
    async createTeam(ctx, input) {
        return (0, team_mapper_1.toTeamType)(await (0, team_service_1.createTeam)(ctx, input));
    }
    async updateTeam(ctx, id, input, ifVersion) {
        return (0, team_mapper_1.toTeamType)(await (0, team_service_1.changeTeam)(ctx, id, input, { ifVersion }));
    }
    async replaceTeam(ctx, id, input, ifVersion) {
        return (0, team_mapper_1.toTeamType)(await (0, team_service_1.changeTeam)(ctx, id, (0, team_input_1.teamReplacementOf)(input), { ifVersion }));
    }
    async deleteTeam(ctx, id) {
        return (await (0, team_service_1.deleteTeam)(ctx, id)).id;
    }
};
exports.TeamResolver = TeamResolver;
__decorate([
    (0, type_graphql_1.Authorized)('READ'),
    (0, type_graphql_1.Query)(() => team_type_1.TeamType, { description: 'A team by id; NOT_FOUND when the token cannot see it.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], TeamResolver.prototype, "team", null);
__decorate([
    (0, type_graphql_1.Authorized)('READ'),
    (0, type_graphql_1.Query)(() => team_type_1.TeamConnection, { description: 'Teams, filtered, sorted and paged in the database.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Args)(() => TeamsArgs)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, TeamsArgs]),
    __metadata("design:returntype", Promise)
], TeamResolver.prototype, "teams", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => type_graphql_1.Int, { description: 'How many users are members.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [team_type_1.TeamType, Object]),
    __metadata("design:returntype", Promise)
], TeamResolver.prototype, "memberCount", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => team_type_1.TeamMemberConnection),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __param(2, (0, type_graphql_1.Args)(() => MembersArgs)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [team_type_1.TeamType, Object, MembersArgs]),
    __metadata("design:returntype", Promise)
], TeamResolver.prototype, "members", null);
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => team_type_1.TeamType),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => team_input_1.CreateTeamInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, team_input_1.CreateTeamInput]),
    __metadata("design:returntype", Promise)
], TeamResolver.prototype, "createTeam", null);
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => team_type_1.TeamType, { description: 'Changes the given fields. With ifVersion, fails with PRECONDITION_FAILED unless the team is at that version.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('input', () => team_input_1.UpdateTeamInput)),
    __param(3, (0, type_graphql_1.Arg)('ifVersion', () => type_graphql_1.Int, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, team_input_1.UpdateTeamInput, Object]),
    __metadata("design:returntype", Promise)
], TeamResolver.prototype, "updateTeam", null);
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => team_type_1.TeamType, { description: 'Replaces every field and the member list. ifVersion as for updateTeam.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('input', () => team_input_1.ReplaceTeamInput)),
    __param(3, (0, type_graphql_1.Arg)('ifVersion', () => type_graphql_1.Int, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, team_input_1.ReplaceTeamInput, Object]),
    __metadata("design:returntype", Promise)
], TeamResolver.prototype, "replaceTeam", null);
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => type_graphql_1.ID, { description: 'Deletes a team and its memberships; returns its id.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], TeamResolver.prototype, "deleteTeam", null);
exports.TeamResolver = TeamResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => team_type_1.TeamType)
], TeamResolver);
//# sourceMappingURL=team.resolver.js.map