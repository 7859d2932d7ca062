import type { Organization } from '../../domain/organization/organization.entity';
import type { DeprovisionHoldSettingsType, OrganizationType } from './organization.type';

function holdSettingsOf(org: Organization): DeprovisionHoldSettingsType {
  return { enabled: org.deprovisionHoldEnabled, percent: org.deprovisionHoldPercent, count: org.deprovisionHoldCount, windowMinutes: org.deprovisionHoldWindowMinutes };
}

export function toOrganizationType(org: Organization): OrganizationType {
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
