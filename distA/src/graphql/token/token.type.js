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
exports.CreatedApiTokenType = exports.ApiTokenType = exports.TokenScopeValue = void 0;
const type_graphql_1 = require("type-graphql");
/** GraphQL names of the domain's token scopes; the values are the domain's own. */
var TokenScopeValue;
(function (TokenScopeValue) {
    TokenScopeValue["SCIM"] = "scim";
    TokenScopeValue["ADMIN"] = "admin";
    TokenScopeValue["READ"] = "read";
    TokenScopeValue["INTERNAL"] = "internal";
})(TokenScopeValue || (exports.TokenScopeValue = TokenScopeValue = {}));
(0, type_graphql_1.registerEnumType)(TokenScopeValue, {
    name: 'TokenScope',
    description: 'What a token may do. INTERNAL tokens are created with the CLI only.',
    valuesConfig: {
        SCIM: { description: 'One organization, the SCIM endpoint only (identity providers).' },
        ADMIN: { description: 'One organization, GraphQL read and write.' },
        READ: { description: 'One organization, GraphQL read-only.' },
        INTERNAL: { description: 'Every organization, GraphQL read-only (internal tools).' },
    },
});
let ApiTokenType = class ApiTokenType {
};
exports.ApiTokenType = ApiTokenType;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], ApiTokenType.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], ApiTokenType.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => TokenScopeValue),
    __metadata("design:type", String)
], ApiTokenType.prototype, "scope", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'The first characters of the secret, to recognise it; not enough to use it.' }),
    __metadata("design:type", String)
], ApiTokenType.prototype, "prefix", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The user the token was issued to; it works only while they qualify for its scope.' }),
    __metadata("design:type", Object)
], ApiTokenType.prototype, "userId", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'An ADMIN token issued to no user, made with the CLI for the first set-up.' }),
    __metadata("design:type", Boolean)
], ApiTokenType.prototype, "bootstrap", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Date)
], ApiTokenType.prototype, "createdAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], ApiTokenType.prototype, "lastUsedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], ApiTokenType.prototype, "revokedAt", void 0);
exports.ApiTokenType = ApiTokenType = __decorate([
    (0, type_graphql_1.ObjectType)('ApiToken', { simpleResolvers: true, description: 'An API token as listed: never its secret.' })
], ApiTokenType);
let CreatedApiTokenType = class CreatedApiTokenType {
};
exports.CreatedApiTokenType = CreatedApiTokenType;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], CreatedApiTokenType.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'The bearer secret. Only its hash is stored: it cannot be shown again.' }),
    __metadata("design:type", String)
], CreatedApiTokenType.prototype, "token", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], CreatedApiTokenType.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => TokenScopeValue),
    __metadata("design:type", String)
], CreatedApiTokenType.prototype, "scope", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Date)
], CreatedApiTokenType.prototype, "createdAt", void 0);
exports.CreatedApiTokenType = CreatedApiTokenType = __decorate([
    (0, type_graphql_1.ObjectType)('CreatedApiToken', { simpleResolvers: true, description: 'A new token with its secret, shown this once.' })
], CreatedApiTokenType);
//# sourceMappingURL=token.type.js.map