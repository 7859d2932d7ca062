import { AuditEvent } from './audit/audit-event.entity';
import { Deprovision } from './deprovision/deprovision.entity';
import { Document } from './document/document.entity';
import { Organization } from './organization/organization.entity';
import { Team } from './team/team.entity';
import { TeamMember } from './team/team-member.entity';
import { ApiToken } from './token/token.entity';
import { User } from './user/user.entity';
import { UserContact } from './user/user-contact.entity';

/** Every entity the ORM maps; listed explicitly so no folder scan is needed at start-up. */
export const ENTITIES = [Organization, User, UserContact, Team, TeamMember, Document, ApiToken, AuditEvent, Deprovision];
