"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toApiTokenType = void 0;
const token_entity_1 = require("../../domain/token/token.entity");
const toApiTokenType = (token) => ({
    id: token.id,
    name: token.name,
    scope: token.scope,
    prefix: token.prefix,
    userId: token.userId,
    bootstrap: (0, token_entity_1.isBootstrapToken)(token),
    createdAt: token.createdAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
});
exports.toApiTokenType = toApiTokenType;
//# sourceMappingURL=token.mapper.js.map