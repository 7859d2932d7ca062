import { registerEnumType } from 'type-graphql';
import { ORG_ROLES, ROLE_SOURCES, type OrgRole as DomainOrgRole, type RoleSource as DomainRoleSource } from '../../domain/roles';

const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

/** GraphQL enum `OrgRole` (ADMIN | MEMBER); the TS type is the domain's. */
export const OrgRole = enumOf(ORG_ROLES);
export type OrgRole = DomainOrgRole;
registerEnumType(OrgRole, { name: 'OrgRole', description: 'Organization-level role: ADMIN (org admin) or MEMBER.' });

/** GraphQL enum `RoleSource`: where a user's effective role came from. */
export const RoleSource = enumOf(ROLE_SOURCES);
export type RoleSource = DomainRoleSource;
registerEnumType(RoleSource, {
  name: 'RoleSource',
  description: 'Where the effective role came from: a manual role, the IdP role attribute, a team grant, or the default.',
});

/** GraphQL enum `SortDirection`. */
export const SortDirection = enumOf(['ASC', 'DESC'] as const);
export type SortDirection = keyof typeof SortDirection;
registerEnumType(SortDirection, { name: 'SortDirection' });
