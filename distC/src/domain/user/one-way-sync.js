"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.speaksForIdp = void 0;
exports.checkLocalEdit = checkLocalEdit;
const errors_1 = require("../../common/errors");
const organization_store_1 = require("../organization/organization.store");
const user_input_1 = require("./user.input");
/** Whether the actor speaks for the IdP (and may so set `idpRole`): a `scim` token, the CLI or the system. */
const speaksForIdp = (ctx) => ctx.actor.kind !== 'token' || ctx.actor.scope === 'scim';
exports.speaksForIdp = speaksForIdp;
/**
 * DESIGN.md "One-way sync": the attributes of a user an IdP provisioned are the IdP's. A change of
 * `fields` by anyone else (a GraphQL token) is FORBIDDEN, naming them, unless the organization
 * allows local edits; true for such an allowed local edit (audited as one).
 */
async function checkLocalEdit(ctx, user, changed) {
    if (changed.length === 0 || !user.provisionedByIdp || (0, exports.speaksForIdp)(ctx))
        return false;
    const fields = [...new Set(changed.map(user_input_1.inputFieldName))];
    if ((await (0, organization_store_1.findOrganizationRow)(ctx, user.organizationId)).allowLocalEdits)
        return true;
    throw new errors_1.DomainError('FORBIDDEN', `${fields.join(', ')}: this user is provisioned by the identity provider, the source of truth for their attributes; change them there, or turn on the organization setting allowLocalEdits`, { fields });
}
//# sourceMappingURL=one-way-sync.js.map