"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.asksForAttributes = exports.idOf = exports.projectionOf = void 0;
exports.shows = shows;
exports.expectedVersions = expectedVersions;
exports.matchedVersion = matchedVersion;
exports.guardVersion = guardVersion;
exports.mountResource = mountResource;
exports.deleteChecked = deleteChecked;
const errors_1 = require("./errors");
const list_request_1 = require("./list-request");
const respond_1 = require("./respond");
/** `attributes` / `excludedAttributes` of a write or a GET by id come from its query string (RFC 7644 §3.9). */
const projectionOf = (req) => (0, list_request_1.parseListRequest)(req.query);
exports.projectionOf = projectionOf;
/** The `{id}` of `/<Resource>/{id}`. */
const idOf = (req) => String(req.params.id);
exports.idOf = idOf;
/** Whether the client named any attributes (a write answered 204 by default then answers 200 with the resource). */
const asksForAttributes = (projection) => projection.attributes.length > 0 || projection.excludedAttributes.length > 0;
exports.asksForAttributes = asksForAttributes;
/**
 * Whether the response shows the top-level attribute `name` (lower-case) of the core schema `coreUrn`,
 * so it is worth reading: `excludedAttributes=members` spares a group's member list.
 */
function shows(projection, coreUrn, name) {
    const core = `${coreUrn.toLowerCase()}:`;
    const named = (list) => list.some((text) => {
        const lower = text.trim().toLowerCase();
        return (lower.startsWith(core) ? lower.slice(core.length) : lower).split(/[.[]/)[0] === name;
    });
    return projection.attributes.length > 0 ? named(projection.attributes) : !named(projection.excludedAttributes);
}
/**
 * The versions an `If-Match` names (RFC 7644 §3.14, RFC 9110 §13.1.1); undefined without one (or
 * with `*`). A header naming no version of ours never matches: 412 before anything is read.
 */
function expectedVersions(req) {
    const versions = (0, respond_1.ifMatchVersions)(req.get('if-match'));
    if (versions?.length === 0)
        throw new errors_1.ScimError(412, undefined, `If-Match ${req.get('if-match')} does not name a version of this resource`);
    return versions;
}
const etagList = (versions) => versions.map(respond_1.weakEtag).join(', ');
/** The 412 of an `If-Match` that names none of the current version. */
const staleVersion = (expected, current) => new errors_1.ScimError(412, undefined, `If-Match ${etagList(expected)} does not match the current version ${(0, respond_1.weakEtag)(current)}`);
/**
 * The version a write read at `current` is guarded by: undefined without If-Match, `current` when
 * the If-Match names it (the precondition holds when any of its tags does), else 412.
 */
function matchedVersion(expected, current) {
    if (expected === undefined)
        return undefined;
    if (!expected.includes(current))
        throw staleVersion(expected, current);
    return current;
}
/**
 * The version a write that reads nothing first is guarded by (null: unguarded). One tag is handed
 * to the write, whose guard answers 412 itself; a list reads the current version first and guards
 * the write by the one it names, so a write landing in between still answers 412.
 */
async function guardVersion(expected, currentVersion) {
    if (expected === undefined)
        return null;
    if (expected.length === 1)
        return expected[0];
    return matchedVersion(expected, await currentVersion()) ?? null;
}
/** Mounts a resource endpoint: list (GET and `POST …/.search`), create, and get/replace/patch/delete by id. */
function mountResource(router, endpoint, handlers) {
    router.get(endpoint, handlers.list);
    router.post(`${endpoint}/.search`, handlers.list);
    router.post(endpoint, handlers.create);
    router.get(`${endpoint}/:id`, handlers.get);
    router.put(`${endpoint}/:id`, handlers.replace);
    router.patch(`${endpoint}/:id`, handlers.patch);
    router.delete(`${endpoint}/:id`, handlers.remove);
}
/**
 * RFC 7644 §3.6 with §3.14: a DELETE carrying If-Match reads the current version first and answers
 * 412 unless the If-Match names it; without one it deletes at once. Answers 204.
 */
async function deleteChecked(req, res, currentVersion, remove) {
    const expected = expectedVersions(req);
    if (expected !== undefined)
        matchedVersion(expected, await currentVersion());
    await remove();
    (0, respond_1.sendScim)(res, 204);
}
//# sourceMappingURL=resource-request.js.map