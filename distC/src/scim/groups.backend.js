"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GROUP_DOCUMENTS = exports.MEMBER_PAGE_SIZE = void 0;
exports.groupsBackend = groupsBackend;
const groups_generated_1 = require("./operations/groups.generated");
/**
 * Members read per query when a group is rendered: the largest page `Team.members` serves. A larger
 * team is read page by page with the member cursor, never in one giant query.
 */
exports.MEMBER_PAGE_SIZE = 1000;
/** The Groups documents, by name, to validate at start-up. */
exports.GROUP_DOCUMENTS = {
    ScimTeamDocument: groups_generated_1.ScimTeamDocument,
    ScimTeamMembersDocument: groups_generated_1.ScimTeamMembersDocument,
    ScimTeamsDocument: groups_generated_1.ScimTeamsDocument,
    ScimCreateTeamDocument: groups_generated_1.ScimCreateTeamDocument,
    ScimReplaceTeamDocument: groups_generated_1.ScimReplaceTeamDocument,
    ScimPatchTeamDocument: groups_generated_1.ScimPatchTeamDocument,
    ScimDeleteTeamDocument: groups_generated_1.ScimDeleteTeamDocument,
};
function groupsBackend(run) {
    const memberPage = exports.MEMBER_PAGE_SIZE;
    return {
        get: async (id, withMembers) => (await run(groups_generated_1.ScimTeamDocument, { id, withMembers, memberPage })).team,
        members: async (id, after) => (await run(groups_generated_1.ScimTeamMembersDocument, { id, after, memberPage })).team.members,
        list: async (variables) => (await run(groups_generated_1.ScimTeamsDocument, { ...variables, memberPage })).teams,
        create: async (input, withMembers) => (await run(groups_generated_1.ScimCreateTeamDocument, { input, withMembers, memberPage })).createTeam,
        replace: async (id, input, ifVersion, withMembers) => (await run(groups_generated_1.ScimReplaceTeamDocument, { id, input, ifVersion, withMembers, memberPage })).replaceTeam,
        change: async (id, input, ifVersion, withMembers) => (await run(groups_generated_1.ScimPatchTeamDocument, { id, input, ifVersion, withMembers, memberPage })).patchTeam,
        remove: async (id) => {
            await run(groups_generated_1.ScimDeleteTeamDocument, { id });
        },
    };
}
//# sourceMappingURL=groups.backend.js.map