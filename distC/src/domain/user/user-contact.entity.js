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
exports.UserContact = void 0;
const core_1 = require("@mikro-orm/core");
const ids_1 = require("../../common/ids");
/** One element of a user's `emails` or `phoneNumbers`, kept in the order it was written. */
let UserContact = class UserContact {
    constructor() {
        this.id = (0, ids_1.newId)();
        this.value = null;
        /** Lower-cased value, for case-insensitive filters served by an index. */
        this.valueKey = null;
        this.type = null;
        this.primary = null;
        this.display = null;
    }
};
exports.UserContact = UserContact;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], UserContact.prototype, "organizationId", void 0);
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], UserContact.prototype, "id", void 0);
__decorate([
    (0, core_1.Property)({ type: 'uuid' }),
    __metadata("design:type", String)
], UserContact.prototype, "userId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 8 }),
    __metadata("design:type", String)
], UserContact.prototype, "kind", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer' }),
    __metadata("design:type", Number)
], UserContact.prototype, "position", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 512, nullable: true }),
    __metadata("design:type", Object)
], UserContact.prototype, "value", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 512, nullable: true }),
    __metadata("design:type", Object)
], UserContact.prototype, "valueKey", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 64, nullable: true }),
    __metadata("design:type", Object)
], UserContact.prototype, "type", void 0);
__decorate([
    (0, core_1.Property)({ type: 'boolean', nullable: true }),
    __metadata("design:type", Object)
], UserContact.prototype, "primary", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 512, nullable: true }),
    __metadata("design:type", Object)
], UserContact.prototype, "display", void 0);
exports.UserContact = UserContact = __decorate([
    (0, core_1.Entity)({ tableName: 'user_contacts' }),
    (0, core_1.Index)({ name: 'user_contacts_org_user_index', properties: ['organizationId', 'userId', 'kind', 'position'] }),
    (0, core_1.Index)({ name: 'user_contacts_org_value_index', properties: ['organizationId', 'kind', 'valueKey'] })
], UserContact);
//# sourceMappingURL=user-contact.entity.js.map