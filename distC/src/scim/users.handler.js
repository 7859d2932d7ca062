"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.userRoutes = void 0;
exports.createUserLister = createUserLister;
exports.createUserRoutes = createUserRoutes;
const backend_1 = require("./backend");
const list_request_1 = require("./list-request");
const list_query_1 = require("./mapping/list-query");
const list_response_1 = require("./mapping/list-response");
const user_body_1 = require("./mapping/user-body");
const user_list_1 = require("./mapping/user-list");
const user_patch_1 = require("./mapping/user-patch");
const user_mapper_1 = require("./mapping/user.mapper");
const paging_1 = require("./paging");
const patch_1 = require("./patch");
const projection_1 = require("./projection");
const resource_request_1 = require("./resource-request");
const respond_1 = require("./respond");
const schemas_1 = require("./schemas");
const EXTENSION_URNS = [schemas_1.ENTERPRISE_USER, schemas_1.ROLE_EXTENSION];
/** Whether the response shows the top-level User attribute `name` (lower-case), so it is worth reading. */
const shows = (projection, name) => (0, resource_request_1.shows)(projection, schemas_1.CORE_USER, name);
/** One page of users rendered as /Users renders them, for `GET /Users`, `POST /Users/.search` and the root `POST /.search`. */
function createUserLister(baseUrl) {
    return async (backend, query, paged, projection) => {
        const users = await backend.users.list({ ...(0, user_list_1.userListVariables)(query), ...paged, withGroups: shows(projection, 'groups') });
        const resources = users.nodes.map((user) => (0, projection_1.project)((0, user_mapper_1.toScimUser)(user, baseUrl), projection, EXTENSION_URNS));
        return { totalResults: users.totalCount ?? 0, resources, ...users.pageInfo };
    };
}
/** The `/Users` routes (RFC 7644 §3.2–§3.6): SCIM in, typed GraphQL calls through the request's backend, SCIM out. */
function createUserRoutes(deps) {
    const fetch = createUserLister(deps.baseUrl);
    function sendUser(res, status, user, projection, headers = {}) {
        const resource = (0, projection_1.project)((0, user_mapper_1.toScimUser)(user, deps.baseUrl), projection, EXTENSION_URNS);
        (0, respond_1.sendScim)(res, status, resource, { ETag: (0, respond_1.weakEtag)(user.version), ...headers });
    }
    /**
     * RFC 7644 §3.5.2: read, apply every operation to the SCIM resource, and send what changed as one
     * `updateUser`, which applies it to the row it locks for the write (`SELECT … FOR UPDATE`), so the
     * PATCH is all or nothing and serialises on the row. A write that lands between our read and our
     * update is kept, not a reason for 412: without If-Match a PATCH never answers 412 (RFC 7644
     * §3.14). With If-Match, 412 exactly when the user is at none of the versions it names. A PATCH
     * that changes nothing writes nothing: a repeated deactivate keeps its version
     * (okta/09-repeat-deactivate.json).
     */
    async function patchUser(backend, id, body, expected, withGroups) {
        const operations = (0, patch_1.parsePatchRequest)(body);
        const user = await backend.users.get(id, false);
        const guard = (0, resource_request_1.matchedVersion)(expected, user.version);
        const resource = (0, user_mapper_1.toScimUser)(user, deps.baseUrl);
        const change = (0, user_patch_1.userChangeOf)((0, user_mapper_1.toUserInput)(resource), (0, user_mapper_1.toUserInput)((0, patch_1.applyPatchOperations)(resource, operations, schemas_1.USER_CATALOGUE)));
        if (!change.changed)
            return withGroups ? backend.users.get(user.id, true) : user;
        return backend.users.update(user.id, change.input, change.listsAsRead, guard ?? null, withGroups);
    }
    return {
        /** GET /Users and POST /Users/.search (RFC 7644 §3.4.2, §3.4.3). */
        async list(req, res) {
            const request = (0, list_request_1.listRequestOf)(req);
            const page = await (0, paging_1.listPage)((0, backend_1.backendOf)(res), request, (0, list_query_1.listQueryOf)(schemas_1.USER_CATALOGUE, request), fetch);
            (0, respond_1.sendScim)(res, 200, (0, list_response_1.toListResponse)(request, page));
        },
        async get(req, res) {
            const projection = (0, resource_request_1.projectionOf)(req);
            sendUser(res, 200, await (0, backend_1.backendOf)(res).users.get((0, resource_request_1.idOf)(req), shows(projection, 'groups')), projection);
        },
        /** RFC 7644 §3.3: 201 with the resource, `Location` and `ETag`; a taken userName is 409 uniqueness. */
        async create(req, res) {
            const projection = (0, resource_request_1.projectionOf)(req);
            const user = await (0, backend_1.backendOf)(res).users.create((0, user_mapper_1.toUserInput)((0, user_body_1.readUserBody)(req.body)), shows(projection, 'groups'));
            sendUser(res, 201, user, projection, { Location: `${deps.baseUrl}/Users/${user.id}` });
        },
        /** RFC 7644 §3.5.1: the body replaces the user; `active` false/true deactivates/reactivates in the domain. */
        async replace(req, res) {
            const projection = (0, resource_request_1.projectionOf)(req);
            const input = (0, user_mapper_1.toUserInput)((0, user_body_1.readUserBody)(req.body, (0, resource_request_1.idOf)(req)));
            const { users } = (0, backend_1.backendOf)(res);
            const ifVersion = await (0, resource_request_1.guardVersion)((0, resource_request_1.expectedVersions)(req), () => users.version((0, resource_request_1.idOf)(req)));
            const user = await users.replace((0, resource_request_1.idOf)(req), input, ifVersion, shows(projection, 'groups'));
            sendUser(res, 200, user, projection);
        },
        async patch(req, res) {
            const projection = (0, resource_request_1.projectionOf)(req);
            const user = await patchUser((0, backend_1.backendOf)(res), (0, resource_request_1.idOf)(req), req.body, (0, resource_request_1.expectedVersions)(req), shows(projection, 'groups'));
            sendUser(res, 200, user, projection);
        },
        /** RFC 7644 §3.6: 204; the user is deactivated, then tombstoned (404 afterwards, userName free). */
        async remove(req, res) {
            const { users } = (0, backend_1.backendOf)(res);
            await (0, resource_request_1.deleteChecked)(req, res, () => users.version((0, resource_request_1.idOf)(req)), () => users.remove((0, resource_request_1.idOf)(req)));
        },
    };
}
/** Registers `/Users` on the SCIM router. */
const userRoutes = (router, deps) => {
    (0, resource_request_1.mountResource)(router, '/Users', createUserRoutes(deps));
};
exports.userRoutes = userRoutes;
//# sourceMappingURL=users.handler.js.map