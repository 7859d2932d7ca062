import { DomainError, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { recordAudit, diffFields } from '../audit/audit.service';
import { canSee, inUnitOfWork, type DomainContext } from '../context';
import { assertActiveOrgAdmin, reconcileAdmins } from '../user/user-role.service';
import { allOf, equalities, memberOf } from '../query/conditions';
import { insertRows, selectWhere, updateWhere } from '../query/rows';
import { selectRows } from '../query/sql';
import { Organization } from './organization.entity';
import { findOrganizationRow, organizations } from './organization.store';

/** Longest organization name: the column's length. A slug is at most 100 characters (its pattern). */
export const MAX_ORGANIZATION_NAME = 200;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

/** `Acme Corp.` → `acme-corp`. */
export function slugify(name: string): string {
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
export const DEFAULT_ORGANIZATION_SLUG = 'default';

/**
 * On a database without any organization, creates the default one (`default`), as the server's
 * first start and the CLI's first command both do; null when organizations exist already.
 */
export async function ensureDefaultOrganization(ctx: DomainContext): Promise<Organization | null> {
  if ((await selectRows(ctx, `select 1 from ${organizations(ctx).table} limit 1`, [])).length > 0) return null;
  return createOrganization(ctx, { name: 'Default', slug: DEFAULT_ORGANIZATION_SLUG });
}

export async function createOrganization(
  ctx: DomainContext,
  input: { name: string; slug?: string | null; scimEnabled?: boolean },
): Promise<Organization> {
  const name = input.name.trim();
  if (!name) throw new DomainError('BAD_USER_INPUT', 'name must not be empty', { field: 'name' });
  // The column's length (organization.entity.ts): PostgreSQL would refuse a longer name with an error.
  if ([...name].length > MAX_ORGANIZATION_NAME) {
    throw new DomainError('BAD_USER_INPUT', `name is longer than ${MAX_ORGANIZATION_NAME} characters`, { field: 'name' });
  }
  const slug = input.slug?.trim() || slugify(name);
  if (!SLUG.test(slug)) {
    throw new DomainError('BAD_USER_INPUT', 'slug must be lower-case letters, digits and dashes', { field: 'slug' });
  }
  return inUnitOfWork(ctx, async (ctx) => {
    const org = organizations(ctx).fresh({ name, slug, scimEnabled: input.scimEnabled ?? true, createdAt: ctx.now(), updatedAt: ctx.now() });
    await insertRows(ctx, organizations(ctx), [org]);
    await recordAudit(ctx, { organizationId: org.id, action: 'organization.created', targetType: 'organization', targetId: org.id, changes: diffFields({}, { name, slug }, ['name', 'slug']) });
    return org;
  });
}

/** Finds an organization the actor may see, by id or slug. */
export async function findOrganization(ctx: DomainContext, idOrSlug: string): Promise<Organization> {
  const key = idOrSlug.toLowerCase();
  const [org] = await selectWhere(ctx, organizations(ctx), allOf(equalities(isUuid(idOrSlug) ? { id: key } : { slug: key })));
  if (!org || !canSee(ctx, org.id)) throw notFound('Organization', idOrSlug);
  return org;
}

/**
 * The organization named by id or slug, or the actor's own when none is named: an actor that
 * belongs to no organization (an internal token) must name one.
 */
export async function findOrganizationOrOwn(ctx: DomainContext, idOrSlug: string | null | undefined): Promise<Organization> {
  const target = idOrSlug ?? ctx.actor.organizationId;
  if (!target) throw new DomainError('BAD_USER_INPUT', 'id is required for tokens without an organization', { field: 'id' });
  return findOrganization(ctx, target);
}

/** The organizations with these ids that the actor may see, in one query. */
export async function findOrganizationsByIds(ctx: DomainContext, ids: readonly string[]): Promise<Organization[]> {
  const wanted = ids.filter((id) => isUuid(id) && canSee(ctx, id.toLowerCase())).map((id) => id.toLowerCase());
  return wanted.length ? selectWhere(ctx, organizations(ctx), memberOf('id', wanted)) : [];
}

/**
 * Turns SCIM on or off for an organization (DESIGN.md: a plan entitlement), audited. Only actors
 * that see every organization (internal tokens, the CLI) may; the GraphQL door checks the scope.
 */
export async function setScimEnabled(ctx: DomainContext, idOrSlug: string, enabled: boolean): Promise<Organization> {
  return inUnitOfWork(ctx, async (ctx) => {
    const org = await findOrganization(ctx, idOrSlug);
    if (org.scimEnabled === enabled) return org;
    await updateWhere(ctx, organizations(ctx), { scimEnabled: enabled, updatedAt: ctx.now() }, allOf(equalities({ id: org.id })));
    await recordAudit(ctx, {
      organizationId: org.id,
      action: 'organization.scim_enabled_set',
      targetType: 'organization',
      targetId: org.id,
      changes: { scimEnabled: { before: org.scimEnabled, after: enabled } },
    });
    return Object.assign(org, { scimEnabled: enabled, updatedAt: ctx.now() });
  });
}

export async function listOrganizations(ctx: DomainContext): Promise<Organization[]> {
  return selectWhere(ctx, organizations(ctx), allOf(equalities({ id: ctx.actor.organizationId ?? undefined })), 'order by t.created_at, t.id');
}

/** The deprovisioning hold's thresholds; undefined or null leaves one as it is. */
export interface DeprovisionHoldSettingsInput {
  enabled?: boolean | null;
  /** Share of the organization's active users, 1–100 %. */
  percent?: number | null;
  /** Users, 1–1,000,000. */
  count?: number | null;
  /** The window, 1–1,440 minutes (a day). */
  windowMinutes?: number | null;
}

export interface OrganizationSettingsInput {
  roleManualOverride?: boolean | null;
  /** Whether GraphQL may edit the attributes of IdP-provisioned users. */
  allowLocalEdits?: boolean | null;
  /** A user id, or null to clear. Undefined leaves it as it is. */
  contentSuccessorId?: string | null;
  deprovisionHold?: DeprovisionHoldSettingsInput | null;
}

/** Each threshold's column and range. */
const HOLD_SETTINGS = [
  { key: 'percent', property: 'deprovisionHoldPercent', min: 1, max: 100 },
  { key: 'count', property: 'deprovisionHoldCount', min: 1, max: 1_000_000 },
  { key: 'windowMinutes', property: 'deprovisionHoldWindowMinutes', min: 1, max: 1_440 },
] as const;

const SETTINGS = ['roleManualOverride', 'allowLocalEdits', 'contentSuccessorId', 'deprovisionHoldEnabled', 'deprovisionHoldPercent', 'deprovisionHoldCount', 'deprovisionHoldWindowMinutes'] as const;

type Settings = Pick<Organization, (typeof SETTINGS)[number]>;

const settingsOf = (org: Organization): Settings => Object.fromEntries(SETTINGS.map((key) => [key, org[key]])) as Settings;

/** Applies the hold's thresholds to `org`, refusing values out of range (BAD_USER_INPUT naming the field). */
function applyHoldSettings(org: Organization, input: DeprovisionHoldSettingsInput): void {
  if (input.enabled != null) org.deprovisionHoldEnabled = input.enabled;
  for (const { key, property, min, max } of HOLD_SETTINGS) {
    const value = input[key];
    if (value == null) continue;
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new DomainError('BAD_USER_INPUT', `deprovisionHold.${key} must be a whole number from ${min} to ${max}`, { field: `deprovisionHold.${key}` });
    }
    org[property] = value;
  }
}

/**
 * Changes settings of the actor's organization. The successor must be an active org admin; the
 * hold's thresholds must be in range.
 */
export async function updateOrganizationSettings(
  ctx: DomainContext,
  organizationId: string,
  input: OrganizationSettingsInput,
): Promise<Organization> {
  return inUnitOfWork(ctx, (ctx) => changeSettings(ctx, organizationId, input));
}

async function changeSettings(ctx: DomainContext, organizationId: string, input: OrganizationSettingsInput): Promise<Organization> {
  // Visible to the actor, then locked: the successor is checked and written while no admin change runs.
  const org = await findOrganizationRow(ctx, (await findOrganization(ctx, organizationId)).id, { lock: true });
  const before = settingsOf(org);
  if (input.roleManualOverride != null) org.roleManualOverride = input.roleManualOverride;
  if (input.allowLocalEdits != null) org.allowLocalEdits = input.allowLocalEdits;
  if (input.deprovisionHold) applyHoldSettings(org, input.deprovisionHold);
  if (input.contentSuccessorId !== undefined) {
    if (input.contentSuccessorId !== null) await assertActiveOrgAdmin(ctx, org, input.contentSuccessorId);
    org.contentSuccessorId = input.contentSuccessorId;
  }
  const after = settingsOf(org);
  const changes = diffFields(before, after, SETTINGS);
  if (Object.keys(changes).length > 0) {
    org.updatedAt = ctx.now();
    // Only the settings this call changed: a concurrent change of the other one stays.
    const changed = Object.fromEntries(Object.keys(changes).map((key) => [key, after[key as keyof typeof after]]));
    await updateWhere(ctx, organizations(ctx), { ...changed, updatedAt: org.updatedAt }, allOf(equalities({ id: org.id })));
    await recordAudit(ctx, { organizationId: org.id, action: 'organization.settings_updated', targetType: 'organization', targetId: org.id, changes });
    // The override decides who is an admin, and the successor who receives: waiting documents may now have an owner.
    if (changes.roleManualOverride || changes.contentSuccessorId) await reconcileAdmins(ctx, org.id);
  }
  return org;
}
