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
exports.TeamMemberConnection = exports.TeamConnection = exports.TeamType = void 0;
const type_graphql_1 = require("type-graphql");
const connection_1 = require("../common/connection");
const enums_1 = require("../common/enums");
const user_type_1 = require("../user/user.type");
/** A team (a SCIM Group). `memberCount` and `members` resolve through per-request loaders. */
let TeamType = class TeamType {
};
exports.TeamType = TeamType;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], TeamType.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'Unique per organization, compared case-insensitively.' }),
    __metadata("design:type", String)
], TeamType.prototype, "displayName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: "The IdP's id for the group (case-exact)." }),
    __metadata("design:type", Object)
], TeamType.prototype, "externalId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.OrgRole, { nullable: true, description: 'The org role every member holds through this team; set by org admins only.' }),
    __metadata("design:type", Object)
], TeamType.prototype, "grantsRole", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Date)
], TeamType.prototype, "createdAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Date)
], TeamType.prototype, "updatedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Bumped on every change, membership included (the SCIM ETag).' }),
    __metadata("design:type", Number)
], TeamType.prototype, "version", void 0);
exports.TeamType = TeamType = __decorate([
    (0, type_graphql_1.ObjectType)('Team', { simpleResolvers: true })
], TeamType);
let TeamConnection = class TeamConnection extends (0, connection_1.Connection)(TeamType) {
};
exports.TeamConnection = TeamConnection;
exports.TeamConnection = TeamConnection = __decorate([
    (0, type_graphql_1.ObjectType)('TeamConnection', { simpleResolvers: true })
], TeamConnection);
let TeamMemberConnection = class TeamMemberConnection extends (0, connection_1.Connection)(user_type_1.UserType) {
};
exports.TeamMemberConnection = TeamMemberConnection;
exports.TeamMemberConnection = TeamMemberConnection = __decorate([
    (0, type_graphql_1.ObjectType)('TeamMemberConnection', { simpleResolvers: true, description: 'Members of a team, in user id order.' })
], TeamMemberConnection);
//# sourceMappingURL=team.type.js.map