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
 * DESIGN.md "Roles": manual (only while the override is on) > highest of IdP attribute and
 * team grants > MEMBER. On a tie between IdP attribute and team grant the IdP attribute is named.
 */
export function effectiveRole(input: {
  manualOverride: boolean;
  manualRole: OrgRole | null;
  idpRole: OrgRole | null;
  teamGrant: OrgRole | null;
}): EffectiveRole {
  if (input.manualOverride && input.manualRole) return { role: input.manualRole, source: 'MANUAL' };
  const best = higherRole(input.idpRole, input.teamGrant);
  if (!best) return { role: 'MEMBER', source: 'DEFAULT' };
  return { role: best, source: best === input.idpRole ? 'IDP_ATTRIBUTE' : 'TEAM_GRANT' };
}
