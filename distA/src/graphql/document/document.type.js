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
exports.DocumentConnection = exports.DocumentType = void 0;
const type_graphql_1 = require("type-graphql");
const connection_1 = require("../common/connection");
/** A document (a user's content). `owner` resolves through the userById loader. */
let DocumentType = class DocumentType {
};
exports.DocumentType = DocumentType;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], DocumentType.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], DocumentType.prototype, "title", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'True when the owner was deactivated and no org admin could receive the document.' }),
    __metadata("design:type", Boolean)
], DocumentType.prototype, "awaitingReassignment", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Date)
], DocumentType.prototype, "createdAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Date)
], DocumentType.prototype, "updatedAt", void 0);
exports.DocumentType = DocumentType = __decorate([
    (0, type_graphql_1.ObjectType)('Document', { simpleResolvers: true })
], DocumentType);
let DocumentConnection = class DocumentConnection extends (0, connection_1.Connection)(DocumentType) {
};
exports.DocumentConnection = DocumentConnection;
exports.DocumentConnection = DocumentConnection = __decorate([
    (0, type_graphql_1.ObjectType)('DocumentConnection', { simpleResolvers: true })
], DocumentConnection);
//# sourceMappingURL=document.type.js.map