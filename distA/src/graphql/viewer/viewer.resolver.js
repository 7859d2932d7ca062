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
exports.ViewerResolver = void 0;
const type_graphql_1 = require("type-graphql");
const token_entity_1 = require("../../domain/token/token.entity");
const user_mapper_1 = require("../user/user.mapper");
const user_type_1 = require("../user/user.type");
const viewer_type_1 = require("./viewer.type");
/** `viewer`: who am I (DESIGN.md "Org admins are users"). */
let ViewerResolver = class ViewerResolver {
    viewer(ctx) {
        const { actor } = ctx;
        const scope = (actor.scope ?? null);
        return {
            tokenId: actor.kind === 'token' ? actor.id : null,
            scope,
            organizationId: actor.organizationId,
            bootstrap: (0, token_entity_1.isBootstrapToken)(actor),
            userId: actor.userId ?? null,
        };
    }
    async user(viewer, ctx) {
        if (!viewer.userId)
            return null;
        const user = await ctx.loaders.userById.load(viewer.userId);
        return user ? (0, user_mapper_1.toUserType)(user) : null;
    }
};
exports.ViewerResolver = ViewerResolver;
__decorate([
    (0, type_graphql_1.Authorized)('READ'),
    (0, type_graphql_1.Query)(() => viewer_type_1.ViewerType, { description: 'The caller: its token and scope, and the user it was issued to (with their role and its provenance).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", viewer_type_1.ViewerType)
], ViewerResolver.prototype, "viewer", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_type_1.UserType, { nullable: true, description: 'The person the token was issued to; null for bootstrap, service and internal tokens.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [viewer_type_1.ViewerType, Object]),
    __metadata("design:returntype", Promise)
], ViewerResolver.prototype, "user", null);
exports.ViewerResolver = ViewerResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => viewer_type_1.ViewerType)
], ViewerResolver);
//# sourceMappingURL=viewer.resolver.js.map