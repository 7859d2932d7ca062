"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.manualRoleDecides = exports.ROLE_SOURCES = exports.ORG_ROLES = void 0;
exports.effectiveRole = effectiveRole;
/** Organization-level roles, highest first. */
exports.ORG_ROLES = ['ADMIN', 'MEMBER'];
exports.ROLE_SOURCES = ['MANUAL', 'IDP_ATTRIBUTE', 'TEAM_GRANT', 'DEFAULT'];
const rank = (role) => (role === 'ADMIN' ? 2 : 1);
/** The higher of two roles (null counts as none). */
function higherRole(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    return rank(a) >= rank(b) ? a : b;
}
/**
 * Whether a user's manual role (when set) decides: while the organization's override is on, or for
 * a user no IdP provisioned (nothing else speaks for them).
 */
const manualRoleDecides = (input) => input.manualOverride || !input.provisionedByIdp;
exports.manualRoleDecides = manualRoleDecides;
/**
 * DESIGN.md "Roles": manual (while the override is on, or for a user no IdP provisioned) > highest
 * of IdP attribute and team grants > MEMBER. On a tie between IdP attribute and team grant the IdP
 * attribute is named. `roleSql` (user/user-role.sql.ts) is the same rule in SQL.
 */
function effectiveRole(input) {
    if (input.manualRole && (0, exports.manualRoleDecides)(input))
        return { role: input.manualRole, source: 'MANUAL' };
    const best = higherRole(input.idpRole, input.teamGrant);
    if (!best)
        return { role: 'MEMBER', source: 'DEFAULT' };
    return { role: best, source: best === input.idpRole ? 'IDP_ATTRIBUTE' : 'TEAM_GRANT' };
}
//# sourceMappingURL=roles.js.map