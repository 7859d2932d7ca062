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
exports.AuditEventResolver = void 0;
const type_graphql_1 = require("type-graphql");
const audit_query_1 = require("../../domain/audit/audit.query");
const connection_1 = require("../common/connection");
const audit_mapper_1 = require("./audit.mapper");
const audit_type_1 = require("./audit.type");
let AuditEventsArgs = class AuditEventsArgs {
};
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: "Required for internal tokens; org tokens see only their own." }),
    __metadata("design:type", Object)
], AuditEventsArgs.prototype, "organizationId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], AuditEventsArgs.prototype, "targetId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '`user`, `team`, `document`, `organization` or `token`.' }),
    __metadata("design:type", Object)
], AuditEventsArgs.prototype, "targetType", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'An exact action, or a prefix ending in a dot (`team.`).' }),
    __metadata("design:type", Object)
], AuditEventsArgs.prototype, "action", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AuditEventsArgs.prototype, "requestId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'The actor that made the changes: a token id, as in AuditEvent.actorId.' }),
    __metadata("design:type", Object)
], AuditEventsArgs.prototype, "actorId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], AuditEventsArgs.prototype, "since", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], AuditEventsArgs.prototype, "until", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { defaultValue: connection_1.DEFAULT_CONNECTION_SIZE }),
    __metadata("design:type", Number)
], AuditEventsArgs.prototype, "first", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AuditEventsArgs.prototype, "after", void 0);
AuditEventsArgs = __decorate([
    (0, type_graphql_1.ArgsType)()
], AuditEventsArgs);
let AuditEventResolver = class AuditEventResolver {
    async auditEvents(ctx, args) {
        const page = await (0, audit_query_1.listAuditEvents)(ctx, args);
        return (0, connection_1.toConnection)(audit_type_1.AuditEventConnection, page, audit_mapper_1.toAuditEventType);
    }
};
exports.AuditEventResolver = AuditEventResolver;
__decorate([
    (0, type_graphql_1.Authorized)('READ'),
    (0, type_graphql_1.Query)(() => audit_type_1.AuditEventConnection, { description: 'Recorded changes of one organization, newest first.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Args)(() => AuditEventsArgs)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, AuditEventsArgs]),
    __metadata("design:returntype", Promise)
], AuditEventResolver.prototype, "auditEvents", null);
exports.AuditEventResolver = AuditEventResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => audit_type_1.AuditEventType)
], AuditEventResolver);
//# sourceMappingURL=audit.resolver.js.map