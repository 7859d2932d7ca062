import { DomainError } from '../../common/errors';
import type { FieldChange } from '../audit/audit-event.entity';
import { diffFields, recordAudit } from '../audit/audit.service';
import { inUnitOfWork, requireOrganization, type DomainContext } from '../context';
import { admitUserDeprovision, applyDeactivation, applyReactivation } from './user-lifecycle.service';
import { checkLocalEdit, speaksForIdp } from './one-way-sync';
import { reconcileAdmins } from './user-role.service';
import { mergeListsOf, type UserLists } from './user-lists';
import { USER_FIELDS, applyInput, emptyState, stateOfUser, type UserInput, type UserPatch, type UserState } from './user.input';
import { assertFits, bumpVersion, findUser, insertUser, lockUser, saveUser, writeContacts, type IncludedUser, type UserInclude } from './user.store';
import type { Team } from '../team/team.entity';
import type { UserContact } from './user-contact.entity';
import { User } from './user.entity';
import { tableReader } from '../query/rows';

export type { UserInput, UserPatch } from './user.input';

export interface WriteOptions {
  /** The version the client last read (SCIM `If-Match`); a different current version is PRECONDITION_FAILED. */
  ifVersion?: number | null;
}

/** Options of `updateUser`. */
export interface UpdateOptions extends WriteOptions {
  /**
   * The lists the client read before editing them: each list of the patch named here is merged
   * into the current list rather than replacing it (`mergeList`), so concurrent edits of one list
   * all hold. A SCIM PATCH without If-Match relies on it.
   */
  listsAsRead?: UserLists;
}

/** Fields other than `active`, whose changes go through deactivation/reactivation. */
const AUDITED_FIELDS = USER_FIELDS.filter((f) => f !== 'active');

const STATE_FIELDS = [...AUDITED_FIELDS, 'emails', 'phoneNumbers'] as const;

/** Before/after of every changed attribute, contact lists included. */
function stateChanges(before: UserState | null, after: UserState): Record<string, FieldChange> {
  const pick = (s: UserState | null) => ({ ...(s?.fields ?? {}), emails: s?.emails ?? [], phoneNumbers: s?.phoneNumbers ?? [] });
  return diffFields<Record<string, unknown>>(pick(before), pick(after), STATE_FIELDS);
}

/** A user of the actor's organization (NOT_FOUND when deleted, elsewhere, or not a UUID). */
export async function getUser(ctx: DomainContext, id: string, include: UserInclude = {}): Promise<IncludedUser> {
  return findUser(ctx, id, include);
}

/** A user as just written: its row and its contact rows, so a caller renders it without reading it back. */
export interface WrittenUser {
  user: User;
  contacts: UserContact[];
  /** Its teams when the write knows them without a read: none, for a user just created. */
  teams?: Team[];
}

/**
 * DESIGN.md "Roles": `idpRole` is the IdP's attribute, written only through the SCIM door. A token of
 * another scope (GraphQL) that sends it is refused, whatever the organization's override, so that
 * IDP_ATTRIBUTE always means an IdP said so. (The CLI and the system, which seed and migrate, may.)
 */
function assertIdpRoleWriter(ctx: DomainContext, input: UserPatch): void {
  if (input.idpRole === undefined || speaksForIdp(ctx)) return;
  throw new DomainError('FORBIDDEN', 'idpRole is written only by the identity provider, through SCIM; set a manual role with setUserRole instead', {
    field: 'idpRole',
  });
}

/**
 * Creates a user in the actor's organization. A `scim` actor marks it provisioned by the IdP.
 * A userName already used (in any case) by a user that is not deleted is ALREADY_EXISTS.
 */
export async function createUser(ctx: DomainContext, input: UserInput): Promise<WrittenUser> {
  const organizationId = requireOrganization(ctx);
  assertIdpRoleWriter(ctx, input);
  const state = applyInput(emptyState('', true), { ...input, userName: input.userName ?? null });
  assertFits(ctx, state);
  return inUnitOfWork(ctx, async (ctx) => {
    const now = ctx.now();
    const user = tableReader(ctx.em, User).fresh({
      ...state.fields,
      organizationId,
      userNameKey: state.fields.userName.toLowerCase(),
      provisionedByIdp: ctx.actor.scope === 'scim',
      deactivatedAt: state.fields.active ? null : now,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await insertUser(ctx, user);
    const contacts = await writeContacts(ctx, user, null, state);
    await recordAudit(ctx, {
      organizationId,
      action: 'user.created',
      targetType: 'user',
      targetId: user.id,
      changes: { ...stateChanges(null, state), ...(state.fields.active ? {} : { active: { before: null, after: false } }) },
    });
    // A new user is an admin only by the IdP's attribute (no teams, no manual role yet): documents
    // awaiting reassignment go to them (DESIGN.md "Deactivation": the queue drains to the next admin).
    if (user.active && user.idpRole === 'ADMIN') await reconcileAdmins(ctx, organizationId);
    return { user, contacts, teams: [] };
  });
}

/**
 * Saves `next` over the locked `user` (currently `current`, with `contacts`). Nothing changed:
 * nothing written, no version bump, no audit. `active` changes run deactivation/reactivation in
 * this unit of work; an IdP's deactivation is admitted by the hold before anything is written.
 */
async function saveState(ctx: DomainContext, user: User, contacts: UserContact[], current: UserState, next: UserState): Promise<WrittenUser> {
  assertFits(ctx, next);
  const changes = stateChanges(current, next);
  const activeChanged = next.fields.active !== user.active;
  if (Object.keys(changes).length === 0 && !activeChanged) return { user, contacts };
  const { active, ...fields } = next.fields;
  // Deactivation stays an admin's to make (DESIGN.md "Deactivation"); bringing a user back is an edit.
  const local = await checkLocalEdit(ctx, user, activeChanged && active ? [...Object.keys(changes), 'active'] : Object.keys(changes));
  if (activeChanged && !active) await admitUserDeprovision(ctx, user, 'deactivate');
  Object.assign(user, fields, { userNameKey: fields.userName.toLowerCase() });
  const written = await writeContacts(ctx, user, current, next);
  if (Object.keys(changes).length > 0) {
    await recordAudit(ctx, { organizationId: user.organizationId, action: local ? 'user.edited_locally' : 'user.updated', targetType: 'user', targetId: user.id, changes });
  }
  if (activeChanged && active) await applyReactivation(ctx, user);
  if (activeChanged && !active) await applyDeactivation(ctx, user);
  bumpVersion(ctx, user);
  await saveUser(ctx, user);
  // An (in)activated user, or one whose IdP role changed, may make or unmake an org admin.
  if (activeChanged || changes.idpRole) await reconcileAdmins(ctx, user.organizationId);
  return { user, contacts: written };
}

/** Reads a user for a write (locked) with its contacts, and applies `change` to its current state. */
async function writeUser(ctx: DomainContext, id: string, options: WriteOptions, change: (current: UserState, user: User) => UserState): Promise<WrittenUser> {
  return inUnitOfWork(ctx, async (ctx) => {
    // The record saved afterwards is the row alone.
    const user = await lockUser(ctx, id, { ifVersion: options.ifVersion, withContacts: true });
    const contacts = user.contacts ?? [];
    delete user.contacts;
    const current = stateOfUser(user, contacts);
    return saveState(ctx, user, contacts, current, change(current, user));
  });
}

/**
 * Replaces a user (PUT): every attribute not given is cleared; server-owned fields (id,
 * timestamps, version, manual role, provisioning) are kept, and so is `active` when not given, and
 * `idpRole` when the actor does not speak for the IdP.
 */
export async function replaceUser(ctx: DomainContext, id: string, input: UserInput, options: WriteOptions = {}): Promise<WrittenUser> {
  assertIdpRoleWriter(ctx, input);
  return writeUser(ctx, id, options, (_current, user) =>
    applyInput(emptyState(user.userName, user.active), { ...input, userName: input.userName ?? null, ...(speaksForIdp(ctx) ? {} : { idpRole: user.idpRole }) }),
  );
}

/** Changes some attributes of a user: undefined leaves an attribute, null clears it. */
export async function updateUser(ctx: DomainContext, id: string, patch: UserPatch, options: UpdateOptions = {}): Promise<WrittenUser> {
  assertIdpRoleWriter(ctx, patch);
  return writeUser(ctx, id, options, (current) => applyInput(current, mergeListsOf(current, patch, options.listsAsRead)));
}
