"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.UserType = exports.EnterpriseUserType = exports.ManagerType = exports.AddressType = exports.MultiValueType = exports.PersonNameType = void 0;
const type_graphql_1 = require("type-graphql");
const enums_1 = require("../common/enums");
let PersonNameType = class PersonNameType {
};
exports.PersonNameType = PersonNameType;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameType.prototype, "formatted", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameType.prototype, "familyName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameType.prototype, "givenName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameType.prototype, "middleName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameType.prototype, "honorificPrefix", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameType.prototype, "honorificSuffix", void 0);
exports.PersonNameType = PersonNameType = __decorate([
    (0, type_graphql_1.ObjectType)('PersonName', { simpleResolvers: true, description: "The components of a user's name (SCIM `name`)." })
], PersonNameType);
let MultiValueType = class MultiValueType {
};
exports.MultiValueType = MultiValueType;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], MultiValueType.prototype, "value", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], MultiValueType.prototype, "type", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], MultiValueType.prototype, "primary", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], MultiValueType.prototype, "display", void 0);
exports.MultiValueType = MultiValueType = __decorate([
    (0, type_graphql_1.ObjectType)('MultiValue', { simpleResolvers: true, description: 'One element of a multi-valued attribute (emails, phoneNumbers, ims, photos, …).' })
], MultiValueType);
let AddressType = class AddressType {
};
exports.AddressType = AddressType;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddressType.prototype, "formatted", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddressType.prototype, "streetAddress", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddressType.prototype, "locality", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddressType.prototype, "region", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddressType.prototype, "postalCode", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddressType.prototype, "country", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddressType.prototype, "type", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], AddressType.prototype, "primary", void 0);
exports.AddressType = AddressType = __decorate([
    (0, type_graphql_1.ObjectType)('Address', { simpleResolvers: true })
], AddressType);
let ManagerType = class ManagerType {
};
exports.ManagerType = ManagerType;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: "The manager's id as the client sent it." }),
    __metadata("design:type", Object)
], ManagerType.prototype, "value", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ManagerType.prototype, "displayName", void 0);
exports.ManagerType = ManagerType = __decorate([
    (0, type_graphql_1.ObjectType)('Manager', { simpleResolvers: true })
], ManagerType);
let EnterpriseUserType = class EnterpriseUserType {
};
exports.EnterpriseUserType = EnterpriseUserType;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EnterpriseUserType.prototype, "employeeNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EnterpriseUserType.prototype, "costCenter", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EnterpriseUserType.prototype, "organization", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EnterpriseUserType.prototype, "division", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EnterpriseUserType.prototype, "department", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => ManagerType, { nullable: true }),
    __metadata("design:type", Object)
], EnterpriseUserType.prototype, "manager", void 0);
exports.EnterpriseUserType = EnterpriseUserType = __decorate([
    (0, type_graphql_1.ObjectType)('EnterpriseUser', { simpleResolvers: true, description: 'The SCIM enterprise extension.' })
], EnterpriseUserType);
/**
 * A user as the API shows it. `emails`, `phoneNumbers`, `role` and `roleSource` (and other
 * slices' relation fields) are field resolvers backed by per-request loaders.
 */
let UserType = class UserType {
};
exports.UserType = UserType;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], UserType.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], UserType.prototype, "userName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: "The IdP's id for the user (case-exact)." }),
    __metadata("design:type", Object)
], UserType.prototype, "externalId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => PersonNameType, { nullable: true }),
    __metadata("design:type", Object)
], UserType.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserType.prototype, "displayName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserType.prototype, "nickName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserType.prototype, "profileUrl", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserType.prototype, "title", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserType.prototype, "userType", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserType.prototype, "preferredLanguage", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserType.prototype, "locale", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserType.prototype, "timezone", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Boolean)
], UserType.prototype, "active", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueType]),
    __metadata("design:type", Array)
], UserType.prototype, "ims", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueType]),
    __metadata("design:type", Array)
], UserType.prototype, "photos", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [AddressType]),
    __metadata("design:type", Array)
], UserType.prototype, "addresses", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueType]),
    __metadata("design:type", Array)
], UserType.prototype, "entitlements", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueType]),
    __metadata("design:type", Array)
], UserType.prototype, "roles", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueType]),
    __metadata("design:type", Array)
], UserType.prototype, "x509Certificates", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => EnterpriseUserType, { nullable: true }),
    __metadata("design:type", Object)
], UserType.prototype, "enterprise", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.OrgRole, { nullable: true, description: 'The role the IdP pushed in the role extension.' }),
    __metadata("design:type", Object)
], UserType.prototype, "idpRole", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.OrgRole, { nullable: true, description: "The role set by an org admin; effective only while the organization's roleManualOverride is on." }),
    __metadata("design:type", Object)
], UserType.prototype, "manualRole", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'True when the user was created by the IdP (SCIM), which is then the source of truth.' }),
    __metadata("design:type", Boolean)
], UserType.prototype, "provisionedByIdp", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Date)
], UserType.prototype, "createdAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Date)
], UserType.prototype, "updatedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], UserType.prototype, "deactivatedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Bumped on every change (the SCIM ETag).' }),
    __metadata("design:type", Number)
], UserType.prototype, "version", void 0);
exports.UserType = UserType = __decorate([
    (0, type_graphql_1.ObjectType)('User', { simpleResolvers: true })
], UserType);
//# sourceMappingURL=user.type.js.map