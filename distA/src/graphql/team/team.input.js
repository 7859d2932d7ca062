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
Object.defineProperty(exports, "__esModule", { value: true });
exports.TeamOrderInput = exports.TeamSortField = exports.TeamFilterInput = exports.TeamMembersFilterInput = exports.PatchTeamInput = exports.ReplaceTeamInput = exports.UpdateTeamInput = exports.CreateTeamInput = void 0;
exports.teamChangeOf = teamChangeOf;
exports.teamReplacementOf = teamReplacementOf;
const type_graphql_1 = require("type-graphql");
const enums_1 = require("../common/enums");
const filter_input_1 = require("../common/filter.input");
let CreateTeamInput = class CreateTeamInput {
};
exports.CreateTeamInput = CreateTeamInput;
__decorate([
    (0, type_graphql_1.Field)({ description: 'Unique per organization, compared case-insensitively.' }),
    __metadata("design:type", String)
], CreateTeamInput.prototype, "displayName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CreateTeamInput.prototype, "externalId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.ID], { nullable: true, description: 'Initial members: user ids of the organization.' }),
    __metadata("design:type", Object)
], CreateTeamInput.prototype, "memberIds", void 0);
exports.CreateTeamInput = CreateTeamInput = __decorate([
    (0, type_graphql_1.InputType)('CreateTeamInput')
], CreateTeamInput);
let UpdateTeamInput = class UpdateTeamInput {
};
exports.UpdateTeamInput = UpdateTeamInput;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UpdateTeamInput.prototype, "displayName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UpdateTeamInput.prototype, "externalId", void 0);
exports.UpdateTeamInput = UpdateTeamInput = __decorate([
    (0, type_graphql_1.InputType)('UpdateTeamInput', { description: 'Omitted fields stay as they are; externalId null clears it.' })
], UpdateTeamInput);
/** A whole team as a client writes it: the shape of a new team, the member list required. */
let ReplaceTeamInput = class ReplaceTeamInput {
};
exports.ReplaceTeamInput = ReplaceTeamInput;
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], ReplaceTeamInput.prototype, "displayName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ReplaceTeamInput.prototype, "externalId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.ID]),
    __metadata("design:type", Array)
], ReplaceTeamInput.prototype, "memberIds", void 0);
exports.ReplaceTeamInput = ReplaceTeamInput = __decorate([
    (0, type_graphql_1.InputType)('ReplaceTeamInput', { description: 'Every field and the whole member list (SCIM PUT).' })
], ReplaceTeamInput);
let PatchTeamInput = class PatchTeamInput {
};
exports.PatchTeamInput = PatchTeamInput;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PatchTeamInput.prototype, "displayName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PatchTeamInput.prototype, "externalId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.ID], { nullable: true, description: 'Users to add; users already in the team are skipped.' }),
    __metadata("design:type", Object)
], PatchTeamInput.prototype, "addMemberIds", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.ID], { nullable: true, description: 'Users to remove; users not in the team are skipped.' }),
    __metadata("design:type", Object)
], PatchTeamInput.prototype, "removeMemberIds", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.ID], { nullable: true, description: "The team's exact new member list." }),
    __metadata("design:type", Object)
], PatchTeamInput.prototype, "replaceMemberIds", void 0);
exports.PatchTeamInput = PatchTeamInput = __decorate([
    (0, type_graphql_1.InputType)('PatchTeamInput', {
        description: 'Fields and membership changed together. Omitted fields stay; externalId null clears it. Members: add/remove deltas (disjoint) or a whole new list, not both.',
    })
], PatchTeamInput);
/** The domain change a `patchTeam` input stands for: its fields as given, its member lists by their domain names. */
function teamChangeOf({ addMemberIds, removeMemberIds, replaceMemberIds, ...fields }) {
    return { ...fields, members: { add: addMemberIds, remove: removeMemberIds, set: replaceMemberIds } };
}
/** The domain change a `replaceTeam` input stands for: every field (an omitted externalId clears it) and the whole member list. */
function teamReplacementOf(input) {
    return { displayName: input.displayName, externalId: input.externalId ?? null, members: { set: input.memberIds } };
}
let TeamMembersFilterInput = class TeamMembersFilterInput {
};
exports.TeamMembersFilterInput = TeamMembersFilterInput;
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.IdFilterInput, { nullable: true, description: 'The id of some member.' }),
    __metadata("design:type", Object)
], TeamMembersFilterInput.prototype, "value", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: 'true: the team has members; false: it has none.' }),
    __metadata("design:type", Object)
], TeamMembersFilterInput.prototype, "present", void 0);
exports.TeamMembersFilterInput = TeamMembersFilterInput = __decorate([
    (0, type_graphql_1.InputType)('TeamMembersFilterInput', { description: 'SCIM `members[value eq "…"]`: some member matches.' })
], TeamMembersFilterInput);
let TeamFilterInput = class TeamFilterInput {
};
exports.TeamFilterInput = TeamFilterInput;
__decorate([
    (0, type_graphql_1.Field)(() => [TeamFilterInput], { nullable: true }),
    __metadata("design:type", Object)
], TeamFilterInput.prototype, "and", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [TeamFilterInput], { nullable: true }),
    __metadata("design:type", Object)
], TeamFilterInput.prototype, "or", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => TeamFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], TeamFilterInput.prototype, "not", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.IdFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], TeamFilterInput.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true, description: 'Case-insensitive unless caseExact.' }),
    __metadata("design:type", Object)
], TeamFilterInput.prototype, "displayName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true, description: 'Case-exact.' }),
    __metadata("design:type", Object)
], TeamFilterInput.prototype, "externalId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.OrgRoleFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], TeamFilterInput.prototype, "grantsRole", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.DateTimeFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], TeamFilterInput.prototype, "createdAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.DateTimeFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], TeamFilterInput.prototype, "updatedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.IntFilterInput, { nullable: true, description: 'The version, as in SCIM meta.version.' }),
    __metadata("design:type", Object)
], TeamFilterInput.prototype, "version", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => TeamMembersFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], TeamFilterInput.prototype, "members", void 0);
exports.TeamFilterInput = TeamFilterInput = __decorate([
    (0, type_graphql_1.InputType)('TeamFilterInput', { description: 'Every condition given must hold.' })
], TeamFilterInput);
/** GraphQL enum `TeamSortField`; each value names a domain sort. */
var TeamSortField;
(function (TeamSortField) {
    TeamSortField["DISPLAY_NAME"] = "displayName";
    TeamSortField["EXTERNAL_ID"] = "externalId";
    TeamSortField["CREATED_AT"] = "createdAt";
    TeamSortField["UPDATED_AT"] = "updatedAt";
})(TeamSortField || (exports.TeamSortField = TeamSortField = {}));
(0, type_graphql_1.registerEnumType)(TeamSortField, { name: 'TeamSortField' });
let TeamOrderInput = class TeamOrderInput {
};
exports.TeamOrderInput = TeamOrderInput;
__decorate([
    (0, type_graphql_1.Field)(() => TeamSortField),
    __metadata("design:type", String)
], TeamOrderInput.prototype, "field", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.SortDirection, { defaultValue: enums_1.SortDirection.ASC }),
    __metadata("design:type", String)
], TeamOrderInput.prototype, "direction", void 0);
exports.TeamOrderInput = TeamOrderInput = __decorate([
    (0, type_graphql_1.InputType)('TeamOrderInput')
], TeamOrderInput);
//# sourceMappingURL=team.input.js.map