import type { Team } from '../../domain/team/team.entity';
import type { TeamType } from './team.type';

/** Entity → GraphQL object. Members resolve through loaders. */
export function toTeamType(team: Team): TeamType {
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
