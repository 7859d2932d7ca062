"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createSchema = createSchema;
exports.printSortedSchema = printSortedSchema;
const graphql_1 = require("graphql");
const type_graphql_1 = require("type-graphql");
const auth_checker_1 = require("./auth-checker");
const errors_1 = require("./errors");
const resolvers_1 = require("./resolvers");
const transaction_1 = require("./transaction");
/**
 * Builds the one schema both doors execute against. Build it once per process. There are no
 * global middlewares: a middleware would wrap every field, plain properties included, in a chain
 * of promises. What must hold for every resolver is applied to the built schema instead: each
 * mutation is a unit of work, and every error leaves with its code.
 */
async function createSchema() {
    const schema = await (0, type_graphql_1.buildSchema)({ resolvers: resolvers_1.RESOLVERS, authChecker: auth_checker_1.authChecker, authMode: 'error', validate: false });
    (0, transaction_1.runMutationsInUnitsOfWork)(schema);
    (0, errors_1.codeResolverErrors)(schema);
    return schema;
}
/** The SDL as kept in `schema/schema.graphql`: sorted, so diffs show real changes only. */
function printSortedSchema(schema) {
    return `${(0, graphql_1.printSchema)((0, graphql_1.lexicographicSortSchema)(schema))}\n`;
}
//# sourceMappingURL=schema.js.map