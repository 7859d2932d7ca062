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
exports.TeamMember = exports.MEMBERS_BY_USER_INDEX = void 0;
const core_1 = require("@mikro-orm/core");
/** The (organization_id, user_id) index: a user's memberships. */
exports.MEMBERS_BY_USER_INDEX = 'team_members_org_user_index';
/** Membership of one user in one team. Written and removed as deltas, never as a whole list. */
let TeamMember = class TeamMember {
    constructor() {
        this.createdAt = new Date();
    }
};
exports.TeamMember = TeamMember;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], TeamMember.prototype, "organizationId", void 0);
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], TeamMember.prototype, "teamId", void 0);
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], TeamMember.prototype, "userId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime' }),
    __metadata("design:type", Date)
], TeamMember.prototype, "createdAt", void 0);
exports.TeamMember = TeamMember = __decorate([
    (0, core_1.Entity)({ tableName: 'team_members' }),
    (0, core_1.Index)({ name: exports.MEMBERS_BY_USER_INDEX, properties: ['organizationId', 'userId'] })
], TeamMember);
//# sourceMappingURL=team-member.entity.js.map