"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ADDRESS_PARTS = exports.MULTI_VALUE_PARTS = exports.ENTERPRISE_STRINGS = exports.NAME_PARTS = exports.USER_MULTI_VALUES = exports.USER_STRING_ATTRIBUTES = void 0;
/**
 * The attribute groups the Users mappers walk, named as the schema names them and typed against
 * the generated shapes of the façade's documents (`ScimUser` fragment, `UserInput`): a list that
 * names a field the schema does not have does not compile.
 */
/** The string attributes a user shares between the `User` type and `UserInput`, by their SCIM names. */
exports.USER_STRING_ATTRIBUTES = [
    'externalId',
    'displayName',
    'nickName',
    'profileUrl',
    'title',
    'userType',
    'preferredLanguage',
    'locale',
    'timezone',
];
/** Multi-valued attributes whose elements are `{ value, type, primary, display }`. */
exports.USER_MULTI_VALUES = ['emails', 'phoneNumbers', 'ims', 'photos', 'entitlements', 'roles', 'x509Certificates'];
exports.NAME_PARTS = ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix'];
exports.ENTERPRISE_STRINGS = ['employeeNumber', 'costCenter', 'organization', 'division', 'department'];
exports.MULTI_VALUE_PARTS = ['value', 'type', 'primary', 'display'];
exports.ADDRESS_PARTS = ['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country', 'type', 'primary'];
//# sourceMappingURL=graphql-user.js.map