"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toOrganizationType = toOrganizationType;
function holdSettingsOf(org) {
    return { enabled: org.deprovisionHoldEnabled, percent: org.deprovisionHoldPercent, count: org.deprovisionHoldCount, windowMinutes: org.deprovisionHoldWindowMinutes };
}
function toOrganizationType(org) {
    return {
        id: org.id,
        name: org.name,
        slug: org.slug,
        scimEnabled: org.scimEnabled,
        settings: { roleManualOverride: org.roleManualOverride, allowLocalEdits: org.allowLocalEdits, contentSuccessorId: org.contentSuccessorId, deprovisionHold: holdSettingsOf(org) },
        deprovisionHold: org.deprovisionHoldEngagedAt
            ? { engagedAt: org.deprovisionHoldEngagedAt, heldCount: org.deprovisionHoldHeldCount, thresholds: holdSettingsOf(org) }
            : null,
        createdAt: org.createdAt,
        updatedAt: org.updatedAt,
    };
}
//# sourceMappingURL=organization.mapper.js.map