"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createBackend = createBackend;
exports.attachBackend = attachBackend;
exports.backendOf = backendOf;
const errors_1 = require("./errors");
const groups_backend_1 = require("./groups.backend");
const users_backend_1 = require("./users.backend");
/** The backend of one request: `execute` bound to the request's context. */
function createBackend(execute, context) {
    const run = async (document, variables) => {
        const result = await execute(document, variables, context);
        if (result.errors?.length)
            throw (0, errors_1.scimErrorFromGraphQLError)(result.errors[0]);
        if (!result.data)
            throw new Error('A GraphQL result without errors holds no data');
        return result.data;
    };
    return { users: (0, users_backend_1.usersBackend)(run), groups: (0, groups_backend_1.groupsBackend)(run) };
}
const backends = new WeakMap();
/** Keeps the request's backend where its handlers find it (`backendOf`). */
function attachBackend(res, backend) {
    backends.set(res, backend);
}
/** The backend the authentication step built for this request. */
function backendOf(res) {
    const backend = backends.get(res);
    if (!backend)
        throw new Error('The SCIM backend is built by the authentication step');
    return backend;
}
//# sourceMappingURL=backend.js.map