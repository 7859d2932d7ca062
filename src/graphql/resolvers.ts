import type { NonEmptyArray } from 'type-graphql';
import { AuditEventResolver } from './audit/audit.resolver';
import { OrganizationResolver } from './organization/organization.resolver';
import { TokenResolver } from './token/token.resolver';
import { UserFieldsResolver } from './user/user-fields.resolver';
import { UserResolver } from './user/user.resolver';

/** Every resolver class of the schema. */
export const RESOLVERS: NonEmptyArray<Function> = [OrganizationResolver, AuditEventResolver, TokenResolver, UserResolver, UserFieldsResolver];
