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
exports.PageArgs = exports.DEFAULT_CONNECTION_SIZE = exports.PageInfoType = void 0;
exports.pageRequestOf = pageRequestOf;
exports.Connection = Connection;
exports.toConnection = toConnection;
const type_graphql_1 = require("type-graphql");
let PageInfoType = class PageInfoType {
};
exports.PageInfoType = PageInfoType;
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Boolean)
], PageInfoType.prototype, "hasNextPage", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Boolean)
], PageInfoType.prototype, "hasPreviousPage", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Cursor of the first node: pass it as `before` (with `last`) for the previous page.' }),
    __metadata("design:type", Object)
], PageInfoType.prototype, "startCursor", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Cursor of the last node: pass it as `after` for the next page.' }),
    __metadata("design:type", Object)
], PageInfoType.prototype, "endCursor", void 0);
exports.PageInfoType = PageInfoType = __decorate([
    (0, type_graphql_1.ObjectType)('PageInfo', { simpleResolvers: true })
], PageInfoType);
/** Page size of a connection when neither `first` nor `last` is given. */
exports.DEFAULT_CONNECTION_SIZE = 50;
/**
 * Paging arguments of the list connections, as Relay has them: `first`/`after` pages forward,
 * `last`/`before` backward, `offset` skips rows (index paging, forward only).
 */
let PageArgs = class PageArgs {
};
exports.PageArgs = PageArgs;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: `Page size counted forward, at most 1000; ${exports.DEFAULT_CONNECTION_SIZE} when neither first nor last is given.` }),
    __metadata("design:type", Object)
], PageArgs.prototype, "first", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Page size counted backward from the end, or from before; not with first.' }),
    __metadata("design:type", Object)
], PageArgs.prototype, "last", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'endCursor of the previous page: the page starts after it.' }),
    __metadata("design:type", Object)
], PageArgs.prototype, "after", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'startCursor of the next page: the page ends before it.' }),
    __metadata("design:type", Object)
], PageArgs.prototype, "before", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Rows to skip (index paging); not combined with after, before or last.' }),
    __metadata("design:type", Object)
], PageArgs.prototype, "offset", void 0);
exports.PageArgs = PageArgs = __decorate([
    (0, type_graphql_1.ArgsType)()
], PageArgs);
/** The domain's page request for connection arguments, with the default page size applied. */
function pageRequestOf(args) {
    return {
        first: args.first ?? (args.last == null ? exports.DEFAULT_CONNECTION_SIZE : null),
        last: args.last,
        after: args.after,
        before: args.before,
        offset: args.offset,
    };
}
/**
 * The base of a connection type `{ totalCount, nodes, pageInfo }` over `nodeType`; declare
 * `@ObjectType('UserConnection', { simpleResolvers: true }) class UserConnection extends Connection(UserType) {}`.
 * `totalCount` runs its COUNT query only when a client selects it.
 */
function Connection(nodeType) {
    let ConnectionBase = class ConnectionBase {
        totalCount() {
            return this.countTotal();
        }
    };
    __decorate([
        (0, type_graphql_1.Field)(() => [nodeType]),
        __metadata("design:type", Array)
    ], ConnectionBase.prototype, "nodes", void 0);
    __decorate([
        (0, type_graphql_1.Field)(() => PageInfoType),
        __metadata("design:type", PageInfoType)
    ], ConnectionBase.prototype, "pageInfo", void 0);
    __decorate([
        (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Nodes matching the filter, on every page together.' }),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", []),
        __metadata("design:returntype", Promise)
    ], ConnectionBase.prototype, "totalCount", null);
    ConnectionBase = __decorate([
        (0, type_graphql_1.ObjectType)({ simpleResolvers: true })
    ], ConnectionBase);
    return ConnectionBase;
}
/** Builds a connection object from a domain page, mapping each entity to its GraphQL type. */
function toConnection(type, page, map) {
    const connection = new type();
    connection.nodes = page.nodes.map(map);
    connection.pageInfo = {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.startCursor,
        endCursor: page.endCursor,
    };
    connection.countTotal = page.totalCount;
    return connection;
}
//# sourceMappingURL=connection.js.map