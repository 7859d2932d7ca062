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
exports.OrgRoleFilterInput = exports.IdFilterInput = exports.IntFilterInput = exports.DateTimeFilterInput = exports.BooleanFilterInput = exports.StringFilterInput = void 0;
const type_graphql_1 = require("type-graphql");
const enums_1 = require("./enums");
/**
 * Filter inputs shared by every list query. Their fields match the domain's conditions
 * (src/domain/query/conditions.ts), so an input is handed to the domain as it is.
 * All operators given in one input must hold together.
 */
let StringFilterInput = class StringFilterInput {
};
exports.StringFilterInput = StringFilterInput;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], StringFilterInput.prototype, "eq", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], StringFilterInput.prototype, "ne", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Contains.' }),
    __metadata("design:type", Object)
], StringFilterInput.prototype, "co", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Starts with.' }),
    __metadata("design:type", Object)
], StringFilterInput.prototype, "sw", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Ends with.' }),
    __metadata("design:type", Object)
], StringFilterInput.prototype, "ew", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], StringFilterInput.prototype, "gt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], StringFilterInput.prototype, "ge", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], StringFilterInput.prototype, "lt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], StringFilterInput.prototype, "le", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: 'true: has a non-empty value; false: has none.' }),
    __metadata("design:type", Object)
], StringFilterInput.prototype, "present", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: "Compare case-sensitively; the default is the attribute's own." }),
    __metadata("design:type", Object)
], StringFilterInput.prototype, "caseExact", void 0);
exports.StringFilterInput = StringFilterInput = __decorate([
    (0, type_graphql_1.InputType)('StringFilterInput')
], StringFilterInput);
let BooleanFilterInput = class BooleanFilterInput {
};
exports.BooleanFilterInput = BooleanFilterInput;
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], BooleanFilterInput.prototype, "eq", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], BooleanFilterInput.prototype, "ne", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], BooleanFilterInput.prototype, "present", void 0);
exports.BooleanFilterInput = BooleanFilterInput = __decorate([
    (0, type_graphql_1.InputType)('BooleanFilterInput')
], BooleanFilterInput);
let DateTimeFilterInput = class DateTimeFilterInput {
};
exports.DateTimeFilterInput = DateTimeFilterInput;
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], DateTimeFilterInput.prototype, "eq", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], DateTimeFilterInput.prototype, "ne", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], DateTimeFilterInput.prototype, "gt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], DateTimeFilterInput.prototype, "ge", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], DateTimeFilterInput.prototype, "lt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], DateTimeFilterInput.prototype, "le", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], DateTimeFilterInput.prototype, "present", void 0);
exports.DateTimeFilterInput = DateTimeFilterInput = __decorate([
    (0, type_graphql_1.InputType)('DateTimeFilterInput')
], DateTimeFilterInput);
let IntFilterInput = class IntFilterInput {
};
exports.IntFilterInput = IntFilterInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], IntFilterInput.prototype, "eq", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], IntFilterInput.prototype, "ne", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], IntFilterInput.prototype, "gt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], IntFilterInput.prototype, "ge", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], IntFilterInput.prototype, "lt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], IntFilterInput.prototype, "le", void 0);
exports.IntFilterInput = IntFilterInput = __decorate([
    (0, type_graphql_1.InputType)('IntFilterInput')
], IntFilterInput);
let IdFilterInput = class IdFilterInput {
};
exports.IdFilterInput = IdFilterInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], IdFilterInput.prototype, "eq", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], IdFilterInput.prototype, "ne", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.ID], { nullable: true, description: 'Any of these ids.' }),
    __metadata("design:type", Object)
], IdFilterInput.prototype, "in", void 0);
exports.IdFilterInput = IdFilterInput = __decorate([
    (0, type_graphql_1.InputType)('IdFilterInput')
], IdFilterInput);
let OrgRoleFilterInput = class OrgRoleFilterInput {
};
exports.OrgRoleFilterInput = OrgRoleFilterInput;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.OrgRole, { nullable: true }),
    __metadata("design:type", Object)
], OrgRoleFilterInput.prototype, "eq", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.OrgRole, { nullable: true }),
    __metadata("design:type", Object)
], OrgRoleFilterInput.prototype, "ne", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [enums_1.OrgRole], { nullable: true }),
    __metadata("design:type", Object)
], OrgRoleFilterInput.prototype, "in", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: 'true: a role is set; false: none is.' }),
    __metadata("design:type", Object)
], OrgRoleFilterInput.prototype, "present", void 0);
exports.OrgRoleFilterInput = OrgRoleFilterInput = __decorate([
    (0, type_graphql_1.InputType)('OrgRoleFilterInput')
], OrgRoleFilterInput);
//# sourceMappingURL=filter.input.js.map