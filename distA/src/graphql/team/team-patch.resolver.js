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
exports.TeamPatchResolver = void 0;
const type_graphql_1 = require("type-graphql");
const team_service_1 = require("../../domain/team/team.service");
const team_input_1 = require("./team.input");
const team_mapper_1 = require("./team.mapper");
const team_type_1 = require("./team.type");
/** The SCIM PATCH of a team as one mutation: the general `changeTeam`, membership as deltas or a whole list. */
let TeamPatchResolver = class TeamPatchResolver {
    async patchTeam(ctx, id, input, ifVersion) {
        return (0, team_mapper_1.toTeamType)(await (0, team_service_1.changeTeam)(ctx, id, (0, team_input_1.teamChangeOf)(input), { ifVersion }));
    }
};
exports.TeamPatchResolver = TeamPatchResolver;
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => team_type_1.TeamType, {
        description: 'Changes fields and members in one transaction without reading the member list. ifVersion as for updateTeam.',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('input', () => team_input_1.PatchTeamInput)),
    __param(3, (0, type_graphql_1.Arg)('ifVersion', () => type_graphql_1.Int, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, team_input_1.PatchTeamInput, Object]),
    __metadata("design:returntype", Promise)
], TeamPatchResolver.prototype, "patchTeam", null);
exports.TeamPatchResolver = TeamPatchResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => team_type_1.TeamType)
], TeamPatchResolver);
//# sourceMappingURL=team-patch.resolver.js.map