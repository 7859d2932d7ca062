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
exports.DocumentResolver = void 0;
const type_graphql_1 = require("type-graphql");
const document_transfer_service_1 = require("../../domain/document/document-transfer.service");
const document_service_1 = require("../../domain/document/document.service");
const connection_1 = require("../common/connection");
const user_mapper_1 = require("../user/user.mapper");
const user_type_1 = require("../user/user.type");
const document_input_1 = require("./document.input");
const document_mapper_1 = require("./document.mapper");
const document_type_1 = require("./document.type");
let DocumentsArgs = class DocumentsArgs {
};
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], DocumentsArgs.prototype, "ownerId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true }),
    __metadata("design:type", Object)
], DocumentsArgs.prototype, "awaitingReassignment", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { defaultValue: connection_1.DEFAULT_CONNECTION_SIZE }),
    __metadata("design:type", Number)
], DocumentsArgs.prototype, "first", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'endCursor of the previous page.' }),
    __metadata("design:type", Object)
], DocumentsArgs.prototype, "after", void 0);
DocumentsArgs = __decorate([
    (0, type_graphql_1.ArgsType)()
], DocumentsArgs);
let DocumentResolver = class DocumentResolver {
    async document(ctx, id) {
        return (0, document_mapper_1.toDocumentType)(await (0, document_service_1.getDocument)(ctx, id));
    }
    async documents(ctx, args) {
        return (0, connection_1.toConnection)(document_type_1.DocumentConnection, await (0, document_service_1.listDocuments)(ctx, args), document_mapper_1.toDocumentType);
    }
    async owner(document, ctx) {
        const user = await ctx.loaders.userById.load(document.ownerId);
        return user ? (0, user_mapper_1.toUserType)(user) : null;
    }
    async createDocument(ctx, input) {
        return (0, document_mapper_1.toDocumentType)(await (0, document_service_1.createDocument)(ctx, input));
    }
    async reassignDocuments(ctx, toUserId, documentIds, fromUserId) {
        return (await (0, document_transfer_service_1.moveDocuments)(ctx, { documentIds, fromUserId, toUserId })).map(document_mapper_1.toDocumentType);
    }
};
exports.DocumentResolver = DocumentResolver;
__decorate([
    (0, type_graphql_1.Authorized)('READ'),
    (0, type_graphql_1.Query)(() => document_type_1.DocumentType, { description: 'A document by id; NOT_FOUND when the token cannot see it.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], DocumentResolver.prototype, "document", null);
__decorate([
    (0, type_graphql_1.Authorized)('READ'),
    (0, type_graphql_1.Query)(() => document_type_1.DocumentConnection, { description: 'Documents, oldest first.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Args)(() => DocumentsArgs)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, DocumentsArgs]),
    __metadata("design:returntype", Promise)
], DocumentResolver.prototype, "documents", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_type_1.UserType, { nullable: true, description: 'The owner; null only once the owner has been deleted.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [document_type_1.DocumentType, Object]),
    __metadata("design:returntype", Promise)
], DocumentResolver.prototype, "owner", null);
__decorate([
    (0, type_graphql_1.Authorized)('WRITE'),
    (0, type_graphql_1.Mutation)(() => document_type_1.DocumentType),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => document_input_1.CreateDocumentInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, document_input_1.CreateDocumentInput]),
    __metadata("design:returntype", Promise)
], DocumentResolver.prototype, "createDocument", null);
__decorate([
    (0, type_graphql_1.Authorized)('ORG_ADMIN'),
    (0, type_graphql_1.Mutation)(() => [document_type_1.DocumentType], {
        description: "Moves documents to toUserId (an active user): the listed documentIds, or the documents of fromUserId (a deleted user's too), at most 1,000 per call (the oldest first: call again for the rest). Audited, in one transaction; they are no longer awaiting reassignment. Returns the documents moved.",
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('toUserId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('documentIds', () => [type_graphql_1.ID], { nullable: true })),
    __param(3, (0, type_graphql_1.Arg)('fromUserId', () => type_graphql_1.ID, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Object, Object]),
    __metadata("design:returntype", Promise)
], DocumentResolver.prototype, "reassignDocuments", null);
exports.DocumentResolver = DocumentResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => document_type_1.DocumentType)
], DocumentResolver);
//# sourceMappingURL=document.resolver.js.map