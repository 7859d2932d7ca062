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
exports.AuditEventConnection = exports.AuditEventType = exports.AuditChangeType = void 0;
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const connection_1 = require("../common/connection");
let AuditChangeType = class AuditChangeType {
};
exports.AuditChangeType = AuditChangeType;
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], AuditChangeType.prototype, "field", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLJSON, { nullable: true }),
    __metadata("design:type", Object)
], AuditChangeType.prototype, "before", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLJSON, { nullable: true }),
    __metadata("design:type", Object)
], AuditChangeType.prototype, "after", void 0);
exports.AuditChangeType = AuditChangeType = __decorate([
    (0, type_graphql_1.ObjectType)('AuditChange', { simpleResolvers: true, description: 'One changed field: its value before and after.' })
], AuditChangeType);
let AuditEventType = class AuditEventType {
};
exports.AuditEventType = AuditEventType;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], AuditEventType.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Date)
], AuditEventType.prototype, "occurredAt", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: '`token`, `cli` or `system`.' }),
    __metadata("design:type", String)
], AuditEventType.prototype, "actorType", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'The token id for token actors.' }),
    __metadata("design:type", Object)
], AuditEventType.prototype, "actorId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AuditEventType.prototype, "actorName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The person behind the actor: the user its token was issued to.' }),
    __metadata("design:type", Object)
], AuditEventType.prototype, "actorUserId", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'Dotted verb, e.g. `user.deactivated`.' }),
    __metadata("design:type", String)
], AuditEventType.prototype, "action", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], AuditEventType.prototype, "targetType", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], AuditEventType.prototype, "targetId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [AuditChangeType]),
    __metadata("design:type", Array)
], AuditEventType.prototype, "changes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'The X-Request-Id of the request that made the change.' }),
    __metadata("design:type", Object)
], AuditEventType.prototype, "requestId", void 0);
exports.AuditEventType = AuditEventType = __decorate([
    (0, type_graphql_1.ObjectType)('AuditEvent', { simpleResolvers: true, description: 'One recorded change, from either door.' })
], AuditEventType);
let AuditEventConnection = class AuditEventConnection extends (0, connection_1.Connection)(AuditEventType) {
};
exports.AuditEventConnection = AuditEventConnection;
exports.AuditEventConnection = AuditEventConnection = __decorate([
    (0, type_graphql_1.ObjectType)('AuditEventConnection', { simpleResolvers: true })
], AuditEventConnection);
//# sourceMappingURL=audit.type.js.map