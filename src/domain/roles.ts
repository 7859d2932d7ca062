/** Organization-level roles, highest first. */
export const ORG_ROLES = ['ADMIN', 'MEMBER'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export const ROLE_SOURCES = ['MANUAL', 'IDP_ATTRIBUTE', 'TEAM_GRANT', 'DEFAULT'] as const;
export type RoleSource = (typeof ROLE_SOURCES)[number];

export interface EffectiveRole {
  role: OrgRole;
  source: RoleSource;
}

const rank = (role: OrgRole): number => (role === 'ADMIN' ? 2 : 1);

/** The higher of two roles (null counts as none). */
function higherRole(a: OrgRole | null, b: OrgRole | null): OrgRole | null {
  if (!a) return b;
  if (!b) return a;
  return rank(a) >= rank(b) ? a : b;
}

/**
 * Whether a user's manual role (when set) decides: while the organization's override is on, or for
 * a user no IdP provisioned (nothing else speaks for them).
 */
export const manualRoleDecides = (input: { manualOverride: boolean; provisionedByIdp: boolean }): boolean =>
  input.manualOverride || !input.provisionedByIdp;

/**
 * DESIGN.md "Roles": manual (while the override is on, or for a user no IdP provisioned) > highest
 * of IdP attribute and team grants > MEMBER. On a tie between IdP attribute and team grant the IdP
 * attribute is named. `roleSql` (user/user-role.sql.ts) is the same rule in SQL.
 */
export function effectiveRole(input: {
  manualOverride: boolean;
  provisionedByIdp: boolean;
  manualRole: OrgRole | null;
  idpRole: OrgRole | null;
  teamGrant: OrgRole | null;
}): EffectiveRole {
  if (input.manualRole && manualRoleDecides(input)) return { role: input.manualRole, source: 'MANUAL' };
  const best = higherRole(input.idpRole, input.teamGrant);
  if (!best) return { role: 'MEMBER', source: 'DEFAULT' };
  return { role: best, source: best === input.idpRole ? 'IDP_ATTRIBUTE' : 'TEAM_GRANT' };
}
