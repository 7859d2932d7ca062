import type { EntityManager, EntityName } from '@mikro-orm/core';
import { DomainError, isDomainError, notFound } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { inUnitOfWork, requireOrganization, type DomainContext } from '../context';
import { withDbErrors } from '../db-errors';
import { Organization } from '../organization/organization.entity';
import { TeamMember } from '../team/team-member.entity';
import { Team } from '../team/team.entity';
import { UserContact } from '../user/user-contact.entity';
import { User } from '../user/user.entity';
import { reconcileAdmins } from '../user/user-role.service';
import {
  seedIdpRole,
  seedMemberRow,
  seedTeamNumber,
  seedTeamRow,
  seedTeamSlots,
  seedUserName,
  seedUserNumber,
  seedUserRows,
  type Row,
} from './seed.rows';

const MAX_SEED_USERS = 1_000_000;
const MAX_SEED_TEAMS = 100_000;
/**
 * Users per transaction. Random UUID keys scatter each batch over every index page, so each
 * commit rewrites most of the index; fewer, larger transactions measured about a third less
 * system time on SQLite than 1,000-user ones.
 */
const DEFAULT_BATCH_SIZE = 5000;
/** Rows per INSERT statement. */
const ROWS_PER_STATEMENT = 1000;

export interface SeedInput {
  users: number;
  teams: number;
  /** Users (or teams) written per transaction. */
  batchSize?: number;
  /** Called after every committed batch with rows (teams + users) written so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  organizationId: string;
  users: number;
  teams: number;
  memberships: number;
  admins: number;
  /** The first and last user names written, null when no user was asked for. */
  firstUserName: string | null;
  lastUserName: string | null;
}

/**
 * Bulk-creates users (each with one primary work email) and teams (each user in one to three
 * of this run's teams) in the actor's organization, one transaction per batch, with rows
 * identical to what the domain writes. Numbering continues after earlier seeds, so seeding
 * twice never collides; one audit event summarises the run.
 */
export async function seedOrganization(ctx: DomainContext, input: SeedInput): Promise<SeedResult> {
  const organizationId = requireOrganization(ctx);
  checkCount('users', input.users, MAX_SEED_USERS);
  checkCount('teams', input.teams, MAX_SEED_TEAMS);
  const batchSize = Math.max(1, input.batchSize ?? DEFAULT_BATCH_SIZE);
  // Outside the identity map: a tracked entity would be flushed again by each batch's commit.
  const org = await ctx.em.findOne(Organization, { id: organizationId }, { disableIdentityMap: true });
  if (!org) throw notFound('Organization', organizationId);
  const firstUser = (await highestSeeded(ctx.em, User, organizationId, 'user_name_key', 'user%', (k) => seedUserNumber(k, org.slug))) + 1;
  const firstTeam = (await highestSeeded(ctx.em, Team, organizationId, 'display_name_key', 'team %', seedTeamNumber)) + 1;
  const total = input.users + input.teams;

  const teamIds: string[] = [];
  for (const numbers of batches(firstTeam, input.teams, batchSize)) {
    const now = ctx.now();
    const teams = numbers.map((n) => seedTeamRow(organizationId, n, now));
    await inTransaction(ctx, `team ${numbers[0]}`, (em) => insertRows(em, Team, teams));
    teamIds.push(...teams.map((t) => t.id));
    input.onProgress?.(teamIds.length, total);
  }
  let memberships = 0;
  let written = 0;
  for (const numbers of batches(firstUser, input.users, batchSize)) {
    memberships += await insertUserBatch(ctx, organizationId, org.slug, numbers, teamIds);
    written += numbers.length;
    input.onProgress?.(input.teams + written, total);
  }
  const result: SeedResult = {
    organizationId,
    users: input.users,
    teams: input.teams,
    memberships,
    admins: range(firstUser, input.users).filter((n) => seedIdpRole(n) === 'ADMIN').length,
    firstUserName: input.users > 0 ? seedUserName(firstUser, org.slug) : null,
    lastUserName: input.users > 0 ? seedUserName(firstUser + input.users - 1, org.slug) : null,
  };
  await recordSeedAudit(ctx, result);
  return result;
}

function checkCount(field: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be a whole number from 0 to ${max}`, { field });
  }
}

const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

function* batches(first: number, count: number, size: number): Generator<number[]> {
  for (let start = 0; start < count; start += size) yield range(first + start, Math.min(size, count - start));
}

/**
 * The highest number among earlier seeded rows. Reads only the key column with plain SQL:
 * hydrating every matching entity would cost more than a seed batch.
 */
async function highestSeeded(
  em: EntityManager,
  entity: EntityName<User | Team>,
  organizationId: string,
  column: string,
  likePattern: string,
  parse: (key: string) => number | null,
): Promise<number> {
  const table = em.getMetadata().get(entity).tableName;
  const rows: { k: string }[] = await em
    .getConnection()
    .execute(`select ${column} as k from ${table} where organization_id = ? and ${column} like ?`, [organizationId, likePattern]);
  return rows.reduce((max, row) => Math.max(max, parse(row.k) ?? 0), 0);
}

async function insertRows<T extends object>(em: EntityManager, entity: EntityName<T>, rows: Row<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await em.insertMany(entity, rows.slice(start, start + ROWS_PER_STATEMENT));
  }
}

/** Writes one batch of users, their emails and memberships; returns the memberships written. */
async function insertUserBatch(ctx: DomainContext, organizationId: string, slug: string, numbers: number[], teamIds: string[]): Promise<number> {
  const now = ctx.now();
  const rows = numbers.map((n) => seedUserRows(organizationId, n, slug, now));
  const members = rows.flatMap((row, i) =>
    seedTeamSlots(numbers[i], teamIds.length).map((slot) => seedMemberRow(organizationId, teamIds[slot], row.user.id, now)),
  );
  await inTransaction(ctx, `user ${numbers[0]}`, async (em) => {
    await insertRows(em, User, rows.map((r) => r.user));
    await insertRows(em, UserContact, rows.map((r) => r.email));
    await insertRows(em, TeamMember, members);
  });
  return members.length;
}

/** One batch, one transaction; a unique violation (a concurrent seed) becomes a coded error. */
async function inTransaction(ctx: DomainContext, batch: string, work: (em: EntityManager) => Promise<void>): Promise<void> {
  try {
    await withDbErrors(() => ctx.em.transactional(work));
  } catch (error) {
    if (isDomainError(error) && error.code === 'ALREADY_EXISTS') {
      const what = error.details.field ?? 'value';
      throw new DomainError(
        'CONFLICT',
        `seeding collided with an existing ${what} in the batch starting at ${batch} (is another seed running?); earlier batches were kept`,
        error.details,
        { cause: error },
      );
    }
    throw error;
  }
}

async function recordSeedAudit(ctx: DomainContext, result: SeedResult): Promise<void> {
  const fields = ['users', 'teams', 'memberships', 'admins', 'firstUserName', 'lastUserName'] as const;
  const changes = Object.fromEntries(fields.map((k) => [k, { before: null, after: result[k] }]));
  await inUnitOfWork(ctx, async (ctx) => {
    await recordAudit(ctx, {
      organizationId: result.organizationId,
      action: 'organization.seeded',
      targetType: 'organization',
      targetId: result.organizationId,
      changes,
    });
    // Seeded admins receive the documents awaiting one, as any new admin does.
    if (result.admins > 0) await reconcileAdmins(ctx, result.organizationId);
  });
}
