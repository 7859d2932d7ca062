"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_ORGANIZATION_SLUG = exports.MAX_ORGANIZATION_NAME = void 0;
exports.slugify = slugify;
exports.ensureDefaultOrganization = ensureDefaultOrganization;
exports.createOrganization = createOrganization;
exports.findOrganization = findOrganization;
exports.findOrganizationsByIds = findOrganizationsByIds;
exports.setScimEnabled = setScimEnabled;
exports.listOrganizations = listOrganizations;
exports.updateOrganizationSettings = updateOrganizationSettings;
const errors_1 = require("../../common/errors");
const ids_1 = require("../../common/ids");
const audit_service_1 = require("../audit/audit.service");
const context_1 = require("../context");
const user_role_service_1 = require("../user/user-role.service");
const conditions_1 = require("../query/conditions");
const rows_1 = require("../query/rows");
const sql_1 = require("../query/sql");
const organization_store_1 = require("./organization.store");
/** Longest organization name: the column's length. A slug is at most 100 characters (its pattern). */
exports.MAX_ORGANIZATION_NAME = 200;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;
/** `Acme Corp.` → `acme-corp`. */
function slugify(name) {
    const slug = name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 100)
        .replace(/-+$/g, '');
    return slug || 'org';
}
/** The slug of the organization an empty database gets on its first use. */
exports.DEFAULT_ORGANIZATION_SLUG = 'default';
/**
 * On a database without any organization, creates the default one (`default`), as the server's
 * first start and the CLI's first command both do; null when organizations exist already.
 */
async function ensureDefaultOrganization(ctx) {
    if ((await (0, sql_1.selectRows)(ctx, `select 1 from ${(0, organization_store_1.organizations)(ctx).table} limit 1`, [])).length > 0)
        return null;
    return createOrganization(ctx, { name: 'Default', slug: exports.DEFAULT_ORGANIZATION_SLUG });
}
async function createOrganization(ctx, input) {
    const name = input.name.trim();
    if (!name)
        throw new errors_1.DomainError('BAD_USER_INPUT', 'name must not be empty', { field: 'name' });
    // The column's length (organization.entity.ts): PostgreSQL would refuse a longer name with an error.
    if ([...name].length > exports.MAX_ORGANIZATION_NAME) {
        throw new errors_1.DomainError('BAD_USER_INPUT', `name is longer than ${exports.MAX_ORGANIZATION_NAME} characters`, { field: 'name' });
    }
    const slug = input.slug?.trim() || slugify(name);
    if (!SLUG.test(slug)) {
        throw new errors_1.DomainError('BAD_USER_INPUT', 'slug must be lower-case letters, digits and dashes', { field: 'slug' });
    }
    return (0, context_1.inUnitOfWork)(ctx, async (ctx) => {
        const org = (0, organization_store_1.organizations)(ctx).fresh({ name, slug, scimEnabled: input.scimEnabled ?? true, createdAt: ctx.now(), updatedAt: ctx.now() });
        await (0, rows_1.insertRows)(ctx, (0, organization_store_1.organizations)(ctx), [org]);
        await (0, audit_service_1.recordAudit)(ctx, { organizationId: org.id, action: 'organization.created', targetType: 'organization', targetId: org.id, changes: (0, audit_service_1.diffFields)({}, { name, slug }, ['name', 'slug']) });
        return org;
    });
}
/** Finds an organization the actor may see, by id or slug. */
async function findOrganization(ctx, idOrSlug) {
    const key = idOrSlug.toLowerCase();
    const [org] = await (0, rows_1.selectWhere)(ctx, (0, organization_store_1.organizations)(ctx), (0, conditions_1.allOf)((0, conditions_1.equalities)((0, ids_1.isUuid)(idOrSlug) ? { id: key } : { slug: key })));
    if (!org || !(0, context_1.canSee)(ctx, org.id))
        throw (0, errors_1.notFound)('Organization', idOrSlug);
    return org;
}
/** The organizations with these ids that the actor may see, in one query. */
async function findOrganizationsByIds(ctx, ids) {
    const wanted = ids.filter((id) => (0, ids_1.isUuid)(id) && (0, context_1.canSee)(ctx, id.toLowerCase())).map((id) => id.toLowerCase());
    return wanted.length ? (0, rows_1.selectWhere)(ctx, (0, organization_store_1.organizations)(ctx), (0, conditions_1.memberOf)('id', wanted)) : [];
}
/**
 * Turns SCIM on or off for an organization (DESIGN.md: a plan entitlement), audited. Only actors
 * that see every organization (internal tokens, the CLI) may; the GraphQL door checks the scope.
 */
async function setScimEnabled(ctx, idOrSlug, enabled) {
    return (0, context_1.inUnitOfWork)(ctx, async (ctx) => {
        const org = await findOrganization(ctx, idOrSlug);
        if (org.scimEnabled === enabled)
            return org;
        await (0, rows_1.updateWhere)(ctx, (0, organization_store_1.organizations)(ctx), { scimEnabled: enabled, updatedAt: ctx.now() }, (0, conditions_1.allOf)((0, conditions_1.equalities)({ id: org.id })));
        await (0, audit_service_1.recordAudit)(ctx, {
            organizationId: org.id,
            action: 'organization.scim_enabled_set',
            targetType: 'organization',
            targetId: org.id,
            changes: { scimEnabled: { before: org.scimEnabled, after: enabled } },
        });
        return Object.assign(org, { scimEnabled: enabled, updatedAt: ctx.now() });
    });
}
async function listOrganizations(ctx) {
    return (0, rows_1.selectWhere)(ctx, (0, organization_store_1.organizations)(ctx), (0, conditions_1.allOf)((0, conditions_1.equalities)({ id: ctx.actor.organizationId ?? undefined })), 'order by t.created_at, t.id');
}
/** Each threshold's column and range. */
const HOLD_SETTINGS = [
    { key: 'percent', property: 'deprovisionHoldPercent', min: 1, max: 100 },
    { key: 'count', property: 'deprovisionHoldCount', min: 1, max: 1_000_000 },
    { key: 'windowMinutes', property: 'deprovisionHoldWindowMinutes', min: 1, max: 1_440 },
];
const SETTINGS = ['roleManualOverride', 'allowLocalEdits', 'contentSuccessorId', 'deprovisionHoldEnabled', 'deprovisionHoldPercent', 'deprovisionHoldCount', 'deprovisionHoldWindowMinutes'];
const settingsOf = (org) => Object.fromEntries(SETTINGS.map((key) => [key, org[key]]));
/** Applies the hold's thresholds to `org`, refusing values out of range (BAD_USER_INPUT naming the field). */
function applyHoldSettings(org, input) {
    if (input.enabled != null)
        org.deprovisionHoldEnabled = input.enabled;
    for (const { key, property, min, max } of HOLD_SETTINGS) {
        const value = input[key];
        if (value == null)
            continue;
        if (!Number.isInteger(value) || value < min || value > max) {
            throw new errors_1.DomainError('BAD_USER_INPUT', `deprovisionHold.${key} must be a whole number from ${min} to ${max}`, { field: `deprovisionHold.${key}` });
        }
        org[property] = value;
    }
}
/**
 * Changes settings of the actor's organization. The successor must be an active org admin; the
 * hold's thresholds must be in range.
 */
async function updateOrganizationSettings(ctx, organizationId, input) {
    return (0, context_1.inUnitOfWork)(ctx, (ctx) => changeSettings(ctx, organizationId, input));
}
async function changeSettings(ctx, organizationId, input) {
    // Visible to the actor, then locked: the successor is checked and written while no admin change runs.
    const org = await (0, organization_store_1.findOrganizationRow)(ctx, (await findOrganization(ctx, organizationId)).id, { lock: true });
    const before = settingsOf(org);
    if (input.roleManualOverride != null)
        org.roleManualOverride = input.roleManualOverride;
    if (input.allowLocalEdits != null)
        org.allowLocalEdits = input.allowLocalEdits;
    if (input.deprovisionHold)
        applyHoldSettings(org, input.deprovisionHold);
    if (input.contentSuccessorId !== undefined) {
        if (input.contentSuccessorId !== null)
            await (0, user_role_service_1.assertActiveOrgAdmin)(ctx, org, input.contentSuccessorId);
        org.contentSuccessorId = input.contentSuccessorId;
    }
    const after = settingsOf(org);
    const changes = (0, audit_service_1.diffFields)(before, after, SETTINGS);
    if (Object.keys(changes).length > 0) {
        org.updatedAt = ctx.now();
        // Only the settings this call changed: a concurrent change of the other one stays.
        const changed = Object.fromEntries(Object.keys(changes).map((key) => [key, after[key]]));
        await (0, rows_1.updateWhere)(ctx, (0, organization_store_1.organizations)(ctx), { ...changed, updatedAt: org.updatedAt }, (0, conditions_1.allOf)((0, conditions_1.equalities)({ id: org.id })));
        await (0, audit_service_1.recordAudit)(ctx, { organizationId: org.id, action: 'organization.settings_updated', targetType: 'organization', targetId: org.id, changes });
        // The override decides who is an admin, and the successor who receives: waiting documents may now have an owner.
        if (changes.roleManualOverride || changes.contentSuccessorId)
            await (0, user_role_service_1.reconcileAdmins)(ctx, org.id);
    }
    return org;
}
//# sourceMappingURL=organization.service.js.map