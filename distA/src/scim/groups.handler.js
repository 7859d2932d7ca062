"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.groupRoutes = void 0;
exports.createGroupLister = createGroupLister;
exports.createGroupRoutes = createGroupRoutes;
const backend_1 = require("./backend");
const list_request_1 = require("./list-request");
const group_list_1 = require("./mapping/group-list");
const group_patch_1 = require("./mapping/group-patch");
const group_mapper_1 = require("./mapping/group.mapper");
const list_query_1 = require("./mapping/list-query");
const list_response_1 = require("./mapping/list-response");
const patch_1 = require("./patch");
const paging_1 = require("./paging");
const projection_1 = require("./projection");
const resource_request_1 = require("./resource-request");
const respond_1 = require("./respond");
const schemas_1 = require("./schemas");
/** Whether a response with this projection shows `members`, so they are worth reading. */
const showsMembers = (projection) => (0, resource_request_1.shows)(projection, schemas_1.CORE_GROUP, 'members');
/** A group's current version, for an If-Match checked before a write or delete that reads nothing else. */
const versionOf = async (groups, id) => (await groups.get(id, false)).version;
/** A team's whole member list, read page by page with the member cursor; null when members were not selected. */
async function membersOf(backend, team) {
    if (!team.members)
        return null;
    const members = [...team.members.nodes];
    let page = team.members.pageInfo;
    while (page.hasNextPage && page.endCursor) {
        const next = await backend.groups.members(team.id, page.endCursor);
        members.push(...next.nodes);
        page = next.pageInfo;
    }
    return members;
}
/** A team as the response shows it: the SCIM Group, projected, with its whole member list when shown. */
async function renderGroup(backend, team, projection, baseUrl) {
    return (0, projection_1.project)((0, group_mapper_1.toScimGroup)(team, await membersOf(backend, team), baseUrl), projection, []);
}
/** One page of groups for `GET /Groups`, `POST /Groups/.search` and the root `POST /.search`. */
function createGroupLister(baseUrl) {
    return async (backend, query, paged, projection) => {
        const teams = await backend.groups.list({ ...(0, group_list_1.groupListVariables)(query), ...paged, withMembers: showsMembers(projection) });
        const resources = [];
        for (const team of teams.nodes)
            resources.push(await renderGroup(backend, team, projection, baseUrl));
        return { totalResults: teams.totalCount ?? 0, resources, ...teams.pageInfo };
    };
}
/**
 * RFC 7644 §3.5.2 as one write. Membership goes as deltas that never read the member list (the one
 * named exception). Any other operation is applied to the group's SCIM representation, read once,
 * and only the fields it changed are written. A Group's attribute operations set `displayName` and
 * `externalId` whatever they were before, so without If-Match the write needs no guard: racing
 * PATCHes land one after the other, as if serialised on the row, and none answers 412. With
 * If-Match the write is guarded by the one of its versions the group is at (none: 412). A PATCH
 * that changes no field (Okta echoes the name and id with every member push:
 * okta/27-push-member-add.json) writes only its member deltas; one without other operations reads
 * nothing at all.
 */
async function patchGroup(backend, id, changes, expected, withMembers) {
    const members = (0, group_patch_1.memberInput)(changes);
    if (changes.attributeOps.length === 0 && expected === undefined)
        return backend.groups.change(id, members, null, withMembers);
    const team = await backend.groups.get(id, false);
    const guard = (0, resource_request_1.matchedVersion)(expected, team.version);
    const fields = (0, group_patch_1.changedFields)(team, (0, group_mapper_1.groupFieldsOf)((0, patch_1.applyPatchOperations)((0, group_mapper_1.toScimGroup)(team, null, ''), changes.attributeOps, schemas_1.GROUP_CATALOGUE)));
    return backend.groups.change(id, { ...fields, ...members }, guard ?? null, withMembers);
}
/** The `/Groups` routes (RFC 7644 §3.2–§3.6) over teams: SCIM in, typed GraphQL calls through the request's backend, SCIM out. */
function createGroupRoutes(deps) {
    const fetch = createGroupLister(deps.baseUrl);
    async function sendGroup(res, status, team, projection, headers = {}) {
        (0, respond_1.sendScim)(res, status, await renderGroup((0, backend_1.backendOf)(res), team, projection, deps.baseUrl), { ETag: (0, respond_1.weakEtag)(team.version), ...headers });
    }
    return {
        /** GET /Groups and POST /Groups/.search (RFC 7644 §3.4.2, §3.4.3). */
        async list(req, res) {
            const request = (0, list_request_1.listRequestOf)(req);
            const page = await (0, paging_1.listPage)((0, backend_1.backendOf)(res), request, (0, list_query_1.listQueryOf)(schemas_1.GROUP_CATALOGUE, request), fetch);
            (0, respond_1.sendScim)(res, 200, (0, list_response_1.toListResponse)(request, page));
        },
        /** `excludedAttributes=members` reads no membership (entra/26-get-group-excluding-members.json). */
        async get(req, res) {
            const projection = (0, resource_request_1.projectionOf)(req);
            await sendGroup(res, 200, await (0, backend_1.backendOf)(res).groups.get((0, resource_request_1.idOf)(req), showsMembers(projection)), projection);
        },
        /**
         * RFC 7644 §3.3: 201 with the group, `Location` and `ETag`; a displayName taken in any case is 409
         * uniqueness (okta/23-push-group-duplicate.json, entra/22-create-duplicate-group.json).
         */
        async create(req, res) {
            const projection = (0, resource_request_1.projectionOf)(req);
            const { memberIds, ...fields } = (0, group_mapper_1.readGroupBody)(req.body);
            const team = await (0, backend_1.backendOf)(res).groups.create({ ...fields, memberIds: memberIds ?? [] }, showsMembers(projection));
            await sendGroup(res, 201, team, projection, { Location: `${deps.baseUrl}/Groups/${team.id}` });
        },
        /**
         * RFC 7644 §3.5.1: the body replaces the group, its member list included (Okta AIW apps push every
         * change this way: okta/32-aiw-put-members.json). A body without `members` leaves the membership as
         * it is: a client that read the group with `excludedAttributes=members` must not empty it by
         * writing it back.
         */
        async replace(req, res) {
            const projection = (0, resource_request_1.projectionOf)(req);
            const { memberIds, ...fields } = (0, group_mapper_1.readGroupBody)(req.body, (0, resource_request_1.idOf)(req));
            const { groups } = (0, backend_1.backendOf)(res);
            const ifVersion = await (0, resource_request_1.guardVersion)((0, resource_request_1.expectedVersions)(req), () => versionOf(groups, (0, resource_request_1.idOf)(req)));
            const withMembers = showsMembers(projection);
            const team = memberIds === null
                ? await groups.change((0, resource_request_1.idOf)(req), fields, ifVersion, withMembers)
                : await groups.replace((0, resource_request_1.idOf)(req), { ...fields, memberIds }, ifVersion, withMembers);
            await sendGroup(res, 200, team, projection);
        },
        /**
         * RFC 7644 §3.5.2. 204 unless the client asks for attributes, as Entra expects of group PATCHes.
         * Shapes: okta/26…30, entra/27…31 (Entra's `Remove` with a value array removes only the listed
         * members: entra/30-remove-member-value-array.json).
         */
        async patch(req, res) {
            const changes = (0, patch_1.groupPatchToMemberChanges)(req.body, schemas_1.GROUP_CATALOGUE);
            const projection = (0, resource_request_1.projectionOf)(req);
            const respond = (0, resource_request_1.asksForAttributes)(projection);
            const team = await patchGroup((0, backend_1.backendOf)(res), (0, resource_request_1.idOf)(req), changes, (0, resource_request_1.expectedVersions)(req), respond && showsMembers(projection));
            if (respond)
                await sendGroup(res, 200, team, projection);
            else
                (0, respond_1.sendScim)(res, 204, undefined, { ETag: (0, respond_1.weakEtag)(team.version) });
        },
        /** RFC 7644 §3.6: 204; the team and its memberships go (its audit history stays). */
        async remove(req, res) {
            const { groups } = (0, backend_1.backendOf)(res);
            await (0, resource_request_1.deleteChecked)(req, res, () => versionOf(groups, (0, resource_request_1.idOf)(req)), () => groups.remove((0, resource_request_1.idOf)(req)));
        },
    };
}
/** Registers `/Groups` on the SCIM router. */
const groupRoutes = (router, deps) => {
    (0, resource_request_1.mountResource)(router, '/Groups', createGroupRoutes(deps));
};
exports.groupRoutes = groupRoutes;
//# sourceMappingURL=groups.handler.js.map