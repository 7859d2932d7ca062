"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.weakEtag = exports.SCIM_CONTENT_TYPE = void 0;
exports.sendScim = sendScim;
exports.ifMatchVersions = ifMatchVersions;
/** RFC 7644 §3.1: responses are `application/scim+json`. */
exports.SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';
/**
 * Sends a SCIM body (or none, for 204) with the SCIM media type and the given headers, straight
 * through Node's response: Express's `send` looks up a media type the façade already knows. A GET
 * whose `If-None-Match` names the ETag sent is answered 304 without a body (RFC 9110 §13.1.2).
 */
function sendScim(res, status, body, headers = {}) {
    for (const name in headers)
        res.setHeader(name, headers[name]);
    res.statusCode = status;
    if (status === 200 && res.req.headers['if-none-match'] !== undefined && res.req.fresh) {
        res.statusCode = 304;
        res.end();
        return;
    }
    if (body === undefined) {
        res.end();
        return;
    }
    const json = JSON.stringify(body);
    res.setHeader('Content-Type', exports.SCIM_CONTENT_TYPE);
    res.setHeader('Content-Length', Buffer.byteLength(json));
    res.end(json);
}
/** `W/"<version>"`: the weak ETag of DESIGN.md, equal to `meta.version`. */
const weakEtag = (version) => `W/"${version}"`;
exports.weakEtag = weakEtag;
/** Versions are 32-bit integers (GraphQL `Int`): an ETag naming a larger one was never ours. */
const MAX_VERSION = 2 ** 31 - 1;
/** The elements of an entity-tag list (RFC 9110 §8.8.3), split at commas outside quotes and trimmed. */
function listElements(header) {
    const elements = [];
    let quoted = false;
    let start = 0;
    for (let i = 0; i <= header.length; i += 1) {
        if (header[i] === '"')
            quoted = !quoted;
        else if (i === header.length || (header[i] === ',' && !quoted)) {
            elements.push(header.slice(start, i).trim());
            start = i + 1;
        }
    }
    return elements.filter((element) => element !== '');
}
/**
 * The versions an `If-Match` header names (a list of entity tags: RFC 9110 §13.1.1), or undefined
 * when absent or `*` (any current version holds). The weak form counts as the strong one: SCIM's
 * versions are weak ETags and clients send them back as they got them (RFC 7644 §3.14). A tag that is not one of
 * ours (another form, or a number no version reaches: `W/"99999999999"`) names nothing and never
 * matches, so a header of only such tags names no version at all.
 */
function ifMatchVersions(header) {
    if (header === undefined || header.trim() === '*')
        return undefined;
    const versions = [];
    for (const element of listElements(header)) {
        const match = /^(?:W\/)?"(\d{1,15})"$/.exec(element);
        const version = match ? Number(match[1]) : NaN;
        if (version <= MAX_VERSION)
            versions.push(version);
    }
    return versions;
}
//# sourceMappingURL=respond.js.map