"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateDocuments = validateDocuments;
const graphql_1 = require("graphql");
/**
 * Validates the façade's documents against the schema. Meant for start-up: an invalid document
 * throws, naming it, so a façade that drifted from the schema never starts serving.
 */
function validateDocuments(schema, documents) {
    for (const [name, document] of Object.entries(documents)) {
        const problems = (0, graphql_1.validate)(schema, document);
        if (problems.length > 0)
            throw new Error(`GraphQL document ${name} is invalid: ${problems.map((p) => p.message).join('; ')}`);
    }
}
//# sourceMappingURL=execute.js.map