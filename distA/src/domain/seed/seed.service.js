"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.seedOrganization = seedOrganization;
const errors_1 = require("../../common/errors");
const audit_service_1 = require("../audit/audit.service");
const context_1 = require("../context");
const db_errors_1 = require("../db-errors");
const organization_entity_1 = require("../organization/organization.entity");
const team_member_entity_1 = require("../team/team-member.entity");
const team_entity_1 = require("../team/team.entity");
const user_contact_entity_1 = require("../user/user-contact.entity");
const user_entity_1 = require("../user/user.entity");
const user_role_service_1 = require("../user/user-role.service");
const seed_rows_1 = require("./seed.rows");
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
/**
 * Bulk-creates users (each with one primary work email) and teams (each user in one to three
 * of this run's teams) in the actor's organization, one transaction per batch, with rows
 * identical to what the domain writes. Numbering continues after earlier seeds, so seeding
 * twice never collides; one audit event summarises the run.
 */
async function seedOrganization(ctx, input) {
    const organizationId = (0, context_1.requireOrganization)(ctx);
    checkCount('users', input.users, MAX_SEED_USERS);
    checkCount('teams', input.teams, MAX_SEED_TEAMS);
    const batchSize = Math.max(1, input.batchSize ?? DEFAULT_BATCH_SIZE);
    // Outside the identity map: a tracked entity would be flushed again by each batch's commit.
    const org = await ctx.em.findOne(organization_entity_1.Organization, { id: organizationId }, { disableIdentityMap: true });
    if (!org)
        throw (0, errors_1.notFound)('Organization', organizationId);
    const firstUser = (await highestSeeded(ctx.em, user_entity_1.User, organizationId, 'user_name_key', 'user%', (k) => (0, seed_rows_1.seedUserNumber)(k, org.slug))) + 1;
    const firstTeam = (await highestSeeded(ctx.em, team_entity_1.Team, organizationId, 'display_name_key', 'team %', seed_rows_1.seedTeamNumber)) + 1;
    const total = input.users + input.teams;
    const teamIds = [];
    for (const numbers of batches(firstTeam, input.teams, batchSize)) {
        const now = ctx.now();
        const teams = numbers.map((n) => (0, seed_rows_1.seedTeamRow)(organizationId, n, now));
        await inTransaction(ctx, `team ${numbers[0]}`, (em) => insertRows(em, team_entity_1.Team, teams));
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
    const result = {
        organizationId,
        users: input.users,
        teams: input.teams,
        memberships,
        admins: range(firstUser, input.users).filter((n) => (0, seed_rows_1.seedIdpRole)(n) === 'ADMIN').length,
        firstUserName: input.users > 0 ? (0, seed_rows_1.seedUserName)(firstUser, org.slug) : null,
        lastUserName: input.users > 0 ? (0, seed_rows_1.seedUserName)(firstUser + input.users - 1, org.slug) : null,
    };
    await recordSeedAudit(ctx, result);
    return result;
}
function checkCount(field, value, max) {
    if (!Number.isInteger(value) || value < 0 || value > max) {
        throw new errors_1.DomainError('BAD_USER_INPUT', `${field} must be a whole number from 0 to ${max}`, { field });
    }
}
const range = (from, count) => Array.from({ length: count }, (_, i) => from + i);
function* batches(first, count, size) {
    for (let start = 0; start < count; start += size)
        yield range(first + start, Math.min(size, count - start));
}
/**
 * The highest number among earlier seeded rows. Reads only the key column with plain SQL:
 * hydrating every matching entity would cost more than a seed batch.
 */
async function highestSeeded(em, entity, organizationId, column, likePattern, parse) {
    const table = em.getMetadata().get(entity).tableName;
    const rows = await em
        .getConnection()
        .execute(`select ${column} as k from ${table} where organization_id = ? and ${column} like ?`, [organizationId, likePattern]);
    return rows.reduce((max, row) => Math.max(max, parse(row.k) ?? 0), 0);
}
async function insertRows(em, entity, rows) {
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
        await em.insertMany(entity, rows.slice(start, start + ROWS_PER_STATEMENT));
    }
}
/** Writes one batch of users, their emails and memberships; returns the memberships written. */
async function insertUserBatch(ctx, organizationId, slug, numbers, teamIds) {
    const now = ctx.now();
    const rows = numbers.map((n) => (0, seed_rows_1.seedUserRows)(organizationId, n, slug, now));
    const members = rows.flatMap((row, i) => (0, seed_rows_1.seedTeamSlots)(numbers[i], teamIds.length).map((slot) => (0, seed_rows_1.seedMemberRow)(organizationId, teamIds[slot], row.user.id, now)));
    await inTransaction(ctx, `user ${numbers[0]}`, async (em) => {
        await insertRows(em, user_entity_1.User, rows.map((r) => r.user));
        await insertRows(em, user_contact_entity_1.UserContact, rows.map((r) => r.email));
        await insertRows(em, team_member_entity_1.TeamMember, members);
    });
    return members.length;
}
/** One batch, one transaction; a unique violation (a concurrent seed) becomes a coded error. */
async function inTransaction(ctx, batch, work) {
    try {
        await (0, db_errors_1.withDbErrors)(() => ctx.em.transactional(work));
    }
    catch (error) {
        if ((0, errors_1.isDomainError)(error) && error.code === 'ALREADY_EXISTS') {
            const what = error.details.field ?? 'value';
            throw new errors_1.DomainError('CONFLICT', `seeding collided with an existing ${what} in the batch starting at ${batch} (is another seed running?); earlier batches were kept`, error.details, { cause: error });
        }
        throw error;
    }
}
async function recordSeedAudit(ctx, result) {
    const fields = ['users', 'teams', 'memberships', 'admins', 'firstUserName', 'lastUserName'];
    const changes = Object.fromEntries(fields.map((k) => [k, { before: null, after: result[k] }]));
    await (0, context_1.inUnitOfWork)(ctx, async (ctx) => {
        await (0, audit_service_1.recordAudit)(ctx, {
            organizationId: result.organizationId,
            action: 'organization.seeded',
            targetType: 'organization',
            targetId: result.organizationId,
            changes,
        });
        // Seeded admins receive the documents awaiting one, as any new admin does.
        if (result.admins > 0)
            await (0, user_role_service_1.reconcileAdmins)(ctx, result.organizationId);
    });
}
//# sourceMappingURL=seed.service.js.map