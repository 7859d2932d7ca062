"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toTeamType = toTeamType;
/** Entity → GraphQL object. Members resolve through loaders. */
function toTeamType(team) {
    return {
        id: team.id,
        organizationId: team.organizationId,
        displayName: team.displayName,
        externalId: team.externalId,
        grantsRole: team.grantsRole,
        createdAt: team.createdAt,
        updatedAt: team.updatedAt,
        version: team.version,
    };
}
//# sourceMappingURL=team.mapper.js.map