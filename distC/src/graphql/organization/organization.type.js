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
exports.OrganizationType = exports.OrganizationSettingsType = exports.DeprovisionHoldType = exports.DeprovisionHoldSettingsType = void 0;
const type_graphql_1 = require("type-graphql");
let DeprovisionHoldSettingsType = class DeprovisionHoldSettingsType {
};
exports.DeprovisionHoldSettingsType = DeprovisionHoldSettingsType;
__decorate([
    (0, type_graphql_1.Field)({ description: 'Off: identity providers deprovision without a hold.' }),
    __metadata("design:type", Boolean)
], DeprovisionHoldSettingsType.prototype, "enabled", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], DeprovisionHoldSettingsType.prototype, "percent", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], DeprovisionHoldSettingsType.prototype, "count", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], DeprovisionHoldSettingsType.prototype, "windowMinutes", void 0);
exports.DeprovisionHoldSettingsType = DeprovisionHoldSettingsType = __decorate([
    (0, type_graphql_1.ObjectType)('DeprovisionHoldSettings', {
        simpleResolvers: true,
        description: 'When an identity provider deactivates or deletes, within windowMinutes, more than the larger of count users and percent % of the active users, further deprovisions are held until an org admin releases the hold.',
    })
], DeprovisionHoldSettingsType);
let DeprovisionHoldType = class DeprovisionHoldType {
};
exports.DeprovisionHoldType = DeprovisionHoldType;
__decorate([
    (0, type_graphql_1.Field)({ description: 'When the hold engaged.' }),
    __metadata("design:type", Date)
], DeprovisionHoldType.prototype, "engagedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Users whose deactivation or deletion is held (answered 409 to the identity provider, not applied).' }),
    __metadata("design:type", Number)
], DeprovisionHoldType.prototype, "heldCount", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => DeprovisionHoldSettingsType, { description: 'The thresholds now in force.' }),
    __metadata("design:type", DeprovisionHoldSettingsType)
], DeprovisionHoldType.prototype, "thresholds", void 0);
exports.DeprovisionHoldType = DeprovisionHoldType = __decorate([
    (0, type_graphql_1.ObjectType)('DeprovisionHold', { simpleResolvers: true, description: 'An engaged mass-deprovisioning hold.' })
], DeprovisionHoldType);
let OrganizationSettingsType = class OrganizationSettingsType {
};
exports.OrganizationSettingsType = OrganizationSettingsType;
__decorate([
    (0, type_graphql_1.Field)({ description: "When on, an org admin's manual role wins over the IdP's role attribute." }),
    __metadata("design:type", Boolean)
], OrganizationSettingsType.prototype, "roleManualOverride", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'When on, GraphQL may edit the attributes of users the IdP provisioned; each such edit is audited as user.edited_locally.' }),
    __metadata("design:type", Boolean)
], OrganizationSettingsType.prototype, "allowLocalEdits", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: "The org admin who receives a deactivated user's documents." }),
    __metadata("design:type", Object)
], OrganizationSettingsType.prototype, "contentSuccessorId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => DeprovisionHoldSettingsType),
    __metadata("design:type", DeprovisionHoldSettingsType)
], OrganizationSettingsType.prototype, "deprovisionHold", void 0);
exports.OrganizationSettingsType = OrganizationSettingsType = __decorate([
    (0, type_graphql_1.ObjectType)('OrganizationSettings', { simpleResolvers: true })
], OrganizationSettingsType);
let OrganizationType = class OrganizationType {
};
exports.OrganizationType = OrganizationType;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], OrganizationType.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], OrganizationType.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], OrganizationType.prototype, "slug", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'Whether the organization may provision over SCIM (a plan entitlement); when off its scim tokens get 403.' }),
    __metadata("design:type", Boolean)
], OrganizationType.prototype, "scimEnabled", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => OrganizationSettingsType),
    __metadata("design:type", OrganizationSettingsType)
], OrganizationType.prototype, "settings", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => DeprovisionHoldType, { nullable: true, description: 'The mass-deprovisioning hold, while one is engaged; null otherwise.' }),
    __metadata("design:type", Object)
], OrganizationType.prototype, "deprovisionHold", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Date)
], OrganizationType.prototype, "createdAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Date)
], OrganizationType.prototype, "updatedAt", void 0);
exports.OrganizationType = OrganizationType = __decorate([
    (0, type_graphql_1.ObjectType)('Organization', { simpleResolvers: true })
], OrganizationType);
//# sourceMappingURL=organization.type.js.map