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
exports.TeamMembershipResolver = void 0;
const type_graphql_1 = require("type-graphql");
const team_service_1 = require("../../domain/team/team.service");
const enums_1 = require("../common/enums");
const team_mapper_1 = require("./team.mapper");
const team_type_1 = require("./team.type");
/**
 * Membership mutations, each a members-only `changeTeam`: it writes only the difference it names,
 * reading neither the team's member list nor, unless nothing changes, the team. Users that are not
 * of the organization fail the whole call with MEMBER_NOT_IN_ORGANIZATION (`field: members`),
 * changing nothing.
 */
let TeamMembershipResolver = class TeamMembershipResolver {
    async addTeamMembers(ctx, teamId, userIds) {
        return (0, team_mapper_1.toTeamType)(await (0, team_service_1.changeTeam)(ctx, teamId, { members: { add: userIds } }));
    }
    async removeTeamMembers(ctx, teamId, userIds) {
        return (0, team_mapper_1.toTeamType)(await (0, team_service_1.changeTeam)(ctx, teamId, { members: { remove: userIds } }));
    }
    async replaceTeamMembers(ctx, teamId, userIds) {
        return (0, team_mapper_1.toTeamType)(await (0, team_service_1.changeTeam)(ctx, teamId, { members: { set: userIds } }));
    }
    async setTeamGrantsRole(ctx, teamId, role) {
        return (0, team_mapper_1.toTeamType)(await (0, team_service_1.setTeamGrantsRole)(ctx, teamId, role ?? null));
    }
};
exports.TeamMembershipResolver = TeamMembershipResolver;
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => team_type_1.TeamType, { description: 'Adds users to a team; users already in it are skipped.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('teamId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('userIds', () => [type_graphql_1.ID])),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Array]),
    __metadata("design:returntype", Promise)
], TeamMembershipResolver.prototype, "addTeamMembers", null);
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => team_type_1.TeamType, { description: 'Removes users from a team; users not in it are skipped.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('teamId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('userIds', () => [type_graphql_1.ID])),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Array]),
    __metadata("design:returntype", Promise)
], TeamMembershipResolver.prototype, "removeTeamMembers", null);
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => team_type_1.TeamType, { description: "Makes userIds the team's exact member list." }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('teamId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('userIds', () => [type_graphql_1.ID])),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Array]),
    __metadata("design:returntype", Promise)
], TeamMembershipResolver.prototype, "replaceTeamMembers", null);
__decorate([
    (0, type_graphql_1.Authorized)('ORG_ADMIN'),
    (0, type_graphql_1.Mutation)(() => team_type_1.TeamType, { description: 'Sets the org role the team grants its members; null clears it. Org admins only.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('teamId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('role', () => enums_1.OrgRole, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Object]),
    __metadata("design:returntype", Promise)
], TeamMembershipResolver.prototype, "setTeamGrantsRole", null);
exports.TeamMembershipResolver = TeamMembershipResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => team_type_1.TeamType)
], TeamMembershipResolver);
//# sourceMappingURL=team-membership.resolver.js.map