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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.UserResolver = exports.UserConnection = void 0;
const type_graphql_1 = require("type-graphql");
const user_lifecycle_service_1 = require("../../domain/user/user-lifecycle.service");
const user_role_service_1 = require("../../domain/user/user-role.service");
const user_query_1 = require("../../domain/user/user.query");
const user_service_1 = require("../../domain/user/user.service");
const connection_1 = require("../common/connection");
const selection_1 = require("../common/selection");
const enums_1 = require("../common/enums");
const user_filter_input_1 = require("./user-filter.input");
const user_input_1 = require("./user.input");
const user_mapper_1 = require("./user.mapper");
const user_type_1 = require("./user.type");
let UserConnection = class UserConnection extends (0, connection_1.Connection)(user_type_1.UserType) {
};
exports.UserConnection = UserConnection;
exports.UserConnection = UserConnection = __decorate([
    (0, type_graphql_1.ObjectType)('UserConnection', { simpleResolvers: true })
], UserConnection);
let UsersArgs = class UsersArgs extends connection_1.PageArgs {
};
__decorate([
    (0, type_graphql_1.Field)(() => user_filter_input_1.UserFilterInput, { nullable: true }),
    __metadata("design:type", Object)
], UsersArgs.prototype, "filter", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => user_filter_input_1.UserOrderInput, { nullable: true, description: 'Default: by creation time, oldest first.' }),
    __metadata("design:type", Object)
], UsersArgs.prototype, "orderBy", void 0);
UsersArgs = __decorate([
    (0, type_graphql_1.ArgsType)()
], UsersArgs);
/**
 * What a read of users brings along in its own statement: the contacts and the teams when the
 * client selected them (else their loaders would read them, a statement each).
 */
const includedBy = (fields) => ({
    contacts: fields.has('emails') || fields.has('phoneNumbers'),
    teams: fields.has('teams'),
});
/** Maps users read with what they included, priming the loaders their relation fields resolve through. */
function primed(ctx, user) {
    if (user.contacts)
        ctx.loaders.contactsByUser.prime(user, user.contacts);
    if (user.teams)
        ctx.loaders.teamsByUser.prime(user, user.teams);
    return (0, user_mapper_1.toUserType)(user);
}
let UserResolver = class UserResolver {
    async user(ctx, id, info) {
        return primed(ctx, await (0, user_service_1.getUser)(ctx, id, includedBy((0, selection_1.selectedFields)(info))));
    }
    async users(ctx, args, info) {
        const request = {
            filter: args.filter,
            sort: args.orderBy?.field ?? user_filter_input_1.UserSortField.CREATED_AT,
            descending: args.orderBy?.direction === 'DESC',
            ...(0, connection_1.pageRequestOf)(args),
        };
        return (0, connection_1.toConnection)(UserConnection, await (0, user_query_1.listUsers)(ctx, request, includedBy((0, selection_1.selectedFields)(info, ['nodes']))), (user) => primed(ctx, user));
    }
    async createUser(ctx, input) {
        return (0, user_mapper_1.toWrittenUserType)(await (0, user_service_1.createUser)(ctx, input));
    }
    async replaceUser(ctx, id, input, ifVersion) {
        return (0, user_mapper_1.toWrittenUserType)(await (0, user_service_1.replaceUser)(ctx, id, input, { ifVersion }));
    }
    async updateUser(ctx, id, input, ifVersion, listsAsRead) {
        return (0, user_mapper_1.toWrittenUserType)(await (0, user_service_1.updateUser)(ctx, id, input, { ifVersion, listsAsRead: listsAsRead ?? undefined }));
    }
    async deactivateUser(ctx, id) {
        return (0, user_mapper_1.toUserType)(await (0, user_lifecycle_service_1.deactivateUser)(ctx, id));
    }
    async reactivateUser(ctx, id) {
        return (0, user_mapper_1.toUserType)(await (0, user_lifecycle_service_1.reactivateUser)(ctx, id));
    }
    async deleteUser(ctx, id) {
        await (0, user_lifecycle_service_1.deleteUser)(ctx, id);
        return id;
    }
    async setUserRole(ctx, userId, role) {
        return (0, user_mapper_1.toUserType)(await (0, user_role_service_1.setUserRole)(ctx, userId, role ?? null));
    }
};
exports.UserResolver = UserResolver;
__decorate([
    (0, type_graphql_1.Authorized)('READ'),
    (0, type_graphql_1.Query)(() => user_type_1.UserType, { description: 'A user by id; NOT_FOUND when the token cannot see it or it was deleted.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Object]),
    __metadata("design:returntype", Promise)
], UserResolver.prototype, "user", null);
__decorate([
    (0, type_graphql_1.Authorized)('READ'),
    (0, type_graphql_1.Query)(() => UserConnection, { description: 'Users, filtered, sorted and paged in the database.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Args)(() => UsersArgs)),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, UsersArgs, Object]),
    __metadata("design:returntype", Promise)
], UserResolver.prototype, "users", null);
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => user_type_1.UserType, { description: 'Creates a user; ALREADY_EXISTS when the userName is taken (in any case).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => user_input_1.UserInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, user_input_1.UserInput]),
    __metadata("design:returntype", Promise)
], UserResolver.prototype, "createUser", null);
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => user_type_1.UserType, {
        description: 'Replaces a user (SCIM PUT): attributes omitted are cleared. With ifVersion, PRECONDITION_FAILED unless the user is at that version.',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('input', () => user_input_1.UserInput)),
    __param(3, (0, type_graphql_1.Arg)('ifVersion', () => type_graphql_1.Int, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, user_input_1.UserInput, Object]),
    __metadata("design:returntype", Promise)
], UserResolver.prototype, "replaceUser", null);
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => user_type_1.UserType, {
        description: 'Changes some attributes: omitted stay, null clears. ifVersion as for replaceUser. A list of input also named in listsAsRead ' +
            '(the lists as the client read them) is merged into the current list: what the client removed goes, what it added is added, ' +
            'entries others wrote meanwhile stay. The change is applied to the row locked for the write, so it never fails for a write that landed after the read.',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('input', () => user_input_1.UserPatchInput)),
    __param(3, (0, type_graphql_1.Arg)('ifVersion', () => type_graphql_1.Int, { nullable: true })),
    __param(4, (0, type_graphql_1.Arg)('listsAsRead', () => user_input_1.UserListsInput, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, user_input_1.UserPatchInput, Object, Object]),
    __metadata("design:returntype", Promise)
], UserResolver.prototype, "updateUser", null);
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => user_type_1.UserType, { description: 'Removes the user from every team and hands their documents on; a no-op when already inactive.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], UserResolver.prototype, "deactivateUser", null);
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => user_type_1.UserType, { description: 'Reactivates a user with the same id; a no-op when already active.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], UserResolver.prototype, "reactivateUser", null);
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => type_graphql_1.ID, { description: 'Deactivates, then deletes a user (its userName becomes free); returns its id.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], UserResolver.prototype, "deleteUser", null);
__decorate([
    (0, type_graphql_1.Authorized)('ORG_ADMIN'),
    (0, type_graphql_1.Mutation)(() => user_type_1.UserType, {
        description: "Sets (null clears) a user's manual role. It takes effect at once for a user no IdP provisioned, and for every user while the organization's roleManualOverride is on; setting one on an IdP-provisioned user with the override off is FORBIDDEN.",
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('userId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('role', () => enums_1.OrgRole, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Object]),
    __metadata("design:returntype", Promise)
], UserResolver.prototype, "setUserRole", null);
exports.UserResolver = UserResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => user_type_1.UserType)
], UserResolver);
//# sourceMappingURL=user.resolver.js.map