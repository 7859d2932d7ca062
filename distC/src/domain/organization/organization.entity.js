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
exports.Organization = void 0;
const core_1 = require("@mikro-orm/core");
const ids_1 = require("../../common/ids");
/** A tenant. Not itself tenant-owned: every other table keys by its `id` first. */
let Organization = class Organization {
    constructor() {
        this.id = (0, ids_1.newId)();
        /** SCIM is a plan entitlement (DESIGN.md): when off, the organization's `scim` tokens get 403 and nothing is written. */
        this.scimEnabled = true;
        /** When on, GraphQL may edit what the IdP provisioned (DESIGN.md "One-way sync"); each such edit is audited as local. */
        this.allowLocalEdits = false;
        /** When on, an org admin's manual role wins over what the IdP pushes. */
        this.roleManualOverride = false;
        /** The org admin who receives a deactivated user's documents. */
        this.contentSuccessorId = null;
        /**
         * The deprovisioning hold's thresholds (DESIGN.md): an IdP may deactivate or delete, within
         * `deprovisionHoldWindowMinutes`, the larger of `deprovisionHoldCount` users and
         * `deprovisionHoldPercent` % of the organization's active users; further deprovisions are held.
         */
        this.deprovisionHoldEnabled = true;
        this.deprovisionHoldPercent = 10;
        this.deprovisionHoldCount = 50;
        this.deprovisionHoldWindowMinutes = 10;
        /** When the hold engaged; null while none is engaged. */
        this.deprovisionHoldEngagedAt = null;
        /** Users whose deprovision the engaged hold keeps back. */
        this.deprovisionHoldHeldCount = 0;
        /** When an org admin last released a hold: the window counts only deprovisions after it. */
        this.deprovisionHoldReleasedAt = null;
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
};
exports.Organization = Organization;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], Organization.prototype, "id", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 200 }),
    __metadata("design:type", String)
], Organization.prototype, "name", void 0);
__decorate([
    (0, core_1.Unique)({ name: 'organizations_slug_unique' }),
    (0, core_1.Property)({ type: 'string', length: 100 }),
    __metadata("design:type", String)
], Organization.prototype, "slug", void 0);
__decorate([
    (0, core_1.Property)({ type: 'boolean', default: true }),
    __metadata("design:type", Boolean)
], Organization.prototype, "scimEnabled", void 0);
__decorate([
    (0, core_1.Property)({ type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], Organization.prototype, "allowLocalEdits", void 0);
__decorate([
    (0, core_1.Property)({ type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], Organization.prototype, "roleManualOverride", void 0);
__decorate([
    (0, core_1.Property)({ type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "contentSuccessorId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'boolean', default: true }),
    __metadata("design:type", Boolean)
], Organization.prototype, "deprovisionHoldEnabled", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 10 }),
    __metadata("design:type", Number)
], Organization.prototype, "deprovisionHoldPercent", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 50 }),
    __metadata("design:type", Number)
], Organization.prototype, "deprovisionHoldCount", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 10 }),
    __metadata("design:type", Number)
], Organization.prototype, "deprovisionHoldWindowMinutes", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "deprovisionHoldEngagedAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], Organization.prototype, "deprovisionHoldHeldCount", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "deprovisionHoldReleasedAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime' }),
    __metadata("design:type", Date)
], Organization.prototype, "createdAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime' }),
    __metadata("design:type", Date)
], Organization.prototype, "updatedAt", void 0);
exports.Organization = Organization = __decorate([
    (0, core_1.Entity)({ tableName: 'organizations' })
], Organization);
//# sourceMappingURL=organization.entity.js.map