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
exports.AuditEvent = void 0;
const core_1 = require("@mikro-orm/core");
const ids_1 = require("../../common/ids");
/** One recorded change, from either door. Never holds secrets. */
let AuditEvent = class AuditEvent {
    constructor() {
        this.id = (0, ids_1.newId)();
        this.occurredAt = new Date();
        this.actorId = null;
        this.actorName = null;
        /** The person behind the actor: the user a token was issued to; NULL for other actors. */
        this.actorUserId = null;
        this.targetId = null;
        this.changes = null;
        this.requestId = null;
    }
};
exports.AuditEvent = AuditEvent;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], AuditEvent.prototype, "organizationId", void 0);
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], AuditEvent.prototype, "id", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime' }),
    __metadata("design:type", Date)
], AuditEvent.prototype, "occurredAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 16 }),
    __metadata("design:type", String)
], AuditEvent.prototype, "actorType", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 64, nullable: true }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "actorId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 200, nullable: true }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "actorName", void 0);
__decorate([
    (0, core_1.Property)({ type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "actorUserId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 64 }),
    __metadata("design:type", String)
], AuditEvent.prototype, "action", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 32 }),
    __metadata("design:type", String)
], AuditEvent.prototype, "targetType", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 64, nullable: true }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "targetId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'json', nullable: true }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "changes", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 128, nullable: true }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "requestId", void 0);
exports.AuditEvent = AuditEvent = __decorate([
    (0, core_1.Entity)({ tableName: 'audit_events' }),
    (0, core_1.Index)({ name: 'audit_events_org_time_index', properties: ['organizationId', 'occurredAt', 'id'] }),
    (0, core_1.Index)({ name: 'audit_events_org_target_index', properties: ['organizationId', 'targetId', 'occurredAt'] })
], AuditEvent);
//# sourceMappingURL=audit-event.entity.js.map