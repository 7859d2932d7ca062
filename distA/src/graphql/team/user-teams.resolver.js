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
exports.UserTeamsResolver = void 0;
const type_graphql_1 = require("type-graphql");
const user_type_1 = require("../user/user.type");
const team_mapper_1 = require("./team.mapper");
const team_type_1 = require("./team.type");
/** `User.teams`, contributed by the team slice. */
let UserTeamsResolver = class UserTeamsResolver {
    async teams(user, ctx) {
        const teams = user.knownTeams ?? (await ctx.loaders.teamsByUser.load({ organizationId: user.organizationId, id: user.id }));
        return teams.map(team_mapper_1.toTeamType);
    }
};
exports.UserTeamsResolver = UserTeamsResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [team_type_1.TeamType], { description: "The user's teams, by display name." }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [user_type_1.UserType, Object]),
    __metadata("design:returntype", Promise)
], UserTeamsResolver.prototype, "teams", null);
exports.UserTeamsResolver = UserTeamsResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => user_type_1.UserType)
], UserTeamsResolver);
//# sourceMappingURL=user-teams.resolver.js.map