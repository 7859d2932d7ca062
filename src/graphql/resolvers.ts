import type { NonEmptyArray } from 'type-graphql';
import { AuditEventResolver } from './audit/audit.resolver';
import { DocumentResolver } from './document/document.resolver';
import { UserDocumentsResolver } from './document/user-documents.resolver';
import { OrganizationResolver } from './organization/organization.resolver';
import { TeamMembershipResolver } from './team/team-membership.resolver';
import { TeamPatchResolver } from './team/team-patch.resolver';
import { TeamResolver } from './team/team.resolver';
import { UserTeamsResolver } from './team/user-teams.resolver';
import { TokenResolver } from './token/token.resolver';
import { UserFieldsResolver } from './user/user-fields.resolver';
import { UserResolver } from './user/user.resolver';
import { ViewerResolver } from './viewer/viewer.resolver';

/** Every resolver class of the schema. */
export const RESOLVERS: NonEmptyArray<Function> = [OrganizationResolver, AuditEventResolver, TokenResolver, TeamResolver, TeamMembershipResolver, TeamPatchResolver, UserTeamsResolver, DocumentResolver, UserDocumentsResolver, UserResolver, UserFieldsResolver, ViewerResolver];
