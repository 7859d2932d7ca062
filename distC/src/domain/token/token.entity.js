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
exports.ApiToken = exports.isBootstrapToken = exports.TOKEN_SCOPES = void 0;
const core_1 = require("@mikro-orm/core");
const ids_1 = require("../../common/ids");
exports.TOKEN_SCOPES = ['scim', 'admin', 'read', 'internal'];
/** A bootstrap token: an `admin` token issued to no user (CLI only, for the first set-up). Takes a token or its actor. */
const isBootstrapToken = (token) => token.scope === 'admin' && !token.userId;
exports.isBootstrapToken = isBootstrapToken;
/**
 * An API token. Only the SHA-256 of the secret is stored. Not tenant-keyed: the bearer secret
 * is looked up before the organization is known, and `internal` tokens belong to none.
 */
let ApiToken = class ApiToken {
    constructor() {
        this.id = (0, ids_1.newId)();
        /** NULL only for `internal` tokens. */
        this.organizationId = null;
        /**
         * The person the token was issued to (DESIGN.md "Org admins are users"): an `admin` token works
         * only while that user is an active org admin, a `read` token while they are active. NULL for
         * `scim` and `internal` tokens, for service `read` tokens, and for a bootstrap `admin` token.
         */
        this.userId = null;
        this.createdAt = new Date();
        this.lastUsedAt = null;
        this.revokedAt = null;
    }
};
exports.ApiToken = ApiToken;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", String)
], ApiToken.prototype, "id", void 0);
__decorate([
    (0, core_1.Property)({ type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], ApiToken.prototype, "organizationId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], ApiToken.prototype, "userId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 200 }),
    __metadata("design:type", String)
], ApiToken.prototype, "name", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 16 }),
    __metadata("design:type", String)
], ApiToken.prototype, "scope", void 0);
__decorate([
    (0, core_1.Unique)({ name: 'api_tokens_hash_unique' }),
    (0, core_1.Property)({ type: 'string', length: 64 }),
    __metadata("design:type", String)
], ApiToken.prototype, "tokenHash", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 16 }),
    __metadata("design:type", String)
], ApiToken.prototype, "prefix", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime' }),
    __metadata("design:type", Date)
], ApiToken.prototype, "createdAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], ApiToken.prototype, "lastUsedAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], ApiToken.prototype, "revokedAt", void 0);
exports.ApiToken = ApiToken = __decorate([
    (0, core_1.Entity)({ tableName: 'api_tokens' }),
    (0, core_1.Index)({ name: 'api_tokens_org_index', properties: ['organizationId', 'createdAt'] })
], ApiToken);
//# sourceMappingURL=token.entity.js.map