import { DomainError, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { FieldChange } from '../audit/audit-event.entity';
import { diffFields, recordAudit } from '../audit/audit.service';
import { inUnitOfWork, requireOrganization, type DomainContext, type TenantKey } from '../context';
import { ORG_ROLES, type OrgRole } from '../roles';
import {
  cleanDisplayName,
  cleanExternalId,
  fieldsToWrite,
  membersToWrite,
  normaliseIds,
  type CreateTeamInput,
  type FieldsToWrite,
  type MembersToWrite,
  type TeamChange,
  type TeamWriteOptions,
} from './team.input';
import {
  bumpTeamVersions,
  deleteAllMemberRows,
  deleteMemberRows,
  deleteMemberRowsOutside,
  deleteTeamRow,
  deleteUserMemberRows,
  insertMemberRows,
  insertTeam,
  lockTeamRow,
  lockTeamsOfUser,
  selectTeam,
  unknownUserIds,
  updateTeamRow,
  type TeamColumns,
} from './team.store';
import { Team } from './team.entity';
import { tableReader } from '../query/rows';
import { reconcileAdmins } from '../user/user-role.service';

/*
 * Every team write, each in one unit of work. Membership is written as deltas: a team's member
 * list is never loaded, so a change costs statements in proportion to the ids passed, not to the
 * team. Every change bumps the version (the SCIM ETag) and `updatedAt` once; a call that changes
 * nothing keeps them. Teams are returned as written (plain records, not managed by the ORM).
 */

const AUDITED_FIELDS = ['displayName', 'externalId'] as const;
type AuditedFields = Pick<Team, (typeof AUDITED_FIELDS)[number]>;

/** How many member ids an audit record lists; the count is always complete. */
const AUDITED_MEMBER_IDS = 100;

const memberSummary = (ids: readonly string[]): { count: number; ids: string[] } => ({ count: ids.length, ids: ids.slice(0, AUDITED_MEMBER_IDS) });

/** The team `id` names in the actor's organization; NOT_FOUND for ids that are not UUIDs (never a database error). */
function teamKeyOf(ctx: DomainContext, id: string): TenantKey {
  const organizationId = requireOrganization(ctx);
  if (!isUuid(id)) throw notFound('Team', id);
  return { organizationId, id: id.toLowerCase() };
}

function existing(team: Team | null, key: TenantKey): Team {
  if (!team) throw notFound('Team', key.id);
  return team;
}

async function auditTeam(ctx: DomainContext, team: TenantKey, action: string, changes: Record<string, FieldChange>): Promise<void> {
  await recordAudit(ctx, { organizationId: team.organizationId, action, targetType: 'team', targetId: team.id, changes });
}

/**
 * Fails with MEMBER_NOT_IN_ORGANIZATION (field `members`, `ids`: the first five) unless every id is
 * a non-deleted user of the organization; called before anything is written.
 */
async function assertMembersExist(ctx: DomainContext, organizationId: string, userIds: readonly string[]): Promise<void> {
  const unknown = await unknownUserIds(ctx, organizationId, userIds);
  if (unknown.length === 0) return;
  const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
  throw new DomainError('MEMBER_NOT_IN_ORGANIZATION', `Not users of this organization: ${unknown.slice(0, 5).join(', ')}${more}`, {
    field: 'members',
    ids: unknown.slice(0, 5),
  });
}

/**
 * Creates a team in the actor's organization, with its initial members (validated first).
 * `displayName` is unique per organization, case-insensitively (ALREADY_EXISTS, field `displayName`).
 */
export async function createTeam(ctx: DomainContext, input: CreateTeamInput): Promise<Team> {
  const organizationId = requireOrganization(ctx);
  const displayName = cleanDisplayName(input.displayName);
  const externalId = cleanExternalId(input.externalId);
  const memberIds = normaliseIds(input.memberIds);
  return inUnitOfWork(ctx, async (tx) => {
    await assertMembersExist(tx, organizationId, memberIds);
    const now = tx.now();
    const team = tableReader(tx.em, Team).fresh({ organizationId, displayName, displayNameKey: displayName.toLowerCase(), externalId, createdAt: now, updatedAt: now });
    await insertTeam(tx, team);
    await insertMemberRows(tx, team, memberIds);
    const changes = diffFields<AuditedFields>({}, { displayName, externalId }, AUDITED_FIELDS);
    if (memberIds.length > 0) changes.members = { before: null, after: memberSummary(memberIds) };
    await auditTeam(tx, team, 'team.created', changes);
    return team;
  });
}

/** A team the actor may see; NOT_FOUND for unknown, other organizations' and non-UUID ids. */
export async function getTeam(ctx: DomainContext, id: string): Promise<Team> {
  if (!isUuid(id)) throw notFound('Team', id);
  const team = await selectTeam(ctx, { organizationId: ctx.actor.organizationId, id: id.toLowerCase() }, { lock: false });
  if (!team) throw notFound('Team', id);
  return team;
}

interface MemberDelta {
  added: string[];
  removed: string[];
}

const changesMembers = (delta: MemberDelta): boolean => delta.added.length + delta.removed.length > 0;

/** Writes the deltas: the rows outside a set or the removals, then the additions. */
async function writeMembers(ctx: DomainContext, team: TenantKey, members: MembersToWrite): Promise<MemberDelta> {
  const removed = members.set ? await deleteMemberRowsOutside(ctx, team, members.set) : await deleteMemberRows(ctx, team, members.remove);
  return { added: await insertMemberRows(ctx, team, members.set ?? members.add), removed };
}

async function auditMembers(ctx: DomainContext, team: TenantKey, delta: MemberDelta): Promise<void> {
  if (delta.added.length > 0) await auditTeam(ctx, team, 'team.members_added', { members: { before: null, after: memberSummary(delta.added) } });
  if (delta.removed.length > 0) await auditTeam(ctx, team, 'team.members_removed', { members: { before: memberSummary(delta.removed), after: null } });
}

/**
 * A members-only change, after its rows are written: the team row is not read but bumped (`update
 * … returning`), or, when no row was added or removed, read once and left at its version.
 */
async function finishMembersOnly(ctx: DomainContext, key: TenantKey, delta: MemberDelta): Promise<Team> {
  return existing(changesMembers(delta) ? await updateTeamRow(ctx, key) : await selectTeam(ctx, key, { lock: false }), key);
}

/** The team read and locked for a change of its fields, at `ifVersion` when given (else PRECONDITION_FAILED). */
async function lockedTeam(ctx: DomainContext, key: TenantKey, ifVersion?: number | null): Promise<Team> {
  const team = existing(await selectTeam(ctx, key, { lock: true }), key);
  if (ifVersion != null && team.version !== ifVersion) {
    throw new DomainError('PRECONDITION_FAILED', `Team ${team.id} is at version ${team.version}, not ${ifVersion}`, {
      field: 'ifVersion',
      id: team.id,
      version: team.version,
    });
  }
  return team;
}

/** A change with fields or `ifVersion`, after its member rows are written: the changed fields and the bump in one `update … returning`. */
async function finishFields(ctx: DomainContext, key: TenantKey, team: Team, fields: FieldsToWrite, delta: MemberDelta): Promise<Team> {
  const next = { displayName: fields.displayName ?? team.displayName, externalId: fields.externalId === undefined ? team.externalId : fields.externalId };
  const changes = diffFields<AuditedFields>(team, next, AUDITED_FIELDS);
  if (Object.keys(changes).length === 0 && !changesMembers(delta)) return team;
  const columns: TeamColumns = {
    ...(changes.displayName ? { displayName: next.displayName, displayNameKey: next.displayName.toLowerCase() } : {}),
    ...(changes.externalId ? { externalId: next.externalId } : {}),
  };
  const written = existing(await updateTeamRow(ctx, key, columns), key);
  if (Object.keys(changes).length > 0) await auditTeam(ctx, key, 'team.updated', changes);
  return written;
}

/**
 * Changes a team's fields and members in one unit of work with one version bump (one SCIM PATCH or
 * PUT is all or nothing). Omitted fields stay; `externalId: null` clears it. Members that are not
 * users of the organization fail the whole call (MEMBER_NOT_IN_ORGANIZATION). With `ifVersion`, the
 * team must be at that version (PRECONDITION_FAILED, details carrying the current `version`).
 * A change of fields or with `ifVersion` reads the team (locked) and checks its version before any
 * row is written. A members-only change never reads it first (on PostgreSQL it locks its row). An
 * unknown team in a members-only change, and a taken name in any change, are found after rows were
 * written: they are undone by the unit of work rolling back, which a caller's own transaction must
 * then do too.
 */
export async function changeTeam(ctx: DomainContext, id: string, change: TeamChange, options: TeamWriteOptions = {}): Promise<Team> {
  const key = teamKeyOf(ctx, id);
  const fields = fieldsToWrite(change);
  const members = membersToWrite(change.members);
  const locked = Object.keys(fields).length > 0 || options.ifVersion != null;
  return inUnitOfWork(ctx, async (tx) => {
    // In the lock order of every team writer (team.store.ts): the users to add (shared, and
    // checked before anything is written), the team's row, then its membership rows.
    await assertMembersExist(tx, key.organizationId, members.set ?? members.add);
    const before = locked ? await lockedTeam(tx, key, options.ifVersion) : null;
    if (!before) await lockTeamRow(tx, key);
    const delta = await writeMembers(tx, key, members);
    const team = before ? await finishFields(tx, key, before, fields, delta) : await finishMembersOnly(tx, key, delta);
    await auditMembers(tx, key, delta);
    // Members joining or leaving an ADMIN-granting team become or stop being admins.
    if (changesMembers(delta) && team.grantsRole === 'ADMIN') await reconcileAdmins(tx, key.organizationId);
    return team;
  });
}

/**
 * Deletes a team and its memberships (the audit trail keeps its history). Returns the team as it
 * was. With `ifVersion` (SCIM `If-Match`), PRECONDITION_FAILED unless the locked team is at it.
 */
export async function deleteTeam(ctx: DomainContext, id: string, options: { ifVersion?: number | null } = {}): Promise<Team> {
  const key = teamKeyOf(ctx, id);
  return inUnitOfWork(ctx, async (tx) => {
    // The team's row before its membership rows, the order every team writer locks in (team.store.ts).
    if (options.ifVersion != null) await lockedTeam(tx, key, options.ifVersion);
    else await lockTeamRow(tx, key);
    const memberCount = await deleteAllMemberRows(tx, key);
    const team = existing(await deleteTeamRow(tx, key), key);
    const changes = diffFields<AuditedFields>(team, {}, AUDITED_FIELDS);
    changes.members = { before: { count: memberCount }, after: null };
    await auditTeam(tx, key, 'team.deleted', changes);
    if (team.grantsRole === 'ADMIN') await reconcileAdmins(tx, key.organizationId);
    return team;
  });
}

/**
 * Sets (or clears, with null) the org role the team grants its members. Callers restrict this
 * to org admins. Members' effective roles follow on read.
 */
export async function setTeamGrantsRole(ctx: DomainContext, id: string, role: OrgRole | null): Promise<Team> {
  if (role !== null && !ORG_ROLES.includes(role)) {
    throw new DomainError('BAD_USER_INPUT', `unknown role ${String(role)}`, { field: 'role' });
  }
  const key = teamKeyOf(ctx, id);
  return inUnitOfWork(ctx, async (tx) => {
    const team = existing(await selectTeam(tx, key, { lock: true }), key);
    if (team.grantsRole === role) return team;
    const written = existing(await updateTeamRow(tx, key, { grantsRole: role }), key);
    await auditTeam(tx, key, 'team.grants_role_set', { grantsRole: { before: team.grantsRole, after: role } });
    if (role === 'ADMIN' || team.grantsRole === 'ADMIN') await reconcileAdmins(tx, key.organizationId);
    return written;
  });
}

/**
 * Removes a user from every team (deactivation and delete) and bumps the version of each team it
 * left. Returns the ids of those teams, sorted.
 */
export async function removeUserFromAllTeams(ctx: DomainContext, organizationId: string, userId: string): Promise<string[]> {
  return inUnitOfWork(ctx, async (tx) => {
    // The teams' rows before their membership rows, the order every team writer locks in (team.store.ts).
    await lockTeamsOfUser(tx, organizationId, userId);
    const teamIds = await deleteUserMemberRows(tx, organizationId, userId);
    await bumpTeamVersions(tx, organizationId, teamIds);
    return teamIds;
  });
}
