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
exports.OrganizationResolver = void 0;
const type_graphql_1 = require("type-graphql");
const errors_1 = require("../../common/errors");
const context_1 = require("../../domain/context");
const deprovision_hold_service_1 = require("../../domain/deprovision/deprovision-hold.service");
const organization_service_1 = require("../../domain/organization/organization.service");
const organization_input_1 = require("./organization.input");
const organization_mapper_1 = require("./organization.mapper");
const organization_type_1 = require("./organization.type");
let OrganizationResolver = class OrganizationResolver {
    async organization(ctx, id) {
        const target = id ?? ctx.actor.organizationId;
        if (!target)
            throw new errors_1.DomainError('BAD_USER_INPUT', 'id is required for tokens without an organization', { field: 'id' });
        return (0, organization_mapper_1.toOrganizationType)(await (0, organization_service_1.findOrganization)(ctx, target));
    }
    async organizations(ctx) {
        return (await (0, organization_service_1.listOrganizations)(ctx)).map(organization_mapper_1.toOrganizationType);
    }
    async updateOrganizationSettings(ctx, input) {
        return (0, organization_mapper_1.toOrganizationType)(await (0, organization_service_1.updateOrganizationSettings)(ctx, (0, context_1.requireOrganization)(ctx), input));
    }
    async releaseDeprovisionHold(ctx) {
        return (0, organization_mapper_1.toOrganizationType)(await (0, deprovision_hold_service_1.releaseDeprovisionHold)(ctx, (0, context_1.requireOrganization)(ctx)));
    }
    async setOrganizationScimEnabled(ctx, id, enabled) {
        return (0, organization_mapper_1.toOrganizationType)(await (0, organization_service_1.setScimEnabled)(ctx, id, enabled));
    }
};
exports.OrganizationResolver = OrganizationResolver;
__decorate([
    (0, type_graphql_1.Authorized)('READ'),
    (0, type_graphql_1.Query)(() => organization_type_1.OrganizationType, { description: "An organization by id or slug; the token's own when omitted." }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], OrganizationResolver.prototype, "organization", null);
__decorate([
    (0, type_graphql_1.Authorized)('READ'),
    (0, type_graphql_1.Query)(() => [organization_type_1.OrganizationType], { description: 'Every organization the token can see.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], OrganizationResolver.prototype, "organizations", null);
__decorate([
    (0, type_graphql_1.Authorized)('ORG_ADMIN'),
    (0, type_graphql_1.Mutation)(() => organization_type_1.OrganizationType),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => organization_input_1.OrganizationSettingsInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, organization_input_1.OrganizationSettingsInput]),
    __metadata("design:returntype", Promise)
], OrganizationResolver.prototype, "updateOrganizationSettings", null);
__decorate([
    (0, type_graphql_1.Authorized)('ORG_ADMIN'),
    (0, type_graphql_1.Mutation)(() => organization_type_1.OrganizationType, {
        description: "Releases the organization's mass-deprovisioning hold: the held deactivations and deletions apply when the identity provider retries them, and the hold's window starts afresh. Without a hold, changes nothing.",
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], OrganizationResolver.prototype, "releaseDeprovisionHold", null);
__decorate([
    (0, type_graphql_1.Authorized)('INTERNAL'),
    (0, type_graphql_1.Mutation)(() => organization_type_1.OrganizationType, { description: "Turns an organization's SCIM entitlement on or off (internal tokens only); audited." }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID, { description: 'The organization, by id or slug.' })),
    __param(2, (0, type_graphql_1.Arg)('enabled')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Boolean]),
    __metadata("design:returntype", Promise)
], OrganizationResolver.prototype, "setOrganizationScimEnabled", null);
exports.OrganizationResolver = OrganizationResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => organization_type_1.OrganizationType)
], OrganizationResolver);
//# sourceMappingURL=organization.resolver.js.map