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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const express_1 = __importDefault(require("express"));
const graphql_1 = require("graphql");
const type_graphql_1 = require("type-graphql");
const floor_http_1 = require("./floor.http");
/**
 * The stack's ceiling: the floor's two statements behind what the stack itself costs, and nothing
 * of scimgraph's. An Express 5 app parses the request (`express.json` for SCIM bodies), and each
 * request runs graphql-js `execute` of a document parsed and validated at start-up on a type-graphql
 * schema of one query and one mutation, whose resolvers call the floor's statements. No auth, no
 * ORM, no contacts, no audit, the floor's hand-built JSON. scimgraph cannot be faster than this
 * without leaving its stack; the bench reports how close it comes.
 */
let CeilingUser = class CeilingUser {
};
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], CeilingUser.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], CeilingUser.prototype, "userName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CeilingUser.prototype, "externalId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CeilingUser.prototype, "givenName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CeilingUser.prototype, "familyName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CeilingUser.prototype, "displayName", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Boolean)
], CeilingUser.prototype, "active", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Date)
], CeilingUser.prototype, "createdAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Date)
], CeilingUser.prototype, "updatedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], CeilingUser.prototype, "version", void 0);
CeilingUser = __decorate([
    (0, type_graphql_1.ObjectType)()
], CeilingUser);
let CeilingUserInput = class CeilingUserInput {
};
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], CeilingUserInput.prototype, "userName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CeilingUserInput.prototype, "externalId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CeilingUserInput.prototype, "givenName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CeilingUserInput.prototype, "familyName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CeilingUserInput.prototype, "displayName", void 0);
__decorate([
    (0, type_graphql_1.Field)({ nullable: true }),
    __metadata("design:type", Boolean)
], CeilingUserInput.prototype, "active", void 0);
CeilingUserInput = __decorate([
    (0, type_graphql_1.InputType)()
], CeilingUserInput);
/** Thrown by the mutation when the userName is taken; the route answers 409. */
class Taken extends Error {
}
let CeilingResolver = class CeilingResolver {
    async users(userName, ctx) {
        return ctx.store.find(ctx.organizationId, userName.toLowerCase());
    }
    async createUser(input, ctx) {
        const user = (0, floor_http_1.newUser)({ externalId: null, givenName: null, familyName: null, displayName: null, active: true, ...input });
        if (!(await ctx.store.insert(ctx.organizationId, user)))
            throw new Taken('userName is taken');
        return user;
    }
};
__decorate([
    (0, type_graphql_1.Query)(() => [CeilingUser]),
    __param(0, (0, type_graphql_1.Arg)('userName')),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], CeilingResolver.prototype, "users", null);
__decorate([
    (0, type_graphql_1.Mutation)(() => CeilingUser),
    __param(0, (0, type_graphql_1.Arg)('input')),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [CeilingUserInput, Object]),
    __metadata("design:returntype", Promise)
], CeilingResolver.prototype, "createUser", null);
CeilingResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], CeilingResolver);
const FIELDS = 'id userName externalId givenName familyName displayName active createdAt updatedAt version';
const FIND = (0, graphql_1.parse)(`query Find($userName: String!) { users(userName: $userName) { ${FIELDS} } }`);
const CREATE = (0, graphql_1.parse)(`mutation Create($input: CeilingUserInput!) { createUser(input: $input) { ${FIELDS} } }`);
const fromRow = (row) => ({ ...row, createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) });
async function run(schema, document, variables, context) {
    const result = await (0, graphql_1.execute)({ schema, document, variableValues: variables, contextValue: context });
    if (result.errors?.length)
        throw result.errors[0].originalError ?? result.errors[0];
    return result.data;
}
function createCeilingApp(schema, store) {
    const app = (0, express_1.default)();
    app.use(express_1.default.json({ type: ['application/json', 'application/scim+json'] }));
    const contextOf = (req) => ({ store, organizationId: String(req.get('x-organization-id')) });
    app.get(floor_http_1.USERS, async (req, res) => {
        const userName = (0, floor_http_1.userNameOf)(req.query.filter);
        if (userName === null)
            return (0, floor_http_1.fail)(res, 400, 'the ceiling reads only filter=userName eq "…"', 'invalidFilter');
        const data = await run(schema, FIND, { userName }, contextOf(req));
        (0, floor_http_1.sendList)(res, data.users.map(fromRow));
    });
    app.post(floor_http_1.USERS, async (req, res) => {
        const input = (0, floor_http_1.userFieldsOf)(req.body);
        if (!input)
            return (0, floor_http_1.fail)(res, 400, 'userName is required', 'invalidValue');
        try {
            (0, floor_http_1.sendCreated)(res, fromRow((await run(schema, CREATE, { input }, contextOf(req))).createUser));
        }
        catch (error) {
            if (error instanceof Taken)
                return (0, floor_http_1.fail)(res, 409, error.message, 'uniqueness');
            throw error;
        }
    });
    return app;
}
(0, floor_http_1.runStoreChild)('ceiling', async (store) => {
    const schema = await (0, type_graphql_1.buildSchema)({ resolvers: [CeilingResolver], validate: false });
    for (const document of [FIND, CREATE]) {
        const errors = (0, graphql_1.validate)(schema, document);
        if (errors.length > 0)
            throw errors[0];
    }
    return createCeilingApp(schema, store);
});
//# sourceMappingURL=ceiling.child.js.map