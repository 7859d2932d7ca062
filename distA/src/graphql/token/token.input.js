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
exports.CreateApiTokenInput = void 0;
const type_graphql_1 = require("type-graphql");
const token_type_1 = require("./token.type");
let CreateApiTokenInput = class CreateApiTokenInput {
};
exports.CreateApiTokenInput = CreateApiTokenInput;
__decorate([
    (0, type_graphql_1.Field)({ description: 'A label to recognise the token by, e.g. the client that uses it.' }),
    __metadata("design:type", String)
], CreateApiTokenInput.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => token_type_1.TokenScopeValue),
    __metadata("design:type", String)
], CreateApiTokenInput.prototype, "scope", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, {
        nullable: true,
        description: 'The user the token is issued to. ADMIN tokens: an active org admin, by default the caller (a bootstrap token has no user: give one). READ tokens: any active user, or none for a service token. SCIM: none.',
    }),
    __metadata("design:type", Object)
], CreateApiTokenInput.prototype, "userId", void 0);
exports.CreateApiTokenInput = CreateApiTokenInput = __decorate([
    (0, type_graphql_1.InputType)('CreateApiTokenInput')
], CreateApiTokenInput);
//# sourceMappingURL=token.input.js.map