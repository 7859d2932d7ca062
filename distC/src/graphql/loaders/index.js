"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createLoaders = createLoaders;
const document_loaders_1 = require("./document.loaders");
const team_loaders_1 = require("./team.loaders");
const user_loaders_1 = require("./user.loaders");
const FACTORIES = { ...user_loaders_1.userLoaders, ...team_loaders_1.teamLoaders, ...document_loaders_1.documentLoaders };
/** Loaders of one request; each is built when first read (a request reads few relations). */
class RequestLoaders {
    constructor(ctx) {
        this.ctx = ctx;
    }
}
for (const [name, factory] of Object.entries(FACTORIES)) {
    Object.defineProperty(RequestLoaders.prototype, name, {
        get() {
            const loader = factory(this.ctx);
            Object.defineProperty(this, name, { value: loader, enumerable: true });
            return loader;
        },
    });
}
/**
 * Every relation field resolves through one of these per-request DataLoaders, so a list of
 * N parents costs one query per relation, not N.
 */
function createLoaders(ctx) {
    // The getters defined on the prototype above give the instance every property of `Loaders`.
    return new RequestLoaders(ctx);
}
//# sourceMappingURL=index.js.map