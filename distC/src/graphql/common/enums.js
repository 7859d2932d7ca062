"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SortDirection = exports.RoleSource = exports.OrgRole = void 0;
const type_graphql_1 = require("type-graphql");
const roles_1 = require("../../domain/roles");
const enumOf = (values) => Object.fromEntries(values.map((v) => [v, v]));
/** GraphQL enum `OrgRole` (ADMIN | MEMBER); the TS type is the domain's. */
exports.OrgRole = enumOf(roles_1.ORG_ROLES);
(0, type_graphql_1.registerEnumType)(exports.OrgRole, { name: 'OrgRole', description: 'Organization-level role: ADMIN (org admin) or MEMBER.' });
/** GraphQL enum `RoleSource`: where a user's effective role came from. */
exports.RoleSource = enumOf(roles_1.ROLE_SOURCES);
(0, type_graphql_1.registerEnumType)(exports.RoleSource, {
    name: 'RoleSource',
    description: 'Where the effective role came from: a manual role, the IdP role attribute, a team grant, or the default.',
});
/** GraphQL enum `SortDirection`. */
exports.SortDirection = enumOf(['ASC', 'DESC']);
(0, type_graphql_1.registerEnumType)(exports.SortDirection, { name: 'SortDirection' });
//# sourceMappingURL=enums.js.map