"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.getUser = getUser;
exports.createUser = createUser;
exports.replaceUser = replaceUser;
exports.updateUser = updateUser;
const errors_1 = require("../../common/errors");
const audit_service_1 = require("../audit/audit.service");
const context_1 = require("../context");
const user_lifecycle_service_1 = require("./user-lifecycle.service");
const one_way_sync_1 = require("./one-way-sync");
const user_role_service_1 = require("./user-role.service");
const user_lists_1 = require("./user-lists");
const user_input_1 = require("./user.input");
const user_store_1 = require("./user.store");
const user_entity_1 = require("./user.entity");
const rows_1 = require("../query/rows");
/** Fields other than `active`, whose changes go through deactivation/reactivation. */
const AUDITED_FIELDS = user_input_1.USER_FIELDS.filter((f) => f !== 'active');
const STATE_FIELDS = [...AUDITED_FIELDS, 'emails', 'phoneNumbers'];
/** Before/after of every changed attribute, contact lists included. */
function stateChanges(before, after) {
    const pick = (s) => ({ ...(s?.fields ?? {}), emails: s?.emails ?? [], phoneNumbers: s?.phoneNumbers ?? [] });
    return (0, audit_service_1.diffFields)(pick(before), pick(after), STATE_FIELDS);
}
/** A user of the actor's organization (NOT_FOUND when deleted, elsewhere, or not a UUID). */
async function getUser(ctx, id, include = {}) {
    return (0, user_store_1.findUser)(ctx, id, include);
}
/**
 * DESIGN.md "Roles": `idpRole` is the IdP's attribute, written only through the SCIM door. A token of
 * another scope (GraphQL) that sends it is refused, whatever the organization's override, so that
 * IDP_ATTRIBUTE always means an IdP said so. (The CLI and the system, which seed and migrate, may.)
 */
function assertIdpRoleWriter(ctx, input) {
    if (input.idpRole === undefined || (0, one_way_sync_1.speaksForIdp)(ctx))
        return;
    throw new errors_1.DomainError('FORBIDDEN', 'idpRole is written only by the identity provider, through SCIM; set a manual role with setUserRole instead', {
        field: 'idpRole',
    });
}
/**
 * Creates a user in the actor's organization. A `scim` actor marks it provisioned by the IdP.
 * A userName already used (in any case) by a user that is not deleted is ALREADY_EXISTS.
 */
async function createUser(ctx, input) {
    const organizationId = (0, context_1.requireOrganization)(ctx);
    assertIdpRoleWriter(ctx, input);
    const state = (0, user_input_1.applyInput)((0, user_input_1.emptyState)('', true), { ...input, userName: input.userName ?? null });
    (0, user_store_1.assertFits)(ctx, state);
    return (0, context_1.inUnitOfWork)(ctx, async (ctx) => {
        const now = ctx.now();
        const user = (0, rows_1.tableReader)(ctx.em, user_entity_1.User).fresh({
            ...state.fields,
            organizationId,
            userNameKey: state.fields.userName.toLowerCase(),
            provisionedByIdp: ctx.actor.scope === 'scim',
            deactivatedAt: state.fields.active ? null : now,
            createdAt: now,
            updatedAt: now,
            version: 1,
        });
        await (0, user_store_1.insertUser)(ctx, user);
        const contacts = await (0, user_store_1.writeContacts)(ctx, user, null, state);
        await (0, audit_service_1.recordAudit)(ctx, {
            organizationId,
            action: 'user.created',
            targetType: 'user',
            targetId: user.id,
            changes: { ...stateChanges(null, state), ...(state.fields.active ? {} : { active: { before: null, after: false } }) },
        });
        // A new user is an admin only by the IdP's attribute (no teams, no manual role yet): documents
        // awaiting reassignment go to them (DESIGN.md "Deactivation": the queue drains to the next admin).
        if (user.active && user.idpRole === 'ADMIN')
            await (0, user_role_service_1.reconcileAdmins)(ctx, organizationId);
        return { user, contacts, teams: [] };
    });
}
/**
 * Saves `next` over the locked `user` (currently `current`, with `contacts`). Nothing changed:
 * nothing written, no version bump, no audit. `active` changes run deactivation/reactivation in
 * this unit of work; an IdP's deactivation is admitted by the hold before anything is written.
 */
async function saveState(ctx, user, contacts, current, next) {
    (0, user_store_1.assertFits)(ctx, next);
    const changes = stateChanges(current, next);
    const activeChanged = next.fields.active !== user.active;
    if (Object.keys(changes).length === 0 && !activeChanged)
        return { user, contacts };
    const { active, ...fields } = next.fields;
    // Deactivation stays an admin's to make (DESIGN.md "Deactivation"); bringing a user back is an edit.
    const local = await (0, one_way_sync_1.checkLocalEdit)(ctx, user, activeChanged && active ? [...Object.keys(changes), 'active'] : Object.keys(changes));
    if (activeChanged && !active)
        await (0, user_lifecycle_service_1.admitUserDeprovision)(ctx, user, 'deactivate');
    Object.assign(user, fields, { userNameKey: fields.userName.toLowerCase() });
    const written = await (0, user_store_1.writeContacts)(ctx, user, current, next);
    if (Object.keys(changes).length > 0) {
        await (0, audit_service_1.recordAudit)(ctx, { organizationId: user.organizationId, action: local ? 'user.edited_locally' : 'user.updated', targetType: 'user', targetId: user.id, changes });
    }
    if (activeChanged && active)
        await (0, user_lifecycle_service_1.applyReactivation)(ctx, user);
    if (activeChanged && !active)
        await (0, user_lifecycle_service_1.applyDeactivation)(ctx, user);
    (0, user_store_1.bumpVersion)(ctx, user);
    await (0, user_store_1.saveUser)(ctx, user);
    // An (in)activated user, or one whose IdP role changed, may make or unmake an org admin.
    if (activeChanged || changes.idpRole)
        await (0, user_role_service_1.reconcileAdmins)(ctx, user.organizationId);
    return { user, contacts: written };
}
/** Reads a user for a write (locked) with its contacts, and applies `change` to its current state. */
async function writeUser(ctx, id, options, change) {
    return (0, context_1.inUnitOfWork)(ctx, async (ctx) => {
        // The record saved afterwards is the row alone.
        const user = await (0, user_store_1.lockUser)(ctx, id, { ifVersion: options.ifVersion, withContacts: true });
        const contacts = user.contacts ?? [];
        delete user.contacts;
        const current = (0, user_input_1.stateOfUser)(user, contacts);
        return saveState(ctx, user, contacts, current, change(current, user));
    });
}
/**
 * Replaces a user (PUT): every attribute not given is cleared; server-owned fields (id,
 * timestamps, version, manual role, provisioning) are kept, and so is `active` when not given, and
 * `idpRole` when the actor does not speak for the IdP.
 */
async function replaceUser(ctx, id, input, options = {}) {
    assertIdpRoleWriter(ctx, input);
    return writeUser(ctx, id, options, (_current, user) => (0, user_input_1.applyInput)((0, user_input_1.emptyState)(user.userName, user.active), { ...input, userName: input.userName ?? null, ...((0, one_way_sync_1.speaksForIdp)(ctx) ? {} : { idpRole: user.idpRole }) }));
}
/** Changes some attributes of a user: undefined leaves an attribute, null clears it. */
async function updateUser(ctx, id, patch, options = {}) {
    assertIdpRoleWriter(ctx, patch);
    return writeUser(ctx, id, options, (current) => (0, user_input_1.applyInput)(current, (0, user_lists_1.mergeListsOf)(current, patch, options.listsAsRead)));
}
//# sourceMappingURL=user.service.js.map