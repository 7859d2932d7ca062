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
exports.Deprovision = void 0;
const core_1 = require("@mikro-orm/core");
const ids_1 = require("../../common/ids");
/** One IdP deprovision of an active user, applied or held (the mass-deprovisioning hold's record). */
let Deprovision = class Deprovision {
    constructor() {
        this.id = (0, ids_1.newId)();
        /** Requests for it so far (an IdP retries a held one). */
        this.attempts = 1;
        /** The token that asked (its id, never its secret). */
        this.tokenId = null;
        this.requestId = null;
    }
};
exports.Deprovision = Deprovision;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], Deprovision.prototype, "organizationId", void 0);
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], Deprovision.prototype, "id", void 0);
__decorate([
    (0, core_1.Property)({ type: 'uuid' }),
    __metadata("design:type", String)
], Deprovision.prototype, "userId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 16 }),
    __metadata("design:type", String)
], Deprovision.prototype, "action", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 16 }),
    __metadata("design:type", String)
], Deprovision.prototype, "state", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime' }),
    __metadata("design:type", Date)
], Deprovision.prototype, "requestedAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], Deprovision.prototype, "attempts", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 64, nullable: true }),
    __metadata("design:type", Object)
], Deprovision.prototype, "tokenId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 128, nullable: true }),
    __metadata("design:type", Object)
], Deprovision.prototype, "requestId", void 0);
exports.Deprovision = Deprovision = __decorate([
    (0, core_1.Entity)({ tableName: 'deprovisions' }),
    (0, core_1.Index)({ name: 'deprovisions_org_state_time_index', properties: ['organizationId', 'state', 'requestedAt'] }),
    (0, core_1.Index)({ name: 'deprovisions_org_user_index', properties: ['organizationId', 'userId', 'state'] })
], Deprovision);
//# sourceMappingURL=deprovision.entity.js.map