import { DomainError } from '../../common/errors';
import { diffFields, recordAudit } from '../audit/audit.service';
import { findVisible, inUnitOfWork, requireOrganization, type DomainContext } from '../context';
import { ORG_ROLES, type OrgRole } from '../roles';
import { insertMemberRows, normaliseIds } from './member-rows';
import { TeamMember } from './team-member.entity';
import {
  assertMembersExist,
  bumpTeamVersion,
  checkVersion,
  findTeamForWrite,
  memberSummary,
  writeMemberSet,
  type TeamWriteOptions,
} from './team-write';
import { Team } from './team.entity';

export type { TeamWriteOptions } from './team-write';

export interface CreateTeamInput {
  displayName: string;
  externalId?: string | null;
  /** Initial members: user ids of the actor's organization. */
  memberIds?: readonly string[] | null;
}

/** A partial update: omitted (undefined) fields stay; `externalId: null` clears it. */
export interface UpdateTeamInput {
  displayName?: string | null;
  externalId?: string | null;
}

/** A full replace (SCIM PUT): every field, the member list included. */
export interface ReplaceTeamInput {
  displayName: string;
  externalId: string | null;
  memberIds: readonly string[];
}

const AUDITED_FIELDS = ['displayName', 'externalId'] as const;

/** Trimmed, non-empty, at most 512 characters. */
export function cleanDisplayName(value: string): string {
  const name = value.trim();
  if (!name) throw new DomainError('BAD_USER_INPUT', 'displayName must not be empty', { field: 'displayName' });
  if (name.length > 512) throw new DomainError('BAD_USER_INPUT', 'displayName is longer than 512 characters', { field: 'displayName' });
  return name;
}

/** The IdP's id, kept case-exact; an empty string means none. */
export function cleanExternalId(value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  if (value.length > 512) throw new DomainError('BAD_USER_INPUT', 'externalId is longer than 512 characters', { field: 'externalId' });
  return value;
}

/**
 * Creates a team in the actor's organization, with its initial members. `displayName` is unique
 * per organization, case-insensitively (ALREADY_EXISTS, field `displayName`).
 */
export async function createTeam(ctx: DomainContext, input: CreateTeamInput): Promise<Team> {
  const organizationId = requireOrganization(ctx);
  const displayName = cleanDisplayName(input.displayName);
  const externalId = cleanExternalId(input.externalId);
  return inUnitOfWork(ctx, async (tx) => {
    const memberIds = normaliseIds(input.memberIds ?? []);
    await assertMembersExist(tx, organizationId, memberIds);
    const now = tx.now();
    const team = tx.em.create(Team, { organizationId, displayName, displayNameKey: displayName.toLowerCase(), externalId, createdAt: now, updatedAt: now });
    const changes = diffFields({}, { displayName, externalId }, AUDITED_FIELDS);
    if (memberIds.length > 0) changes.members = { before: null, after: memberSummary(memberIds) };
    await recordAudit(tx, { organizationId, action: 'team.created', targetType: 'team', targetId: team.id, changes });
    await tx.em.flush();
    await insertMemberRows(tx, organizationId, team.id, memberIds);
    return team;
  });
}

/** A team the actor may see; NOT_FOUND for unknown, other organizations' and non-UUID ids. */
export async function getTeam(ctx: DomainContext, id: string): Promise<Team> {
  return findVisible(ctx, Team, 'Team', id);
}

/** Applies new field values to the loaded team and audits them; returns whether anything changed. */
export async function applyFields(ctx: DomainContext, team: Team, next: { displayName: string; externalId: string | null }): Promise<boolean> {
  const changes = diffFields<{ displayName: string; externalId: string | null }>(team, next, AUDITED_FIELDS);
  if (Object.keys(changes).length === 0) return false;
  team.displayName = next.displayName;
  team.displayNameKey = next.displayName.toLowerCase();
  team.externalId = next.externalId;
  await recordAudit(ctx, { organizationId: team.organizationId, action: 'team.updated', targetType: 'team', targetId: team.id, changes });
  return true;
}

/** Changes the given fields; a call that changes nothing does not bump the version. */
export async function updateTeam(ctx: DomainContext, id: string, input: UpdateTeamInput, options: TeamWriteOptions = {}): Promise<Team> {
  return inUnitOfWork(ctx, async (tx) => {
    const team = await findTeamForWrite(tx, id);
    checkVersion(team, options.ifVersion);
    const next = {
      displayName: input.displayName != null ? cleanDisplayName(input.displayName) : team.displayName,
      externalId: input.externalId !== undefined ? cleanExternalId(input.externalId) : team.externalId,
    };
    if (!(await applyFields(tx, team, next))) return team;
    await tx.em.flush();
    await bumpTeamVersion(tx, team, options.ifVersion);
    return team;
  });
}

/** Replaces every field and the member list (member changes written as deltas); one version bump. */
export async function replaceTeam(ctx: DomainContext, id: string, input: ReplaceTeamInput, options: TeamWriteOptions = {}): Promise<Team> {
  const next = { displayName: cleanDisplayName(input.displayName), externalId: cleanExternalId(input.externalId) };
  return inUnitOfWork(ctx, async (tx) => {
    const team = await findTeamForWrite(tx, id);
    checkVersion(team, options.ifVersion);
    const { added, removed } = await writeMemberSet(tx, team, input.memberIds);
    const fieldsChanged = await applyFields(tx, team, next);
    if (!fieldsChanged && added.length + removed.length === 0) return team;
    await tx.em.flush();
    await bumpTeamVersion(tx, team, options.ifVersion);
    return team;
  });
}

/**
 * Deletes a team and its memberships (the audit trail keeps its history). Returns the team as
 * it was.
 */
export async function deleteTeam(ctx: DomainContext, id: string): Promise<Team> {
  return inUnitOfWork(ctx, async (tx) => {
    const team = await findTeamForWrite(tx, id);
    const memberCount = await tx.em.nativeDelete(TeamMember, { organizationId: team.organizationId, teamId: team.id });
    const changes = diffFields<{ displayName: string; externalId: string | null }>(team, {}, AUDITED_FIELDS);
    changes.members = { before: { count: memberCount }, after: null };
    await recordAudit(tx, { organizationId: team.organizationId, action: 'team.deleted', targetType: 'team', targetId: team.id, changes });
    tx.em.remove(team);
    await tx.em.flush();
    return team;
  });
}

/**
 * Sets (or clears, with null) the org role the team grants its members. Callers restrict this
 * to org admins. Members' effective roles follow on read.
 */
export async function setTeamGrantsRole(ctx: DomainContext, teamId: string, role: OrgRole | null): Promise<Team> {
  if (role !== null && !ORG_ROLES.includes(role)) {
    throw new DomainError('BAD_USER_INPUT', `unknown role ${String(role)}`, { field: 'role' });
  }
  return inUnitOfWork(ctx, async (tx) => {
    const team = await findTeamForWrite(tx, teamId);
    if (team.grantsRole === role) return team;
    await recordAudit(tx, {
      organizationId: team.organizationId,
      action: 'team.grants_role_set',
      targetType: 'team',
      targetId: team.id,
      changes: { grantsRole: { before: team.grantsRole, after: role } },
    });
    team.grantsRole = role;
    await tx.em.flush();
    await bumpTeamVersion(tx, team);
    return team;
  });
}
