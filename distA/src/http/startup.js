"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tokenHint = tokenHint;
const organization_service_1 = require("../domain/organization/organization.service");
/**
 * The start-up message's line on creating the IdP's token, naming an organization that exists (of
 * `slugs`, the database's): the default one, or the only one; with several and no default, or
 * none, how to list them first.
 */
function tokenHint(slugs) {
    const slug = slugs.includes(organization_service_1.DEFAULT_ORGANIZATION_SLUG) ? organization_service_1.DEFAULT_ORGANIZATION_SLUG : slugs.length === 1 ? slugs[0] : null;
    return slug
        ? `  Create a SCIM token:             npx scimgraph token create --org ${slug} --scope scim --name okta`
        : '  Create a SCIM token:             npx scimgraph org list, then npx scimgraph token create --org <slug> --scope scim --name okta';
}
//# sourceMappingURL=startup.js.map