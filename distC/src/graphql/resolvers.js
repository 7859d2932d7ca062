"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RESOLVERS = void 0;
const audit_resolver_1 = require("./audit/audit.resolver");
const document_resolver_1 = require("./document/document.resolver");
const user_documents_resolver_1 = require("./document/user-documents.resolver");
const organization_resolver_1 = require("./organization/organization.resolver");
const team_membership_resolver_1 = require("./team/team-membership.resolver");
const team_patch_resolver_1 = require("./team/team-patch.resolver");
const team_resolver_1 = require("./team/team.resolver");
const user_teams_resolver_1 = require("./team/user-teams.resolver");
const token_resolver_1 = require("./token/token.resolver");
const user_fields_resolver_1 = require("./user/user-fields.resolver");
const user_resolver_1 = require("./user/user.resolver");
const viewer_resolver_1 = require("./viewer/viewer.resolver");
/** Every resolver class of the schema. */
exports.RESOLVERS = [organization_resolver_1.OrganizationResolver, audit_resolver_1.AuditEventResolver, token_resolver_1.TokenResolver, team_resolver_1.TeamResolver, team_membership_resolver_1.TeamMembershipResolver, team_patch_resolver_1.TeamPatchResolver, user_teams_resolver_1.UserTeamsResolver, document_resolver_1.DocumentResolver, user_documents_resolver_1.UserDocumentsResolver, user_resolver_1.UserResolver, user_fields_resolver_1.UserFieldsResolver, viewer_resolver_1.ViewerResolver];
//# sourceMappingURL=resolvers.js.map