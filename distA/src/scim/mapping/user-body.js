"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readUserBody = readUserBody;
const schemas_1 = require("../schemas");
const normalise_1 = require("./normalise");
/**
 * Reads a POST or PUT body (RFC 7644 §3.3, §3.5.1) into a User resource with canonical names
 * (normalise.ts says which spellings arrive and what is dropped). Fixtures: okta/03-create-user.json
 * (password, groups), okta/07-put-profile-update.json (id, meta, groups echoed),
 * okta/21-role-change-put.json (role URN variant), entra/02-create-user.json ("Primary",
 * "Department"), entra/17-create-string-boolean-nulls.json ("True", nulls, unknowns).
 */
function readUserBody(body, id) {
    return (0, normalise_1.normaliseResource)(body, schemas_1.USER_CATALOGUE, id);
}
//# sourceMappingURL=user-body.js.map