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
exports.Team = void 0;
const core_1 = require("@mikro-orm/core");
const ids_1 = require("../../common/ids");
/** A team of one organization; a SCIM Group. */
let Team = class Team {
    constructor() {
        this.id = (0, ids_1.newId)();
        this.externalId = null;
        /** Org role granted to every member; set only by an org admin through GraphQL. */
        this.grantsRole = null;
        this.createdAt = new Date();
        this.updatedAt = new Date();
        /** Bumped on every change, membership included; the SCIM ETag. */
        this.version = 1;
    }
};
exports.Team = Team;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], Team.prototype, "organizationId", void 0);
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], Team.prototype, "id", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 512 }),
    __metadata("design:type", String)
], Team.prototype, "displayName", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 512 }),
    __metadata("design:type", String)
], Team.prototype, "displayNameKey", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 512, nullable: true }),
    __metadata("design:type", Object)
], Team.prototype, "externalId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 16, nullable: true }),
    __metadata("design:type", Object)
], Team.prototype, "grantsRole", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime' }),
    __metadata("design:type", Date)
], Team.prototype, "createdAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime' }),
    __metadata("design:type", Date)
], Team.prototype, "updatedAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], Team.prototype, "version", void 0);
exports.Team = Team = __decorate([
    (0, core_1.Entity)({ tableName: 'teams' }),
    (0, core_1.Unique)({ name: 'teams_org_display_name_key_unique', properties: ['organizationId', 'displayNameKey'] }),
    (0, core_1.Index)({ name: 'teams_org_external_id_index', properties: ['organizationId', 'externalId'] }),
    (0, core_1.Index)({ name: 'teams_org_created_index', properties: ['organizationId', 'createdAt', 'id'] })
], Team);
//# sourceMappingURL=team.entity.js.map