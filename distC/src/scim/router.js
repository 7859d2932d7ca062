"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createScimRouter = createScimRouter;
const express_1 = __importDefault(require("express"));
const input_guard_1 = require("../common/input-guard");
const allowed_methods_1 = require("./allowed-methods");
const backend_1 = require("./backend");
const errors_1 = require("./errors");
const execute_1 = require("./execute");
const groups_backend_1 = require("./groups.backend");
const respond_1 = require("./respond");
const users_backend_1 = require("./users.backend");
/** RFC 7644 §3.1: both media types, with or without charset. */
const JSON_TYPES = ['application/json', 'application/scim+json', 'application/*+json'];
function authenticate(deps) {
    return async (req, res, next) => {
        (0, backend_1.attachBackend)(res, (0, backend_1.createBackend)(deps.execute, await deps.createContext(req)));
        next();
    };
}
/**
 * Every string of the query and the body is Unicode without NUL, and the body nests at most
 * MAX_INPUT_DEPTH levels: 400 naming the attribute otherwise (invalidValue; invalidSyntax for
 * nesting, RFC 7644 §3.12), before any handler reads them.
 */
function checkInput(req, _res, next) {
    const query = (0, input_guard_1.findInputFault)(req.query);
    if (query)
        throw new errors_1.ScimError(400, 'invalidValue', `Query parameter ${(0, input_guard_1.describeInputFault)(query, 'the query')}`);
    const body = (0, input_guard_1.findInputFault)(req.body);
    if (body)
        throw new errors_1.ScimError(400, body.problem === 'depth' ? 'invalidSyntax' : 'invalidValue', (0, input_guard_1.describeInputFault)(body, 'The request body'));
    next();
}
/**
 * A request no route took: 405 with `Allow` when its path exists for other methods (RFC 9110
 * §15.5.6; `PUT /Users`, `POST /Users/{id}`), else 404. Sent, not thrown, like /Bulk's 501: a
 * refusal we chose is no server failure.
 */
function unrouted(allowed) {
    return (req, res) => {
        const methods = allowed(req.path);
        if (methods.length === 0)
            throw new errors_1.ScimError(404, undefined, `No SCIM endpoint ${req.method} ${req.path}`);
        const error = new errors_1.ScimError(405, undefined, `${req.path} does not support ${req.method}; it supports ${methods.join(', ')}`);
        (0, respond_1.sendScim)(res, 405, (0, errors_1.toScimErrorBody)(error), { Allow: methods.join(', ') });
    };
}
function renderErrors(deps) {
    return (error, req, res, _next) => {
        const scimError = (0, errors_1.toScimError)(error);
        if (scimError.status >= 500 && scimError.status !== 503)
            deps.reportError(error, req);
        // A response already under way cannot become an error body: cut it, so the client sees it failed.
        if (res.headersSent) {
            res.destroy();
            return;
        }
        const headers = {};
        if (scimError.retryAfter !== undefined)
            headers['Retry-After'] = String(scimError.retryAfter);
        if (scimError.status === 401)
            headers['WWW-Authenticate'] = 'Bearer realm="scim"';
        (0, respond_1.sendScim)(res, scimError.status, (0, errors_1.toScimErrorBody)(scimError), headers);
    };
}
/**
 * The SCIM 2.0 door, mounted at `/scim/v2`: authenticates a `scim` token, parses SCIM bodies,
 * hands each resource's routes the dependencies, and renders every failure as a SCIM Error.
 * Paths are matched case-insensitively (`/users` = `/Users`), trailing slashes tolerated.
 */
function createScimRouter(deps, resources) {
    (0, execute_1.validateDocuments)(deps.schema, { ...users_backend_1.USER_DOCUMENTS, ...groups_backend_1.GROUP_DOCUMENTS });
    const router = express_1.default.Router({ caseSensitive: false, strict: false });
    router.use(authenticate(deps));
    router.use(express_1.default.json({ type: JSON_TYPES, limit: deps.maxBodyBytes }));
    router.use(checkInput);
    for (const routes of resources)
        routes(router, deps);
    router.use(unrouted((0, allowed_methods_1.allowedMethods)(router)));
    router.use(renderErrors(deps));
    return router;
}
//# sourceMappingURL=router.js.map