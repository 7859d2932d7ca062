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
exports.TokenResolver = void 0;
const type_graphql_1 = require("type-graphql");
const errors_1 = require("../../common/errors");
const context_1 = require("../../domain/context");
const token_service_1 = require("../../domain/token/token.service");
const token_input_1 = require("./token.input");
const token_mapper_1 = require("./token.mapper");
const token_type_1 = require("./token.type");
/** Tokens of the caller's own organization, managed by its admins. */
let TokenResolver = class TokenResolver {
    async apiTokens(ctx) {
        return (await (0, token_service_1.listApiTokens)(ctx, (0, context_1.requireOrganization)(ctx))).map(token_mapper_1.toApiTokenType);
    }
    async createApiToken(ctx, input) {
        if (input.scope === token_type_1.TokenScopeValue.INTERNAL) {
            throw new errors_1.DomainError('FORBIDDEN', 'INTERNAL tokens reach every organization; create them with the CLI', { field: 'scope' });
        }
        const organizationId = (0, context_1.requireOrganization)(ctx);
        // DESIGN.md "Org admins are users": an admin token has a holder; bootstrap tokens come from the CLI only.
        const userId = input.userId ?? (input.scope === token_type_1.TokenScopeValue.ADMIN ? (ctx.actor.userId ?? null) : null);
        if (input.scope === token_type_1.TokenScopeValue.ADMIN && !userId) {
            throw new errors_1.DomainError('BAD_USER_INPUT', 'An ADMIN token is issued to a user: give userId, an active org admin (bootstrap tokens come from the CLI)', { field: 'userId' });
        }
        const { token, secret } = await (0, token_service_1.createApiToken)(ctx, { organizationId, name: input.name, scope: input.scope, userId });
        return { id: token.id, token: secret, name: token.name, scope: input.scope, createdAt: token.createdAt };
    }
    async revokeApiToken(ctx, id) {
        return (0, token_mapper_1.toApiTokenType)(await (0, token_service_1.revokeApiToken)(ctx, id));
    }
};
exports.TokenResolver = TokenResolver;
__decorate([
    (0, type_graphql_1.Authorized)('ORG_ADMIN'),
    (0, type_graphql_1.Query)(() => [token_type_1.ApiTokenType], { description: "The organization's tokens, revoked ones included; never their secrets." }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], TokenResolver.prototype, "apiTokens", null);
__decorate([
    (0, type_graphql_1.Authorized)('ORG_ADMIN'),
    (0, type_graphql_1.Mutation)(() => token_type_1.CreatedApiTokenType, { description: 'Creates a token for the organization; the secret is returned once.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => token_input_1.CreateApiTokenInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, token_input_1.CreateApiTokenInput]),
    __metadata("design:returntype", Promise)
], TokenResolver.prototype, "createApiToken", null);
__decorate([
    (0, type_graphql_1.Authorized)('ORG_ADMIN'),
    (0, type_graphql_1.Mutation)(() => token_type_1.ApiTokenType, { description: 'Revokes a token of the organization at once; revoking twice is a no-op.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], TokenResolver.prototype, "revokeApiToken", null);
exports.TokenResolver = TokenResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => token_type_1.ApiTokenType)
], TokenResolver);
//# sourceMappingURL=token.resolver.js.map