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
exports.OrganizationSettingsInput = exports.DeprovisionHoldSettingsInput = void 0;
const type_graphql_1 = require("type-graphql");
let DeprovisionHoldSettingsInput = class DeprovisionHoldSettingsInput {
};
exports.DeprovisionHoldSettingsInput = DeprovisionHoldSettingsInput;
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], DeprovisionHoldSettingsInput.prototype, "enabled", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Share of the active users, 1 to 100.' }),
    __metadata("design:type", Object)
], DeprovisionHoldSettingsInput.prototype, "percent", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Users, 1 to 1000000.' }),
    __metadata("design:type", Object)
], DeprovisionHoldSettingsInput.prototype, "count", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'The window, 1 to 1440 minutes.' }),
    __metadata("design:type", Object)
], DeprovisionHoldSettingsInput.prototype, "windowMinutes", void 0);
exports.DeprovisionHoldSettingsInput = DeprovisionHoldSettingsInput = __decorate([
    (0, type_graphql_1.InputType)('DeprovisionHoldSettingsInput', { description: 'Omitted or null fields stay as they are.' })
], DeprovisionHoldSettingsInput);
let OrganizationSettingsInput = class OrganizationSettingsInput {
};
exports.OrganizationSettingsInput = OrganizationSettingsInput;
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], OrganizationSettingsInput.prototype, "roleManualOverride", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: 'Let GraphQL edit the attributes of users the IdP provisioned (each edit audited as local).' }),
    __metadata("design:type", Object)
], OrganizationSettingsInput.prototype, "allowLocalEdits", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'A user id; null clears the successor; omitted leaves it.' }),
    __metadata("design:type", Object)
], OrganizationSettingsInput.prototype, "contentSuccessorId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => DeprovisionHoldSettingsInput, { nullable: true, description: "The mass-deprovisioning hold's thresholds." }),
    __metadata("design:type", Object)
], OrganizationSettingsInput.prototype, "deprovisionHold", void 0);
exports.OrganizationSettingsInput = OrganizationSettingsInput = __decorate([
    (0, type_graphql_1.InputType)('OrganizationSettingsInput')
], OrganizationSettingsInput);
//# sourceMappingURL=organization.input.js.map