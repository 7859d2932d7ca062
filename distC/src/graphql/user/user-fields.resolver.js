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
exports.UserFieldsResolver = void 0;
const type_graphql_1 = require("type-graphql");
const roles_1 = require("../../domain/roles");
const enums_1 = require("../common/enums");
const user_type_1 = require("./user.type");
async function contacts(ctx, user, kind) {
    const rows = user.contacts ?? (await ctx.loaders.contactsByUser.load(user));
    return rows
        .filter((row) => row.kind === kind)
        .map((row) => ({ value: row.value, type: row.type, primary: row.primary, display: row.display }));
}
async function roleOf(ctx, user) {
    const [org, teamGrant] = await Promise.all([
        ctx.loaders.organizationById.load(user.organizationId),
        ctx.loaders.teamGrantByUser.load(user),
    ]);
    return (0, roles_1.effectiveRole)({
        manualOverride: org?.roleManualOverride ?? false,
        provisionedByIdp: user.provisionedByIdp,
        manualRole: user.manualRole,
        idpRole: user.idpRole,
        teamGrant,
    });
}
/** The User fields kept outside the users row, each through a per-request loader. */
let UserFieldsResolver = class UserFieldsResolver {
    emails(user, ctx) {
        return contacts(ctx, user, 'email');
    }
    phoneNumbers(user, ctx) {
        return contacts(ctx, user, 'phone');
    }
    async role(user, ctx) {
        return (await roleOf(ctx, user)).role;
    }
    async roleSource(user, ctx) {
        return (await roleOf(ctx, user)).source;
    }
};
exports.UserFieldsResolver = UserFieldsResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [user_type_1.MultiValueType], { description: 'In the order written; exactly one is primary when there are any.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [user_type_1.UserType, Object]),
    __metadata("design:returntype", Promise)
], UserFieldsResolver.prototype, "emails", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [user_type_1.MultiValueType], { description: 'In the order written.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [user_type_1.UserType, Object]),
    __metadata("design:returntype", Promise)
], UserFieldsResolver.prototype, "phoneNumbers", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => enums_1.OrgRole, {
        description: "Effective role: the manual role while the organization's roleManualOverride is on or for a user no IdP provisioned, else the higher of the IdP attribute and team grants, else MEMBER.",
    }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [user_type_1.UserType, Object]),
    __metadata("design:returntype", Promise)
], UserFieldsResolver.prototype, "role", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => enums_1.RoleSource, { description: 'Where the effective role came from.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [user_type_1.UserType, Object]),
    __metadata("design:returntype", Promise)
], UserFieldsResolver.prototype, "roleSource", null);
exports.UserFieldsResolver = UserFieldsResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => user_type_1.UserType)
], UserFieldsResolver);
//# sourceMappingURL=user-fields.resolver.js.map