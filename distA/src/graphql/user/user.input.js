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
exports.UserListsInput = exports.UserPatchInput = exports.UserInput = exports.EnterpriseUserInput = exports.ManagerInput = exports.AddressInput = exports.MultiValueInput = exports.PersonNameInput = void 0;
const type_graphql_1 = require("type-graphql");
const enums_1 = require("../common/enums");
let PersonNameInput = class PersonNameInput {
};
exports.PersonNameInput = PersonNameInput;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameInput.prototype, "formatted", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameInput.prototype, "familyName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameInput.prototype, "givenName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameInput.prototype, "middleName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameInput.prototype, "honorificPrefix", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameInput.prototype, "honorificSuffix", void 0);
exports.PersonNameInput = PersonNameInput = __decorate([
    (0, type_graphql_1.InputType)('PersonNameInput', { description: 'Omitted parts: cleared by createUser/replaceUser, left as they are by updateUser.' })
], PersonNameInput);
let MultiValueInput = class MultiValueInput {
};
exports.MultiValueInput = MultiValueInput;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], MultiValueInput.prototype, "value", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], MultiValueInput.prototype, "type", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], MultiValueInput.prototype, "primary", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], MultiValueInput.prototype, "display", void 0);
exports.MultiValueInput = MultiValueInput = __decorate([
    (0, type_graphql_1.InputType)('MultiValueInput')
], MultiValueInput);
let AddressInput = class AddressInput {
};
exports.AddressInput = AddressInput;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddressInput.prototype, "formatted", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddressInput.prototype, "streetAddress", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddressInput.prototype, "locality", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddressInput.prototype, "region", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddressInput.prototype, "postalCode", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddressInput.prototype, "country", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AddressInput.prototype, "type", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], AddressInput.prototype, "primary", void 0);
exports.AddressInput = AddressInput = __decorate([
    (0, type_graphql_1.InputType)('AddressInput')
], AddressInput);
let ManagerInput = class ManagerInput {
};
exports.ManagerInput = ManagerInput;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ManagerInput.prototype, "value", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ManagerInput.prototype, "displayName", void 0);
exports.ManagerInput = ManagerInput = __decorate([
    (0, type_graphql_1.InputType)('ManagerInput')
], ManagerInput);
let EnterpriseUserInput = class EnterpriseUserInput {
};
exports.EnterpriseUserInput = EnterpriseUserInput;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EnterpriseUserInput.prototype, "employeeNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EnterpriseUserInput.prototype, "costCenter", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EnterpriseUserInput.prototype, "organization", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EnterpriseUserInput.prototype, "division", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], EnterpriseUserInput.prototype, "department", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => ManagerInput, { nullable: true }),
    __metadata("design:type", Object)
], EnterpriseUserInput.prototype, "manager", void 0);
exports.EnterpriseUserInput = EnterpriseUserInput = __decorate([
    (0, type_graphql_1.InputType)('EnterpriseUserInput')
], EnterpriseUserInput);
/** Every attribute but userName, shared by the create/replace and the update inputs. */
let UserAttributesInput = class UserAttributesInput {
};
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: "The IdP's id for the user (case-exact)." }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "externalId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => PersonNameInput, { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "displayName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "nickName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "profileUrl", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "title", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "userType", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "preferredLanguage", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "locale", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "timezone", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: 'false deactivates, true reactivates; omitted: true on create, unchanged otherwise.' }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "active", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueInput], { nullable: true, description: 'At most one primary; with none, the first becomes primary.' }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "emails", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueInput], { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "phoneNumbers", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueInput], { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "ims", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueInput], { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "photos", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueInput], { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "entitlements", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueInput], { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "roles", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueInput], { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "x509Certificates", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [AddressInput], { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "addresses", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => EnterpriseUserInput, { nullable: true }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "enterprise", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.OrgRole, { nullable: true, description: "The IdP's role attribute: written only by the identity provider through SCIM; FORBIDDEN for other tokens (use setUserRole)." }),
    __metadata("design:type", Object)
], UserAttributesInput.prototype, "idpRole", void 0);
UserAttributesInput = __decorate([
    (0, type_graphql_1.InputType)()
], UserAttributesInput);
let UserInput = class UserInput extends UserAttributesInput {
};
exports.UserInput = UserInput;
__decorate([
    (0, type_graphql_1.Field)({ description: 'Unique per organization among users not deleted, compared case-insensitively.' }),
    __metadata("design:type", String)
], UserInput.prototype, "userName", void 0);
exports.UserInput = UserInput = __decorate([
    (0, type_graphql_1.InputType)('UserInput', { description: 'A whole user (createUser, replaceUser): attributes omitted are cleared.' })
], UserInput);
let UserPatchInput = class UserPatchInput extends UserAttributesInput {
};
exports.UserPatchInput = UserPatchInput;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UserPatchInput.prototype, "userName", void 0);
exports.UserPatchInput = UserPatchInput = __decorate([
    (0, type_graphql_1.InputType)('UserPatchInput', {
        description: 'A partial change (updateUser): omitted attributes stay, null clears; name and enterprise merge part by part; lists are replaced whole.',
    })
], UserPatchInput);
let UserListsInput = class UserListsInput {
};
exports.UserListsInput = UserListsInput;
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueInput], { nullable: true }),
    __metadata("design:type", Object)
], UserListsInput.prototype, "emails", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueInput], { nullable: true }),
    __metadata("design:type", Object)
], UserListsInput.prototype, "phoneNumbers", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueInput], { nullable: true }),
    __metadata("design:type", Object)
], UserListsInput.prototype, "ims", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueInput], { nullable: true }),
    __metadata("design:type", Object)
], UserListsInput.prototype, "photos", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueInput], { nullable: true }),
    __metadata("design:type", Object)
], UserListsInput.prototype, "entitlements", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueInput], { nullable: true }),
    __metadata("design:type", Object)
], UserListsInput.prototype, "roles", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [MultiValueInput], { nullable: true }),
    __metadata("design:type", Object)
], UserListsInput.prototype, "x509Certificates", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [AddressInput], { nullable: true }),
    __metadata("design:type", Object)
], UserListsInput.prototype, "addresses", void 0);
exports.UserListsInput = UserListsInput = __decorate([
    (0, type_graphql_1.InputType)('UserListsInput', {
        description: 'Multi-valued attributes as a client read them before editing them (updateUser listsAsRead).',
    })
], UserListsInput);
//# sourceMappingURL=user.input.js.map