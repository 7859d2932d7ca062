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
exports.Document = void 0;
const core_1 = require("@mikro-orm/core");
const ids_1 = require("../../common/ids");
/** A piece of a user's content. Never dropped: deactivation hands it to an admin. */
let Document = class Document {
    constructor() {
        this.id = (0, ids_1.newId)();
        /** Set when the owner was deactivated and no admin could receive the document. */
        this.awaitingReassignment = false;
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
};
exports.Document = Document;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], Document.prototype, "organizationId", void 0);
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], Document.prototype, "id", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 1000 }),
    __metadata("design:type", String)
], Document.prototype, "title", void 0);
__decorate([
    (0, core_1.Property)({ type: 'uuid' }),
    __metadata("design:type", String)
], Document.prototype, "ownerId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], Document.prototype, "awaitingReassignment", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime' }),
    __metadata("design:type", Date)
], Document.prototype, "createdAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime' }),
    __metadata("design:type", Date)
], Document.prototype, "updatedAt", void 0);
exports.Document = Document = __decorate([
    (0, core_1.Entity)({ tableName: 'documents' }),
    (0, core_1.Index)({ name: 'documents_org_owner_index', properties: ['organizationId', 'ownerId', 'createdAt'] }),
    (0, core_1.Index)({ name: 'documents_org_awaiting_index', properties: ['organizationId', 'awaitingReassignment'] })
], Document);
//# sourceMappingURL=document.entity.js.map