"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PATCH_OP_SCHEMA = void 0;
exports.parsePatchRequest = parsePatchRequest;
const json_1 = require("../json");
const patch_errors_1 = require("./patch-errors");
exports.PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const OP_NAMES = ['add', 'replace', 'remove'];
/**
 * Validates a PatchOp body (RFC 7644 §3.5.2) and returns its operations in order.
 * Member names (`Operations`, `op`, `path`, `value`) and op names are matched case-insensitively
 * (Entra sends `"op":"Replace"`: entra/05-patch-replace-attributes.json). A missing `schemas` is tolerated when `Operations` is present;
 * a `schemas` that does not list the PatchOp URN, or a missing or empty `Operations`, is 400 invalidSyntax.
 */
function parsePatchRequest(body) {
    if (!(0, json_1.isJsonObject)(body))
        throw (0, patch_errors_1.patchError)('invalidSyntax', 'The PATCH body must be a JSON object');
    const schemas = (0, json_1.readKey)(body, 'schemas');
    if (schemas !== undefined && !(Array.isArray(schemas) && schemas.some((s) => typeof s === 'string' && (0, json_1.sameName)(s, exports.PATCH_OP_SCHEMA)))) {
        throw (0, patch_errors_1.patchError)('invalidSyntax', `The PATCH body's schemas must list ${exports.PATCH_OP_SCHEMA}`);
    }
    const operations = (0, json_1.readKey)(body, 'Operations');
    if (!Array.isArray(operations) || operations.length === 0) {
        throw (0, patch_errors_1.patchError)('invalidSyntax', 'The PATCH body must carry a non-empty Operations array');
    }
    return operations.map((operation, index) => parseOperation(operation, index));
}
function parseOperation(operation, index) {
    const where = `Operations[${index}]`;
    if (!(0, json_1.isJsonObject)(operation))
        throw (0, patch_errors_1.patchError)('invalidSyntax', `${where} must be an object`);
    const opName = (0, json_1.readKey)(operation, 'op');
    const op = OP_NAMES.find((name) => typeof opName === 'string' && (0, json_1.sameName)(name, opName.trim()));
    if (!op)
        throw (0, patch_errors_1.patchError)('invalidSyntax', `${where}.op must be add, replace or remove, not ${JSON.stringify(opName ?? null)}`);
    const path = (0, json_1.readKey)(operation, 'path');
    if (path !== undefined && path !== null && typeof path !== 'string') {
        throw (0, patch_errors_1.patchError)('invalidPath', `${where}.path must be a string`);
    }
    const value = (0, json_1.readKey)(operation, 'value');
    const trimmed = typeof path === 'string' && path.trim() !== '' ? path.trim() : undefined;
    return { op, ...(trimmed === undefined ? {} : { path: trimmed }), ...(value === undefined ? {} : { value }) };
}
//# sourceMappingURL=request.js.map