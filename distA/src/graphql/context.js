"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createContext = createContext;
exports.resetReads = resetReads;
const loaders_1 = require("./loaders");
/**
 * The context of one request: fresh loaders, and the ORM's EntityManager itself rather than a fork
 * of it. Requests reach the database through the domain's prepared statements (query/sql.ts), which
 * need the ORM only for its connection, metadata and driver; forking an EntityManager for each
 * request cost more than the statements. Any entity operation on it would fail (the ORM refuses its
 * global context), so none can slip into a request unnoticed.
 */
function createContext(input) {
    const context = {
        em: input.orm.em,
        actor: input.actor,
        requestId: input.requestId ?? null,
        now: input.now ?? (() => new Date()),
    };
    context.loaders = (0, loaders_1.createLoaders)(context);
    return context;
}
/** Drops every cached read (after a mutation commits, what was cached may be stale). */
function resetReads(context) {
    context.loaders = (0, loaders_1.createLoaders)(context);
}
//# sourceMappingURL=context.js.map