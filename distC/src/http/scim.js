"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createScimDependencies = createScimDependencies;
const context_1 = require("../graphql/context");
const groups_backend_1 = require("../scim/groups.backend");
const users_backend_1 = require("../scim/users.backend");
const compiled_execute_1 = require("./compiled-execute");
const auth_1 = require("./auth");
const request_id_1 = require("./request-id");
const SCIM_REFUSAL = 'The SCIM endpoint takes scim tokens only';
/**
 * What the SCIM router (mounted at `/scim/v2`) receives: graphql-js `execute` on the one schema,
 * and a context factory that accepts only `scim` tokens and builds the same per-request context
 * Apollo builds (the EntityManager, loaders built on first use, the token's actor, the request id).
 */
function createScimDependencies(input) {
    const { orm, schema, config, logger, now, rateLimiter } = input;
    return {
        schema,
        execute: (0, compiled_execute_1.createCompiledExecute)(schema, [...Object.values(users_backend_1.USER_DOCUMENTS), ...Object.values(groups_backend_1.GROUP_DOCUMENTS)]),
        createContext: async (req) => {
            const actor = await (0, auth_1.requireScope)(orm, req.get('authorization'), ['scim'], SCIM_REFUSAL, { now, rateLimiter });
            return (0, context_1.createContext)({ orm, actor, requestId: (0, request_id_1.requestIdOf)(req), now });
        },
        baseUrl: `${config.publicUrl}/scim/v2`,
        maxBodyBytes: config.maxBodyBytes,
        reportError: (error, req) => logger.error({ err: error, requestId: (0, request_id_1.requestIdOf)(req) }, 'SCIM request failed'),
    };
}
//# sourceMappingURL=scim.js.map