import type { Organization } from '../../domain/organization/organization.entity';
import type { OrganizationType } from './organization.type';

export function toOrganizationType(org: Organization): OrganizationType {
  return {
    id: org.id,
    name: org.name,
    slug: org.slug,
    settings: { roleManualOverride: org.roleManualOverride, contentSuccessorId: org.contentSuccessorId },
    createdAt: org.createdAt,
    updatedAt: org.updatedAt,
  };
}
