import { DomainError } from '../../common/errors';
import { inUnitOfWork, type DomainContext } from '../context';
import { deleteMemberRows, normaliseIds } from './member-rows';
import { bumpTeamVersion, checkVersion, findTeamForWrite, writeMemberChange, writeMemberSet, type TeamWriteOptions } from './team-write';
import { applyFields, cleanDisplayName, cleanExternalId } from './team.service';
import type { Team } from './team.entity';

/**
 * A partial change of a team (a SCIM PATCH): fields and membership together. Omitted fields stay;
 * `externalId: null` clears it. Membership is either deltas (`addMemberIds`, `removeMemberIds`,
 * disjoint) or the whole new list (`replaceMemberIds`), never both.
 */
export interface PatchTeamInput {
  displayName?: string | null;
  externalId?: string | null;
  addMemberIds?: readonly string[] | null;
  removeMemberIds?: readonly string[] | null;
  replaceMemberIds?: readonly string[] | null;
}

const badInput = (message: string): DomainError => new DomainError('BAD_USER_INPUT', message, { field: 'input' });

function memberDeltas(input: PatchTeamInput): { add: string[]; remove: string[] } {
  const add = normaliseIds(input.addMemberIds ?? []);
  const remove = normaliseIds(input.removeMemberIds ?? []);
  if (input.replaceMemberIds != null && add.length + remove.length > 0) {
    throw badInput('replaceMemberIds cannot be combined with addMemberIds or removeMemberIds');
  }
  const removing = new Set(remove);
  const both = add.filter((id) => removing.has(id));
  if (both.length > 0) throw badInput(`Users both added and removed: ${both.slice(0, 5).join(', ')}`);
  return { add, remove };
}

/** Writes add/remove deltas (adds validated before anything is written) and audits them. */
function writeMemberDeltas(ctx: DomainContext, team: Team, add: string[], remove: string[]): Promise<{ added: string[]; removed: string[] }> {
  return writeMemberChange(ctx, team, add, () => deleteMemberRows(ctx, team.organizationId, team.id, remove));
}

/**
 * Changes a team's fields and members in one transaction with one version bump, so that one SCIM
 * PATCH is all or nothing. Membership is written as deltas: the member list is never read, whatever
 * the team's size. Members that are not users of the organization fail the whole call
 * (MEMBER_NOT_IN_ORGANIZATION); a call that changes nothing keeps the version.
 */
export async function patchTeam(ctx: DomainContext, id: string, input: PatchTeamInput, options: TeamWriteOptions = {}): Promise<Team> {
  const { add, remove } = memberDeltas(input);
  const displayName = input.displayName != null ? cleanDisplayName(input.displayName) : undefined;
  const externalId = input.externalId !== undefined ? cleanExternalId(input.externalId) : undefined;
  return inUnitOfWork(ctx, async (tx) => {
    const team = await findTeamForWrite(tx, id);
    checkVersion(team, options.ifVersion);
    const members =
      input.replaceMemberIds != null ? await writeMemberSet(tx, team, input.replaceMemberIds) : await writeMemberDeltas(tx, team, add, remove);
    const next = { displayName: displayName ?? team.displayName, externalId: externalId === undefined ? team.externalId : externalId };
    const fieldsChanged = await applyFields(tx, team, next);
    if (!fieldsChanged && members.added.length + members.removed.length === 0) return team;
    await tx.em.flush();
    await bumpTeamVersion(tx, team, options.ifVersion);
    return team;
  });
}
