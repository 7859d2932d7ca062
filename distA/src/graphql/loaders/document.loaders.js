"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.documentLoaders = void 0;
const dataloader_1 = __importDefault(require("dataloader"));
const batch_1 = require("./batch");
const context_1 = require("../../domain/context");
const document_service_1 = require("../../domain/document/document.service");
/** The document slice's loaders, each built for one request from its context. */
exports.documentLoaders = {
    /** The documents a user owns, oldest first; one query for N users. */
    documentsByOwner: (ctx) => new dataloader_1.default(async (owners) => {
        const byOwner = await (0, document_service_1.documentsOfOwners)(ctx, owners);
        return owners.map((o) => byOwner.get(o.id) ?? []);
    }, { cacheKeyFn: context_1.tenantKeyOf, maxBatchSize: batch_1.MAX_BATCH_SIZE }),
};
//# sourceMappingURL=document.loaders.js.map