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
exports.ViewerType = void 0;
const type_graphql_1 = require("type-graphql");
const token_type_1 = require("../token/token.type");
let ViewerType = class ViewerType {
};
exports.ViewerType = ViewerType;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The token in use; null only for the service itself.' }),
    __metadata("design:type", Object)
], ViewerType.prototype, "tokenId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => token_type_1.TokenScopeValue, { nullable: true }),
    __metadata("design:type", Object)
], ViewerType.prototype, "scope", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: "The token's organization; null for INTERNAL tokens." }),
    __metadata("design:type", Object)
], ViewerType.prototype, "organizationId", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'An ADMIN token issued to no user (CLI, first set-up).' }),
    __metadata("design:type", Boolean)
], ViewerType.prototype, "bootstrap", void 0);
exports.ViewerType = ViewerType = __decorate([
    (0, type_graphql_1.ObjectType)('Viewer', { description: 'Who is calling: the token, and the person it was issued to.' })
], ViewerType);
//# sourceMappingURL=viewer.type.js.map