"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.userLoaders = void 0;
const dataloader_1 = __importDefault(require("dataloader"));
const batch_1 = require("./batch");
const context_1 = require("../../domain/context");
const organization_service_1 = require("../../domain/organization/organization.service");
const user_role_service_1 = require("../../domain/user/user-role.service");
const user_store_1 = require("../../domain/user/user.store");
/** Keys by id: every row of `rows` whose id is asked for, null for the rest. */
const byId = (keys, rows) => {
    const map = new Map(rows.map((row) => [row.id, row]));
    return keys.map((key) => map.get(key.toLowerCase()) ?? null);
};
async function loadGrants(ctx, users) {
    const grants = new Map();
    for (const [organizationId, ids] of (0, context_1.visibleIdsByOrganization)(ctx, users)) {
        for (const [id, grant] of await (0, user_role_service_1.teamGrants)(ctx, organizationId, ids))
            grants.set((0, context_1.tenantKeyOf)({ organizationId, id }), grant);
    }
    return users.map((user) => grants.get((0, context_1.tenantKeyOf)(user)) ?? null);
}
/**
 * The user slice's loaders, each built for one request from its context. Every read is scoped to the actor's organization;
 * deleted users load as null.
 */
exports.userLoaders = {
    userById: (ctx) => new dataloader_1.default(async (ids) => byId(ids, await (0, user_store_1.findUsersByIds)(ctx, ids)), { maxBatchSize: batch_1.MAX_BATCH_SIZE }),
    /** A user's emails and phone numbers, in written order (`kind` tells them apart). */
    contactsByUser: (ctx) => new dataloader_1.default(async (users) => {
        const lists = await (0, user_store_1.contactsOfUsers)(ctx, users);
        return users.map((user) => lists.get((0, context_1.tenantKeyOf)(user)) ?? []);
    }, { cacheKeyFn: context_1.tenantKeyOf, maxBatchSize: batch_1.MAX_BATCH_SIZE }),
    /** The highest org role a user's teams grant; null when none does. */
    teamGrantByUser: (ctx) => new dataloader_1.default((users) => loadGrants(ctx, users), { cacheKeyFn: context_1.tenantKeyOf, maxBatchSize: batch_1.MAX_BATCH_SIZE }),
    organizationById: (ctx) => new dataloader_1.default(async (ids) => byId(ids, await (0, organization_service_1.findOrganizationsByIds)(ctx, ids)), { maxBatchSize: batch_1.MAX_BATCH_SIZE }),
};
//# sourceMappingURL=user.loaders.js.map