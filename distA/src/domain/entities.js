"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENTITIES = void 0;
const audit_event_entity_1 = require("./audit/audit-event.entity");
const deprovision_entity_1 = require("./deprovision/deprovision.entity");
const document_entity_1 = require("./document/document.entity");
const organization_entity_1 = require("./organization/organization.entity");
const team_entity_1 = require("./team/team.entity");
const team_member_entity_1 = require("./team/team-member.entity");
const token_entity_1 = require("./token/token.entity");
const user_entity_1 = require("./user/user.entity");
const user_contact_entity_1 = require("./user/user-contact.entity");
/** Every entity the ORM maps; listed explicitly so no folder scan is needed at start-up. */
exports.ENTITIES = [organization_entity_1.Organization, user_entity_1.User, user_contact_entity_1.UserContact, team_entity_1.Team, team_member_entity_1.TeamMember, document_entity_1.Document, token_entity_1.ApiToken, audit_event_entity_1.AuditEvent, deprovision_entity_1.Deprovision];
//# sourceMappingURL=entities.js.map