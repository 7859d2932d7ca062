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
exports.User = void 0;
const core_1 = require("@mikro-orm/core");
const ids_1 = require("../../common/ids");
/**
 * A user of one organization. Scalar SCIM attributes are columns; emails and phone numbers
 * live in `user_contacts` (they are filterable); the other multi-valued attributes are JSON
 * kept verbatim so that what a client wrote reads back identically.
 */
let User = class User {
    constructor() {
        this.id = (0, ids_1.newId)();
        /** Lower-cased `userName` while the user is not deleted, NULL once tombstoned (frees the name). */
        this.userNameKey = null;
        this.externalId = null;
        this.nameFormatted = null;
        this.nameFamilyName = null;
        this.nameGivenName = null;
        this.nameMiddleName = null;
        this.nameHonorificPrefix = null;
        this.nameHonorificSuffix = null;
        this.displayName = null;
        this.nickName = null;
        this.profileUrl = null;
        this.title = null;
        this.userType = null;
        this.preferredLanguage = null;
        this.locale = null;
        this.timezone = null;
        this.active = true;
        this.ims = null;
        this.photos = null;
        this.addresses = null;
        this.entitlements = null;
        this.roles = null;
        this.x509Certificates = null;
        // Enterprise extension (urn:ietf:params:scim:schemas:extension:enterprise:2.0:User)
        this.employeeNumber = null;
        this.costCenter = null;
        this.enterpriseOrganization = null;
        this.division = null;
        this.department = null;
        this.managerValue = null;
        this.managerDisplayName = null;
        /** Role pushed by the IdP in the role extension (`admin` | `member`), normalised. */
        this.idpRole = null;
        /** Role set by an org admin through GraphQL; effective only while the org's override is on. */
        this.manualRole = null;
        /** True when the user came from the IdP (SCIM), which is then the source of truth. */
        this.provisionedByIdp = false;
        this.createdAt = new Date();
        this.updatedAt = new Date();
        this.deactivatedAt = null;
        this.deletedAt = null;
        /** Bumped on every change; the SCIM ETag. */
        this.version = 1;
    }
};
exports.User = User;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], User.prototype, "organizationId", void 0);
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], User.prototype, "id", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 512 }),
    __metadata("design:type", String)
], User.prototype, "userName", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 512, nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "userNameKey", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 512, nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "externalId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 512 }),
    __metadata("design:type", Object)
], User.prototype, "nameFormatted", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 256 }),
    __metadata("design:type", Object)
], User.prototype, "nameFamilyName", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 256 }),
    __metadata("design:type", Object)
], User.prototype, "nameGivenName", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 256 }),
    __metadata("design:type", Object)
], User.prototype, "nameMiddleName", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 256 }),
    __metadata("design:type", Object)
], User.prototype, "nameHonorificPrefix", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 256 }),
    __metadata("design:type", Object)
], User.prototype, "nameHonorificSuffix", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 512 }),
    __metadata("design:type", Object)
], User.prototype, "displayName", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 256 }),
    __metadata("design:type", Object)
], User.prototype, "nickName", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 1024 }),
    __metadata("design:type", Object)
], User.prototype, "profileUrl", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 256 }),
    __metadata("design:type", Object)
], User.prototype, "title", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 256 }),
    __metadata("design:type", Object)
], User.prototype, "userType", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 64 }),
    __metadata("design:type", Object)
], User.prototype, "preferredLanguage", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 64 }),
    __metadata("design:type", Object)
], User.prototype, "locale", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 128 }),
    __metadata("design:type", Object)
], User.prototype, "timezone", void 0);
__decorate([
    (0, core_1.Property)({ type: 'boolean', default: true }),
    __metadata("design:type", Boolean)
], User.prototype, "active", void 0);
__decorate([
    (0, core_1.Property)({ type: 'json', nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "ims", void 0);
__decorate([
    (0, core_1.Property)({ type: 'json', nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "photos", void 0);
__decorate([
    (0, core_1.Property)({ type: 'json', nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "addresses", void 0);
__decorate([
    (0, core_1.Property)({ type: 'json', nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "entitlements", void 0);
__decorate([
    (0, core_1.Property)({ type: 'json', nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "roles", void 0);
__decorate([
    (0, core_1.Property)({ type: 'json', nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "x509Certificates", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 256 }),
    __metadata("design:type", Object)
], User.prototype, "employeeNumber", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 256 }),
    __metadata("design:type", Object)
], User.prototype, "costCenter", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 256 }),
    __metadata("design:type", Object)
], User.prototype, "enterpriseOrganization", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 256 }),
    __metadata("design:type", Object)
], User.prototype, "division", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 256 }),
    __metadata("design:type", Object)
], User.prototype, "department", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 512 }),
    __metadata("design:type", Object)
], User.prototype, "managerValue", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 512 }),
    __metadata("design:type", Object)
], User.prototype, "managerDisplayName", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 16 }),
    __metadata("design:type", Object)
], User.prototype, "idpRole", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', nullable: true, length: 16 }),
    __metadata("design:type", Object)
], User.prototype, "manualRole", void 0);
__decorate([
    (0, core_1.Property)({ type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], User.prototype, "provisionedByIdp", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime' }),
    __metadata("design:type", Date)
], User.prototype, "createdAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime' }),
    __metadata("design:type", Date)
], User.prototype, "updatedAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "deactivatedAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "deletedAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], User.prototype, "version", void 0);
exports.User = User = __decorate([
    (0, core_1.Entity)({ tableName: 'users' }),
    (0, core_1.Unique)({ name: 'users_org_user_name_key_unique', properties: ['organizationId', 'userNameKey'] }),
    (0, core_1.Index)({ name: 'users_org_external_id_index', properties: ['organizationId', 'externalId'] }),
    (0, core_1.Index)({ name: 'users_org_created_index', properties: ['organizationId', 'createdAt', 'id'] })
], User);
//# sourceMappingURL=user.entity.js.map