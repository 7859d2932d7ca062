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
exports.UserOrderInput = exports.UserSortField = exports.UserFilterInput = exports.RoleSourceFilterInput = exports.PersonNameFilterInput = exports.ContactFilterInput = void 0;
const type_graphql_1 = require("type-graphql");
const enums_1 = require("../common/enums");
const filter_input_1 = require("../common/filter.input");
let ContactFilterInput = class ContactFilterInput {
};
exports.ContactFilterInput = ContactFilterInput;
__decorate([
    (0, type_graphql_1.Field)(() => [ContactFilterInput], { nullable: true }),
    __metadata("design:type", Object)
], ContactFilterInput.prototype, "and", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [ContactFilterInput], { nullable: true }),
    __metadata("design:type", Object)
], ContactFilterInput.prototype, "or", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => ContactFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], ContactFilterInput.prototype, "not", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true, description: 'Case-insensitive unless caseExact.' }),
    __metadata("design:type", Object)
], ContactFilterInput.prototype, "value", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], ContactFilterInput.prototype, "type", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.BooleanFilterInput, { nullable: true, description: 'An element without primary counts as false.' }),
    __metadata("design:type", Object)
], ContactFilterInput.prototype, "primary", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], ContactFilterInput.prototype, "display", void 0);
exports.ContactFilterInput = ContactFilterInput = __decorate([
    (0, type_graphql_1.InputType)('ContactFilterInput', { description: 'Conditions on one element of emails or phoneNumbers: all hold on the same element.' })
], ContactFilterInput);
let PersonNameFilterInput = class PersonNameFilterInput {
};
exports.PersonNameFilterInput = PersonNameFilterInput;
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameFilterInput.prototype, "formatted", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameFilterInput.prototype, "familyName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameFilterInput.prototype, "givenName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameFilterInput.prototype, "middleName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameFilterInput.prototype, "honorificPrefix", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], PersonNameFilterInput.prototype, "honorificSuffix", void 0);
exports.PersonNameFilterInput = PersonNameFilterInput = __decorate([
    (0, type_graphql_1.InputType)('PersonNameFilterInput')
], PersonNameFilterInput);
let RoleSourceFilterInput = class RoleSourceFilterInput {
};
exports.RoleSourceFilterInput = RoleSourceFilterInput;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.RoleSource, { nullable: true }),
    __metadata("design:type", Object)
], RoleSourceFilterInput.prototype, "eq", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.RoleSource, { nullable: true }),
    __metadata("design:type", Object)
], RoleSourceFilterInput.prototype, "ne", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [enums_1.RoleSource], { nullable: true, description: 'Any of these sources.' }),
    __metadata("design:type", Object)
], RoleSourceFilterInput.prototype, "in", void 0);
exports.RoleSourceFilterInput = RoleSourceFilterInput = __decorate([
    (0, type_graphql_1.InputType)('RoleSourceFilterInput')
], RoleSourceFilterInput);
let UserFilterInput = class UserFilterInput {
};
exports.UserFilterInput = UserFilterInput;
__decorate([
    (0, type_graphql_1.Field)(() => [UserFilterInput], { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "and", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [UserFilterInput], { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "or", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => UserFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "not", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.IdFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "userName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true, description: 'Case-exact unless caseExact is false.' }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "externalId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "displayName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "nickName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "title", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "userType", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "locale", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "preferredLanguage", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "timezone", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "profileUrl", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => PersonNameFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.BooleanFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "active", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.DateTimeFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "createdAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.DateTimeFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "updatedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => ContactFilterInput, { nullable: true, description: 'Some email matches ({} : the user has an email).' }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "emails", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => ContactFilterInput, { nullable: true, description: 'Some phone number matches.' }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "phoneNumbers", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "employeeNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "costCenter", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true, description: 'The enterprise extension organization.' }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "organization", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "division", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "department", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true, description: 'enterprise.manager.value' }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "managerValue", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.StringFilterInput, { nullable: true, description: "The IdP's role attribute (ADMIN, MEMBER; any case)." }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "idpRole", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.IdFilterInput, { nullable: true, description: 'Membership: eq/in a member of the team(s), ne not a member.' }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "teamId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => filter_input_1.OrgRoleFilterInput, { nullable: true, description: 'The effective role, as the role field shows it.' }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "role", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => RoleSourceFilterInput, { nullable: true, description: 'Where the effective role came from, as the roleSource field shows it.' }),
    __metadata("design:type", Object)
], UserFilterInput.prototype, "roleSource", void 0);
exports.UserFilterInput = UserFilterInput = __decorate([
    (0, type_graphql_1.InputType)('UserFilterInput', { description: 'Every condition given must hold. Strings compare case-insensitively except externalId.' })
], UserFilterInput);
/** GraphQL enum `UserSortField`; each value names a domain sort. */
var UserSortField;
(function (UserSortField) {
    UserSortField["USER_NAME"] = "userName";
    UserSortField["DISPLAY_NAME"] = "displayName";
    UserSortField["EXTERNAL_ID"] = "externalId";
    UserSortField["FAMILY_NAME"] = "familyName";
    UserSortField["GIVEN_NAME"] = "givenName";
    UserSortField["TITLE"] = "title";
    UserSortField["CREATED_AT"] = "createdAt";
    UserSortField["UPDATED_AT"] = "updatedAt";
})(UserSortField || (exports.UserSortField = UserSortField = {}));
(0, type_graphql_1.registerEnumType)(UserSortField, { name: 'UserSortField' });
let UserOrderInput = class UserOrderInput {
};
exports.UserOrderInput = UserOrderInput;
__decorate([
    (0, type_graphql_1.Field)(() => UserSortField),
    __metadata("design:type", String)
], UserOrderInput.prototype, "field", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.SortDirection, { defaultValue: enums_1.SortDirection.ASC }),
    __metadata("design:type", String)
], UserOrderInput.prototype, "direction", void 0);
exports.UserOrderInput = UserOrderInput = __decorate([
    (0, type_graphql_1.InputType)('UserOrderInput')
], UserOrderInput);
//# sourceMappingURL=user-filter.input.js.map