"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.USER_DOCUMENTS = void 0;
exports.usersBackend = usersBackend;
const users_generated_1 = require("./operations/users.generated");
/** The Users documents, by name, to validate at start-up. */
exports.USER_DOCUMENTS = {
    ScimUserDocument: users_generated_1.ScimUserDocument,
    ScimUserVersionDocument: users_generated_1.ScimUserVersionDocument,
    ScimUsersDocument: users_generated_1.ScimUsersDocument,
    ScimCreateUserDocument: users_generated_1.ScimCreateUserDocument,
    ScimReplaceUserDocument: users_generated_1.ScimReplaceUserDocument,
    ScimUpdateUserDocument: users_generated_1.ScimUpdateUserDocument,
    ScimDeleteUserDocument: users_generated_1.ScimDeleteUserDocument,
};
function usersBackend(run) {
    return {
        get: async (id, withGroups) => (await run(users_generated_1.ScimUserDocument, { id, withGroups })).user,
        version: async (id) => (await run(users_generated_1.ScimUserVersionDocument, { id })).user.version,
        list: async (variables) => (await run(users_generated_1.ScimUsersDocument, variables)).users,
        create: async (input, withGroups) => (await run(users_generated_1.ScimCreateUserDocument, { input, withGroups })).createUser,
        replace: async (id, input, ifVersion, withGroups) => (await run(users_generated_1.ScimReplaceUserDocument, { id, input, ifVersion, withGroups })).replaceUser,
        update: async (id, input, listsAsRead, ifVersion, withGroups) => (await run(users_generated_1.ScimUpdateUserDocument, { id, input, listsAsRead, ifVersion, withGroups })).updateUser,
        remove: async (id) => {
            await run(users_generated_1.ScimDeleteUserDocument, { id });
        },
    };
}
//# sourceMappingURL=users.backend.js.map